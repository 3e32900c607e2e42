import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { FetchError } from './fetchError';

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  userAgent: string;
  /** Time to open the connection. */
  connectTimeoutMs: number;
  /** Time for the whole exchange, redirects included. */
  totalTimeoutMs: number;
  /** Largest body accepted, after decompression. */
  maxBytes: number;
  maxRedirects: number;
  /** The Accept header; feeds by default. */
  accept?: string;
}

export interface FetchResult {
  /** The URL the body finally came from, after redirects. */
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  /** Empty for 304 Not Modified. */
  body: Buffer;
  notModified: boolean;
  /** Redirects followed, in order. */
  redirects: string[];
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

function decoded(res: IncomingMessage): Readable {
  switch ((res.headers['content-encoding'] ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(createGunzip());
    case 'deflate':
      return res.pipe(createInflate());
    case 'br':
      return res.pipe(createBrotliDecompress());
    default:
      return res;
  }
}

/** Retry-After as milliseconds from now: seconds, or an HTTP date. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const when = Date.parse(value);
  return Number.isNaN(when) ? null : Math.max(0, when - now);
}

/**
 * One GET of a feed with the safeguards a background sync needs: conditional
 * headers, connect and total timeouts, a size cap counted after
 * decompression, and a capped redirect chain that refuses loops.
 */
export function fetchFeed(url: string, options: FetchOptions): Promise<FetchResult> {
  const deadline = Date.now() + options.totalTimeoutMs;
  const redirects: string[] = [];

  const attempt = (target: string): Promise<FetchResult> =>
    new Promise<FetchResult>((resolve, reject) => {
      let parsed: URL;
      try {
        parsed = new URL(target);
      } catch {
        reject(new FetchError('bad-url', `"${target}" is not a web address.`));
        return;
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        reject(new FetchError('bad-url', `"${target}" is not an http or https address.`));
        return;
      }
      const headers: Record<string, string> = {
        'User-Agent': options.userAgent,
        Accept: options.accept ?? 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
        'Accept-Encoding': 'gzip, deflate, br',
      };
      if (options.etag) headers['If-None-Match'] = options.etag;
      if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
      const send = parsed.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(parsed, { method: 'GET', headers });
      let settled = false;
      const fail = (error: FetchError): void => {
        if (settled) return;
        settled = true;
        clearTimeout(totalTimer);
        clearTimeout(connectTimer);
        req.destroy();
        reject(error);
      };
      const remaining = deadline - Date.now();
      const totalTimer = setTimeout(
        () => fail(new FetchError('timeout', `The server took longer than ${Math.round(options.totalTimeoutMs / 1000)} s to send the feed.`)),
        Math.max(0, remaining),
      );
      const connectTimer = setTimeout(
        () => fail(new FetchError('timeout', `Could not connect to ${parsed.host} within ${Math.round(options.connectTimeoutMs / 1000)} s.`, { network: true })),
        options.connectTimeoutMs,
      );
      req.on('socket', (socket) => {
        if (!socket.connecting) clearTimeout(connectTimer);
        else socket.once('connect', () => clearTimeout(connectTimer));
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        const code = error.code ?? '';
        fail(new FetchError('network', networkMessage(code, parsed.host), { network: NETWORK_CODES.has(code), code }));
      });
      req.on('response', (res) => {
        clearTimeout(connectTimer);
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (status >= 300 && status < 400 && status !== 304 && location) {
          res.resume();
          const next = new URL(location, target).href;
          if (redirects.includes(next) || next === url) {
            fail(new FetchError('redirect', `The feed's address redirects in a loop (${[url, ...redirects, next].slice(-3).join(' → ')}).`));
            return;
          }
          if (redirects.length >= options.maxRedirects) {
            fail(new FetchError('redirect', `The feed's address redirected more than ${options.maxRedirects} times.`));
            return;
          }
          redirects.push(next);
          settled = true;
          clearTimeout(totalTimer);
          attempt(next).then(resolve, reject);
          return;
        }
        if (status === 304) {
          res.resume();
          settled = true;
          clearTimeout(totalTimer);
          resolve({ url: target, status, headers: res.headers, body: Buffer.alloc(0), notModified: true, redirects });
          return;
        }
        const declared = Number(res.headers['content-length'] ?? NaN);
        if (!res.headers['content-encoding'] && declared > options.maxBytes) {
          fail(new FetchError('too-large', tooLarge(options.maxBytes)));
          res.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const body = decoded(res);
        body.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            // Settle first: destroying the response fires its own 'aborted'.
            fail(new FetchError('too-large', tooLarge(options.maxBytes)));
            res.destroy();
            return;
          }
          chunks.push(chunk);
        });
        body.on('error', () => fail(new FetchError('network', `The feed from ${parsed.host} arrived damaged (it could not be decompressed).`)));
        res.on('aborted', () => fail(new FetchError('network', `The connection to ${parsed.host} broke before the feed was complete.`, { network: true })));
        body.on('end', () => {
          if (settled) return;
          if (!res.complete) {
            fail(new FetchError('network', `The connection to ${parsed.host} broke before the feed was complete.`, { network: true }));
            return;
          }
          settled = true;
          clearTimeout(totalTimer);
          resolve({ url: target, status, headers: res.headers, body: Buffer.concat(chunks), notModified: false, redirects });
        });
      });
      req.end();
    });

  return attempt(url);
}

const tooLarge = (max: number): string => `The feed is larger than ${Math.round(max / 1024 / 1024)} MB, the most Newsroom Reader accepts; it was not read.`;

function networkMessage(code: string, host: string): string {
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The server ${host} could not be found. Check the address, or your connection.`;
    case 'ECONNREFUSED':
      return `${host} refused the connection; the site may be down.`;
    case 'ECONNRESET':
    case 'EPIPE':
      return `The connection to ${host} was cut off.`;
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return `${host} can't be reached from this network.`;
    default:
      return `The feed from ${host} could not be fetched (${code || 'network error'}).`;
  }
}

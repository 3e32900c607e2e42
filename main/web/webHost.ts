import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/host/contract';
import { appVersion } from '../host/appVersion';
import { contentSecurityPolicy } from '../host/contentSecurityPolicy';
import { createHostServices } from '../host/hostServices';
import { hasNetworkInterface } from '../sync/networkOnline';
import { broadcaster, isOwnOrigin, serveHostSocket } from './hostSocket';
import { serveStatic } from './staticFiles';

export const HOST_SOCKET_PATH = '/host';

export interface WebHostOptions {
  /** Folder holding package.json and dist/renderer. */
  root: string;
  /** 0 picks a free port. */
  port: number;
  /** Where subscriptions and the outbox live. */
  dataDir: string;
}

export interface RunningWebHost {
  url: string;
  close(): Promise<void>;
}

/**
 * `npm run web`: the same host services as Electron, in plain Node, serving
 * the built renderer on 127.0.0.1 and the host contract over a WebSocket.
 */
export async function startWebHost({ root, port, dataDir }: WebHostOptions): Promise<RunningWebHost> {
  const rendererDir = join(root, 'dist', 'renderer');
  const sockets = new Set<WebSocket>();
  const services = createHostServices(
    {
      appInfo: { name: 'Newsroom Reader', version: appVersion(root), shell: 'web', nativeFileDialog: false },
      pickFiles: () => Promise.resolve(null),
      // The browser can't give a folder's path: the person types it.
      pickFolderPath: () => Promise.resolve(null),
      // The web host has no OS browser of its own to hand links to; the
      // renderer opens them in a new browser tab instead.
      openInBrowser: () => Promise.resolve(false),
      // A browser tab has no dock badge and no application menu, and the renderer is told so.
      setBadgeCount: () => false,
      showMenuKeys: () => false,
      emit: (name, payload) => broadcaster(sockets)(name, payload),
    },
    dataDir,
    hasNetworkInterface,
  );
  const handlers = services.handlers;

  let origins: string[] = [];
  let headers: Record<string, string> = {};
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    void serveStatic(rendererDir, req.url ?? '/', res, headers);
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: Math.ceil(MAX_IMPORT_FILE_BYTES * 1.5) });
  server.on('upgrade', (req, socket, head) => {
    if (req.url !== HOST_SOCKET_PATH || !isOwnOrigin(req, origins)) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      serveHostSocket(ws, handlers);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  await services.start();
  const actualPort = (server.address() as AddressInfo).port;
  origins = [`http://127.0.0.1:${actualPort}`, `http://localhost:${actualPort}`];
  headers = {
    'Content-Security-Policy': contentSecurityPolicy([`ws://127.0.0.1:${actualPort}`, `ws://localhost:${actualPort}`]),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    close: () =>
      new Promise<void>((resolve) => {
        services.stop();
        for (const ws of sockets) ws.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * The renderer's Content-Security-Policy, sent as a header by both hosts.
 * Nothing remote: scripts and styles from the app itself, pictures only from
 * the archive (blob:) or inline data. `connect` lists the one socket the web
 * host's renderer may open; Electron's renderer may open none.
 */
export function contentSecurityPolicy(connect: string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // The search index runs in a Web Worker loaded from the app itself.
    "worker-src 'self'",
    "style-src 'self'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src ${connect.length > 0 ? connect.join(' ') : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

// A small static file server for the repository (demo, benchmark): localhost only, no directory listings.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP } from './strict-csp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const HOST = '127.0.0.1';

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** @param {string} pathname */
async function resolveFile(pathname) {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  if (relative.split(sep).includes('..')) return undefined;
  // Only Bootstrap's stylesheet is served from node_modules, for the hostile-host demo page.
  if (relative.startsWith('node_modules') && !relative.startsWith(join('node_modules', 'bootstrap', 'dist', 'css'))) return undefined;
  let path = join(root, relative);
  let info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    path = join(path, 'index.html');
    info = await stat(path).catch(() => undefined);
  }
  return info?.isFile() ? path : undefined;
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function handle(request, response) {
  const { pathname } = new URL(request.url ?? '/', `http://${HOST}`);
  if (pathname === '/') {
    response.writeHead(302, { location: '/packages/pages/demo/' }).end();
    return;
  }
  const path = await resolveFile(pathname).catch(() => undefined);
  if (!path) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}\n`);
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(pathname === '/packages/pages/demo/csp.html' ? { 'content-security-policy': STRICT_CSP } : {}),
  });
  createReadStream(path).pipe(response);
}

/**
 * Starts serving on `port` (0 for any free port), or the next free port after it. Resolves with the base URL.
 * `options.latencyMs`, read at each request, holds every answer that long, as a network would (for browsers
 * whose automation cannot emulate one).
 * @param {number} [port]
 * @param {{ latencyMs: number }} [options]
 * @param {number} [attempts]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function startStaticServer(port = 0, options = { latencyMs: 0 }, attempts = 20) {
  const server = createServer((request, response) =>
    options.latencyMs ? setTimeout(handle, options.latencyMs, request, response) : handle(request, response),
  );
  return new Promise((resolve, reject) => {
    server.on('error', (/** @type {NodeJS.ErrnoException} */ error) => {
      if (error.code === 'EADDRINUSE' && attempts > 0) resolve(startStaticServer(port + 1, options, attempts - 1));
      else reject(error);
    });
    server.listen(port, HOST, () => {
      const { port: listening } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ server, url: `http://${HOST}:${listening}` });
    });
  });
}

// Serves the repository on localhost for the demo: `node scripts/serve.mjs [--port 8000]`.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP } from './strict-csp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const host = '127.0.0.1';
const portArgument = process.argv.indexOf('--port');
const firstPort = Number(portArgument > 0 ? process.argv[portArgument + 1] : process.env.PORT) || 8000;

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
};

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

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', `http://${host}`);
  if (pathname === '/') {
    response.writeHead(302, { location: '/demo/' }).end();
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
    ...(pathname === '/demo/csp.html' ? { 'content-security-policy': STRICT_CSP } : {}),
  });
  createReadStream(path).pipe(response);
});

function listen(port, attemptsLeft) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && attemptsLeft > 0) listen(port + 1, attemptsLeft - 1);
    else throw error;
  });
  server.listen(port, host, () => {
    console.log(`Impact stories demo: http://${host}:${port}/demo/`);
    console.log('Press Ctrl+C to stop.');
  });
}

listen(firstPort, 20);

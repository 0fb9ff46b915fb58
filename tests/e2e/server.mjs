// Servers for the end-to-end suite.
// - `startSite`: the release build (dist/) served by Caddy through the repository's Caddyfile, on
//   127.0.0.1 and a free port: the same headers, precompressed files and cache rules as
//   `scripts/serve.sh`, so the tests see what visitors get.
// - `startServer`: a tiny dependency-free static server for a second origin a test needs (the clinic
//   page that frames the app).
// Both resolve to { url, close }; `close` is safe to call twice, and every Caddy this process started
// is stopped when it exits, even after a failure.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { policyOf } from '../../scripts/csp.mjs';

const REPO = resolve(import.meta.dirname, '../..');

/** A port that was free a moment ago (Caddy cannot report the one it picked for port 0). */
function freePort() {
  return new Promise((ok, fail) => {
    const probe = createTcpServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

const running = new Set();
process.once('exit', () => { for (const child of running) child.kill('SIGKILL'); });

/** Caddy's environment for serving `root` on `port`, with the policy the built index.html carries. */
export function caddyEnv(root, port) {
  const home = join(REPO, 'target', 'caddy');
  mkdirSync(home, { recursive: true });
  return {
    ...process.env,
    SITE_ROOT: resolve(root),
    SITE_PORT: String(port),
    SITE_CSP: policyOf(root),
    // Caddy's own files (autosaved config, storage) stay inside target/, away from other runs.
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_DATA_HOME: join(home, 'data'),
  };
}

/** Starts Caddy once on `port`; resolves when it serves, rejects with its log when it stops. */
function caddyOn(root, port) {
  const child = spawn('caddy', ['run', '--config', join(REPO, 'Caddyfile'), '--adapter', 'caddyfile'], {
    env: caddyEnv(root, port),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let log = '';
  const exited = new Promise((ok) => child.once('exit', (code, signal) => { running.delete(child); ok({ code, signal }); }));
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); fail(new Error(`Caddy did not start within 10 s:\n${log}`)); }, 10000);
    const onData = (d) => {
      log += d;
      if (log.includes('serving initial configuration')) {
        clearTimeout(timer);
        const url = `http://127.0.0.1:${port}/`;
        let closing;
        // SIGTERM lets Caddy stop cleanly; a Caddy that has not stopped 5 s later is killed.
        const close = () => (closing ??= (async () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(timer);
        })());
        ok({ url, close, log: () => log });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (e) => { clearTimeout(timer); fail(e); });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      fail(new Error(`Caddy stopped (code ${code}, signal ${signal}):\n${log}`));
    });
  });
}

/** Serves the built `root` (default dist) through the Caddyfile on a free port of 127.0.0.1. */
export async function startSite({ root = 'dist' } = {}) {
  let last;
  // Another process may take the port between the probe and Caddy's bind: then try another.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await caddyOn(root, await freePort());
    } catch (e) {
      last = e;
      if (!/address already in use/.test(e.message)) break;
    }
  }
  throw last;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A plain static server for `root` on 127.0.0.1 (a second origin); resolves to { url, close }. */
export async function startServer({ root = 'dist', port = 0, headers = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  let closing;
  // Open keep-alive connections would keep `close` waiting: end them too.
  const close = () => (closing ??= new Promise((ok) => { server.close(ok); server.closeAllConnections(); }));
  return { url, close };
}

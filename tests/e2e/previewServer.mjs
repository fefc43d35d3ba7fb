// The built app served by `vite preview` on a free port of this machine, for the browser tests and
// the browser benchmarks: build it, start the server, wait until it answers, stop it by its PID.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** `vite build` into dist/; true when it succeeded. */
export function buildApp(root, stdio = 'inherit') {
  return spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio }).status === 0;
}

export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/**
 * Serves dist/ and resolves once it answers: `{ baseUrl, stop }`. `onStderr` receives the server's
 * error output (default: ignored). `stop()` ends the server by its PID and may be called any time.
 */
export async function startPreview(root, { onStderr = () => {}, ms = 30_000 } = {}) {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}/`;
  const server = spawn(join(root, 'node_modules/.bin/vite'), ['preview', '--port', String(port), '--strictPort'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.resume();
  server.stderr.on('data', onStderr);
  const stop = () => {
    if (server.pid && server.exitCode === null && server.signalCode === null) {
      try {
        process.kill(server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      const r = await fetch(baseUrl);
      if (r.ok) return { baseUrl, stop };
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  stop();
  throw new Error(`the preview server did not answer at ${baseUrl}`);
}

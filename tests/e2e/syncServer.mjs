// The sync server of `journey serve` for the browser tests: a real server in a child process on a
// port of this machine, with its data folder; stopped by its PID (SIGTERM: it writes and closes),
// and started again on the same port and folder (a restart).
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './previewServer.mjs';
import { until } from './session.mjs';

export async function startSyncServer(root, { dataDir, port, token } = {}) {
  const p = port ?? (await freePort());
  const args = ['--import', 'tsx', join(root, 'runtime/cli/main.ts'), 'serve', '--port', String(p), '--host', '127.0.0.1', '--data', dataDir, ...(token ? ['--token', token] : [])];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  let buffered = '';
  const take = (d) => {
    buffered += d;
    const parts = buffered.split('\n');
    buffered = parts.pop();
    lines.push(...parts);
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const url = `ws://127.0.0.1:${p}`;
  await until(async () => {
    if (child.exitCode !== null) throw new Error(`the sync server exited: ${lines.join('\n')}`);
    try {
      return (await fetch(`http://127.0.0.1:${p}/`)).ok;
    } catch {
      return false;
    }
  }, 'the sync server to answer', 20_000);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(child.pid, 'SIGTERM');
    await exited;
  };
  return {
    url,
    port: p,
    dataDir,
    /** The server's log lines so far (one per connection). */
    lines,
    stop,
    /** The readable snapshot the server keeps of a shared file, parsed (undefined until written). */
    snapshot(name) {
      const file = join(dataDir, name);
      return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
    },
  };
}

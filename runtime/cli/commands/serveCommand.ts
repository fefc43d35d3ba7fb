import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { startSyncServer, type SyncServer } from '../../collab/server/startSyncServer';
import { CliError, EXIT } from '../cliError';
import type { CliIo } from '../cliIo';

export const SERVE_USAGE = 'serve [--port 1234] [--host 127.0.0.1] [--data ./team] [--token T]';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Until Ctrl-C or SIGTERM. */
function untilSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * `serve` (DESIGN §8): the sync server for shared files, persisted to the data folder, on loopback
 * unless `--host` says otherwise; with `--token`, only clients that send it. Runs until Ctrl-C
 * (or `until` resolves, in tests), then writes every document and exits 0. One log line per
 * connection on stdout.
 */
export async function serveCommand(io: CliIo, files: string[], o: Record<string, string | boolean | undefined>, until: (server: SyncServer) => Promise<void> = untilSignal): Promise<number> {
  if (files.length > 0) throw new CliError(`journey: serve takes no files (usage: journey ${SERVE_USAGE})`);
  const portText = typeof o.port === 'string' ? o.port : '1234';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new CliError(`journey: --port must be a whole number from 0 to 65535, not '${portText}'`);
  const host = typeof o.host === 'string' ? o.host : '127.0.0.1';
  if (host.trim() === '') throw new CliError('journey: --host may not be empty (127.0.0.1 serves this machine only, 0.0.0.0 every network)');
  const token = typeof o.token === 'string' ? o.token : undefined;
  if (token !== undefined && token.trim() === '') throw new CliError('journey: --token may not be empty');
  const dataDir = resolve(typeof o.data === 'string' ? o.data : 'team');

  let server: SyncServer;
  try {
    server = await startSyncServer({ port, host, dataDir, token, log: (line) => io.stdout(`${line}\n`) });
  } catch (err) {
    throw new CliError(`journey: cannot serve on ${host}:${port}: ${listenError(err, dataDir)}`);
  }
  const access = token !== undefined ? 'clients must send the token' : LOOPBACK.has(host) ? 'no token: anyone on this machine may edit' : 'no token: anyone who can reach this address may edit, so set --token';
  io.stdout(`journey: serving shared files on ${server.url} (data in ${dataDir}; ${access}). Ctrl-C stops.\n`);
  if (host === '0.0.0.0' || host === '::') {
    const reachable = lanAddresses().map((a) => `ws://${a}:${server.port}`);
    if (reachable.length > 0) io.stdout(`journey: the team connects to ${reachable.join(' or ')}\n`);
  }
  await until(server);
  io.stdout('journey: stopping: writing the shared files\n');
  await server.close();
  return EXIT.ok;
}

/** This machine's IPv4 addresses on its networks (not loopback). */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

function listenError(err: unknown, dataDir: string): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'EADDRINUSE':
      return 'the port is in use (another server?): pick another with --port';
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'this machine has no such address: use 127.0.0.1, 0.0.0.0 or one of its addresses';
    case 'EACCES':
    case 'EPERM':
      return e.syscall === 'mkdir' ? `cannot create the data folder ${dataDir} (permission denied)` : 'permission denied (ports below 1024 need privileges: pick another with --port)';
    case 'ENOTDIR':
    case 'EEXIST':
      return `the data folder ${dataDir} is not a folder`;
    default:
      return e.code ?? (err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
}

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDoc } from '../../collab';
import { connectNodeClient } from '../../collab/server/nodeClient';
import { memoryIo } from '../memoryIo';
import { runCli } from '../runCli';
import { serveCommand } from './serveCommand';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'journey-serve-cli-'));
  dirs.push(d);
  return d;
};

describe('journey serve', () => {
  it.each([
    [['serve', '--port', 'http'], "journey: --port must be a whole number from 0 to 65535, not 'http'"],
    [['serve', '--port', '70000'], "journey: --port must be a whole number from 0 to 65535, not '70000'"],
    [['serve', '--token', ''], 'journey: --token may not be empty'],
    [['serve', '--host', ''], 'journey: --host may not be empty (127.0.0.1 serves this machine only, 0.0.0.0 every network)'],
    [['serve', 'team.journey.json'], 'journey: serve takes no files (usage: journey serve [--port 1234] [--host 127.0.0.1] [--data ./team] [--token T])'],
    [['serve', '--prot', '1'], "journey: Unknown option '--prot' (see 'journey --help')"],
  ])('%j: one line, exit 2', async (argv, line) => {
    const io = memoryIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err).toBe(`${line}\n`);
    expect(io.out).toBe('');
  });

  it('lists serve in --help', async () => {
    const io = memoryIo();
    expect(await runCli(['serve', '--help'], io)).toBe(0);
    expect(io.out).toMatch(/^ {2}serve \[--port 1234\] \[--host 127\.0\.0\.1\] \[--data \.\/team\] \[--token T\] +the sync server/m);
  });

  it('a port in use: one line, exit 2', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    const port = (taken.address() as { port: number }).port;
    const io = memoryIo();
    try {
      expect(await runCli(['serve', '--port', String(port), '--data', tempDir()], io)).toBe(2);
    } finally {
      taken.close();
    }
    expect(io.err).toBe(`journey: cannot serve on 127.0.0.1:${port}: the port is in use (another server?): pick another with --port\n`);
  });

  it('serves the data folder on loopback with a token, logs each connection, and writes the files when stopped', { timeout: 30_000 }, async () => {
    const data = tempDir();
    writeFileSync(join(data, 'team.journey.json'), '{ "schema": "journey/1", "name": "Team", "nodes": [], "edges": [] }\n');
    const io = memoryIo();
    const code = await serveCommand(io, [], { port: '0', data, token: 's3cret' }, async (server) => {
      expect(server.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
      const c = connectNodeClient(server.url, 'team.journey.json', { token: 's3cret' });
      await c.synced;
      expect(readDoc(c.doc)).toMatchObject({ name: 'Team' });
      c.close();
      while (!/disconnect/.test(io.out)) await new Promise((r) => setTimeout(r, 10));
    });
    expect(code).toBe(0);
    const lines = io.out.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^journey: serving shared files on ws://127\\.0\\.0\\.1:\\d+ \\(data in ${data.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}; clients must send the token\\)\\. Ctrl-C stops\\.$`));
    expect(lines.filter((l) => / connect team\.journey\.json 127\.0\.0\.1:\d+ \(1 here\)$/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => / disconnect team\.journey\.json 127\.0\.0\.1:\d+ \(0 here\)$/.test(l))).toHaveLength(1);
    expect(lines.at(-1)).toBe('journey: stopping: writing the shared files');
    expect(io.err).toBe('');
    expect(existsSync(join(data, 'team.journey.yjs'))).toBe(true);
  });
});

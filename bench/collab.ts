// Benchmark of live collaboration (DESIGN §8) through a real `journey serve` process on loopback:
// the time for a fresh client to load a shared 300-node journey; 20 clients making 50 edits each
// (node moves and renames through the pure ops, written with applyDocument) until all replicas are
// identical, with the time to converge, the bytes per edit and the server's memory; the bytes of
// one node move; and the latency from one client's edit to another client seeing it (p50/p95).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { applyDocument, readDoc, seedDoc } from '../runtime/collab';
import { connectNodeClient, type NodeClient } from '../runtime/collab/server/nodeClient';
import type { Journey } from '../runtime/model/journey';
import { moveNodes, updateNode } from '../runtime/model/ops';
import { generateLargeJourney } from '../runtime/testing/generateLargeJourney';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const CLIENTS = 20;
const EDITS = 50;
const LOAD_RUNS = 5;
const LATENCY_SAMPLES = 100;

/** Bytes on the wire, both ways, of every client socket. */
const wire = { sent: 0, received: 0 };
class CountingWebSocket extends WebSocket {
  constructor(address: string, protocols?: string | string[]) {
    super(address, protocols);
    this.on('message', (data: Buffer | ArrayBuffer) => (wire.received += data.byteLength));
  }
  override send(data: Uint8Array, ...rest: unknown[]): void {
    wire.sent += data.length;
    (super.send as (d: Uint8Array, ...r: unknown[]) => void)(data, ...rest);
  }
}

const ms = (x: number) => Math.round(x * 10) / 10;
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function until(ok: () => boolean, what: string, limitMs = 20_000): Promise<void> {
  const start = performance.now();
  while (!ok()) {
    if (performance.now() - start > limitMs) throw new Error(`bench collab: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** CPU time (user + system) the process has used, in ms (Linux /proc; 100 ticks per second). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

/** `journey serve --port 0` in its own process; resolves with its address once it listens. */
async function startServer(data: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'runtime/cli/main.ts'), 'serve', '--port', '0', '--data', data], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`journey serve exited with ${code}`)));
    lines.on('line', (line) => {
      const m = /serving shared files on (ws:\/\/\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill('SIGINT');
    });
  return { url, pid: child.pid!, stop };
}

const asDoc = (j: Journey) => j as unknown as Record<string, unknown>;
const journeyOf = (c: NodeClient) => readDoc(c.doc) as unknown as Journey;

export async function benchCollab(): Promise<Record<string, unknown>> {
  const started = performance.now();
  // y-websocket adds a process 'exit' listener per provider.
  process.setMaxListeners(CLIENTS + 20);
  const data = mkdtempSync(join(tmpdir(), 'journey-bench-collab-'));
  const server = await startServer(data);
  const clients: NodeClient[] = [];
  const connect = (name: string) => {
    const c = connectNodeClient(server.url, name, { webSocket: CountingWebSocket as unknown as typeof WebSocket });
    clients.push(c);
    return c;
  };
  try {
    const rssIdleMB = rssMB(server.pid);
    const NAME = 'workshop-300.journey.json';
    const journey = generateLargeJourney(300, { stages: 15 }) as unknown as Journey;

    // Share the 300-node journey, then time fresh clients loading it (connect → synced → journey read).
    const sharer = connect(NAME);
    await sharer.synced;
    seedDoc(sharer.doc, asDoc(journey));
    const stateBytes = Y.encodeStateAsUpdate(sharer.doc).length;
    const probe = connect(NAME);
    await probe.synced;
    await until(() => (readDoc(probe.doc) as Journey | null)?.nodes?.length === 300, 'the shared journey at a second client');
    const loads: number[] = [];
    for (let i = 0; i < LOAD_RUNS; i++) {
      const t0 = performance.now();
      const c = connect(NAME);
      await c.synced;
      const j = journeyOf(c);
      loads.push(performance.now() - t0);
      if (j.nodes.length !== 300) throw new Error('bench collab: a joiner did not get the 300 nodes');
    }

    // One node move: its update and its message on the wire.
    const moveBytes: number[] = [];
    const onUpdate = (u: Uint8Array, origin: unknown) => origin === 'bench' && moveBytes.push(u.length);
    sharer.doc.on('update', onUpdate);
    for (let i = 0; i < 20; i++) {
      const j = journeyOf(sharer);
      const n = j.nodes[(i * 17) % j.nodes.length]!;
      applyDocument(sharer.doc, asDoc(moveNodes(j, { [n.id]: { x: (n.position?.x ?? 0) + 10, y: (n.position?.y ?? 0) + 5 } })), 'bench');
    }
    sharer.doc.off('update', onUpdate);

    // Latency from page to page: the sharer edits, the probe sees it.
    const latencies: number[] = [];
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      const j = journeyOf(sharer);
      const n = j.nodes[(i * 31) % j.nodes.length]!;
      const seen = new Promise<number>((resolve) => probe.doc.once('update', () => resolve(performance.now())));
      const t0 = performance.now();
      applyDocument(sharer.doc, asDoc(updateNode(j, n.id, { label: `Latency ${i}` })), 'bench');
      latencies.push((await seen) - t0);
    }

    // 20 clients × 50 edits, all at once, interleaved: moves and renames of nodes chosen per client.
    const crowd: NodeClient[] = [];
    for (let c = 0; c < CLIENTS; c++) crowd.push(connect(NAME));
    await Promise.all(crowd.map((c) => c.synced));
    await until(() => crowd.every((c) => Y.encodeStateVector(c.doc).toString() === Y.encodeStateVector(sharer.doc).toString()), 'the crowd to sync');
    const updateBytes = { total: 0 };
    for (const c of crowd) c.doc.on('update', (u: Uint8Array, origin: unknown) => origin === 'edit' && (updateBytes.total += u.length));
    const wireBefore = { ...wire };
    const cpuBefore = cpuMs(server.pid);
    const t0 = performance.now();
    await Promise.all(
      crowd.map(async (c, ci) => {
        for (let e = 0; e < EDITS; e++) {
          const j = journeyOf(c);
          const n = j.nodes[(ci * 7 + e * 13) % j.nodes.length]!;
          const next = e % 2 === 0 ? moveNodes(j, { [n.id]: { x: ci * 40 + e, y: e * 3 } }) : updateNode(j, n.id, { label: `Client ${ci} edit ${e}` });
          applyDocument(c.doc, asDoc(next), 'edit');
          await new Promise((r) => setImmediate(r));
        }
      }),
    );
    const everyone = [...clients];
    const same = () => {
      const sv = Y.encodeStateVector(everyone[0]!.doc).toString();
      return everyone.every((c) => Y.encodeStateVector(c.doc).toString() === sv);
    };
    await until(same, 'every replica to converge', 30_000);
    const convergeMs = performance.now() - t0;
    const texts = new Set(everyone.map((c) => JSON.stringify(readDoc(c.doc))));
    if (texts.size !== 1) throw new Error(`bench collab: the replicas hold ${texts.size} different documents`);
    const edits = CLIENTS * EDITS;
    const rssAfterMB = rssMB(server.pid);
    const serverCpuMs = cpuMs(server.pid) - cpuBefore;

    return {
      server: 'journey serve (y-protocols sync + awareness over ws), its own process, loopback',
      sharedJourney: { nodes: 300, edges: journey.edges.length, yjsStateBytes: stateBytes },
      load300: { runs: LOAD_RUNS, medianMs: ms(percentile(loads, 50)), minMs: ms(Math.min(...loads)), maxMs: ms(Math.max(...loads)) },
      nodeMove: { updateBytes: Math.round(moveBytes.reduce((a, b) => a + b, 0) / moveBytes.length), wireBytes: Math.round(moveBytes.reduce((a, b) => a + b, 0) / moveBytes.length) + 2 },
      latencyPageToPage: { samples: LATENCY_SAMPLES, p50Ms: ms(percentile(latencies, 50)), p95Ms: ms(percentile(latencies, 95)) },
      crowd: {
        clients: CLIENTS,
        editsEach: EDITS,
        replicas: everyone.length,
        identical: true,
        convergeMs: Math.round(convergeMs),
        updateBytesPerEdit: Math.round(updateBytes.total / edits),
        wireBytesSentPerEdit: Math.round((wire.sent - wireBefore.sent) / edits),
        wireBytesReceivedPerEdit: Math.round((wire.received - wireBefore.received) / edits),
        serverCpuMs,
      },
      serverRssMB: { idle: rssIdleMB, after: rssAfterMB },
      benchSeconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    for (const c of clients) c.close();
    await server.stop();
    rmSync(data, { recursive: true, force: true });
  }
}

// `npx tsx bench/collab.ts`: this benchmark alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(await benchCollab(), null, 2)}\n`);
}

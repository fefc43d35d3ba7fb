import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Journey } from '../../model/journey';
import { formatDocument } from '../../model/formatDocument';
import { moveNodes, updateNode } from '../../model/ops';
import { applyDocument, docRoot, readDoc, seedDoc } from '..';
import { folderStore, type DocumentStore } from './folderStore';
import { connectNodeClient, type NodeClient } from './nodeClient';
import { startSyncServer, type SyncServer, type SyncServerOptions } from './startSyncServer';

const NAME = 'mortgage.journey.json';
const mortgage = () => JSON.parse(readFileSync(join(process.cwd(), 'samples', 'mortgage-preapproval.journey.json'), 'utf8')) as Journey;

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'journey-serve-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function serve(dataDir: string, options: Partial<SyncServerOptions> = {}): Promise<SyncServer & { lines: string[] }> {
  const lines: string[] = [];
  const server = await startSyncServer({ port: 0, host: '127.0.0.1', dataDir, log: (l) => lines.push(l), ...options });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await server.close();
  };
  cleanup.push(close);
  return { ...server, close, lines };
}

function client(server: SyncServer, options: { token?: string } = {}, name = NAME): NodeClient {
  const c = connectNodeClient(server.url, name, options);
  cleanup.push(() => c.close());
  return c;
}

/** Wait until `ok()` holds (polling); fails after 15 s with `what`. Never asserts on time. */
async function until(ok: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1500; i++) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const serverDoc = (server: SyncServer, name = NAME) => server.documents.get(name)?.doc;

/** Share the journey: connect, wait for sync, seed it (the server has nothing), wait until the server has it. */
async function share(server: SyncServer, journey: Journey = mortgage()): Promise<NodeClient> {
  const a = client(server);
  await a.synced;
  expect(readDoc(a.doc)).toBeNull();
  seedDoc(a.doc, journey as unknown as Record<string, unknown>);
  await until(() => readDoc(serverDoc(server)!) !== null, 'the server to have the shared journey');
  return a;
}

describe('the sync server', () => {
  it('relays concurrent edits of two people, who converge with both (a move and a rename of one node), and their presence', { timeout: 30_000 }, async () => {
    const server = await serve(tempDir());
    const a = await share(server);
    const b = client(server);
    await b.synced;
    expect(readDoc(b.doc)).toEqual(readDoc(a.doc));
    const j = readDoc(a.doc) as unknown as Journey;
    const id = j.nodes[0]!.id;
    // Both edit before hearing of the other's edit.
    applyDocument(a.doc, moveNodes(j, { [id]: { x: 999, y: 111 } }) as unknown as Record<string, unknown>, 'a');
    applyDocument(b.doc, updateNode(j, id, { label: 'Renamed by B' }) as unknown as Record<string, unknown>, 'b');
    const both = (doc: Y.Doc) => {
      const node = (readDoc(doc) as unknown as Journey).nodes.find((n) => n.id === id)!;
      return node.label === 'Renamed by B' && node.position?.x === 999;
    };
    await until(() => both(a.doc) && both(b.doc) && both(serverDoc(server)!), 'both edits on both sides');
    expect(readDoc(a.doc)).toEqual(readDoc(b.doc));
    expect(readDoc(serverDoc(server)!)).toEqual(readDoc(a.doc));

    a.provider.awareness.setLocalState({ user: { name: 'Ann', color: '#d33' }, cursor: { x: 10, y: 20 } });
    await until(() => b.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Ann', "B to see Ann's presence");
    a.close();
    await until(() => !b.provider.awareness.getStates().has(a.doc.clientID), "Ann's presence to go when she leaves");

    const connects = server.lines.filter((l) => / connect /.test(l));
    expect(connects).toHaveLength(2);
    for (const l of connects) expect(l).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z connect mortgage\.journey\.json 127\.0\.0\.1:\d+ \(\d here\)$/);
    await until(() => server.lines.some((l) => / disconnect mortgage\.journey\.json 127\.0\.0\.1:\d+ \(1 here\)$/.test(l)), 'the disconnect line');
  });

  it('persists to the data folder, a readable snapshot beside the state, and survives a restart with nothing lost', { timeout: 30_000 }, async () => {
    const dir = tempDir();
    const first = await serve(dir);
    const a = await share(first);
    const j = readDoc(a.doc) as unknown as Journey;
    const edited = updateNode(moveNodes(j, { [j.nodes[1]!.id]: { x: 5, y: 6 } }), j.nodes[2]!.id, { label: 'Edited before the restart' });
    applyDocument(a.doc, edited as unknown as Record<string, unknown>, 'a');
    await until(() => JSON.stringify(readDoc(serverDoc(first)!)) === JSON.stringify(edited), 'the edit on the server');
    a.close();
    await first.close();

    expect(existsSync(join(dir, 'mortgage.journey.yjs'))).toBe(true);
    const snapshot = readFileSync(join(dir, NAME), 'utf8');
    expect(snapshot).toBe(formatDocument(edited));

    const second = await serve(dir);
    const b = client(second);
    await b.synced;
    expect(readDoc(b.doc)).toEqual(edited);
  });

  it('a restart in the middle: what both people edit while the server is down merges when it is back', { timeout: 30_000 }, async () => {
    const dir = tempDir();
    const first = await serve(dir);
    const a = await share(first);
    const b = client(first);
    await b.synced;
    await first.close();
    await until(() => !a.provider.wsconnected && !b.provider.wsconnected, 'both to notice the server is gone');
    const j = readDoc(a.doc) as unknown as Journey;
    applyDocument(a.doc, moveNodes(j, { [j.nodes[0]!.id]: { x: -50, y: -60 } }) as unknown as Record<string, unknown>, 'a');
    applyDocument(b.doc, updateNode(j, j.nodes[1]!.id, { label: 'Offline rename' }) as unknown as Record<string, unknown>, 'b');
    const second = await serve(dir, { port: first.port });
    const merged = (doc: Y.Doc) => {
      const nodes = (readDoc(doc) as unknown as Journey).nodes;
      return nodes[0]!.position?.x === -50 && nodes[1]!.label === 'Offline rename';
    };
    await until(() => merged(a.doc) && merged(b.doc) && serverDoc(second) !== undefined && merged(serverDoc(second)!), 'the offline edits of both on every side');
    expect(readDoc(a.doc)).toEqual(readDoc(b.doc));
    expect(first.lines.some((l) => /disconnect/.test(l))).toBe(true);
  });

  it('keeps every accepted edit in the state file at once: a server that did not stop cleanly loses nothing', { timeout: 30_000 }, async () => {
    const dir = tempDir();
    // A snapshot that would come only after a minute: the state file alone must hold the edit.
    const first = await serve(dir, { timing: { debounceMs: 60_000, maxWaitMs: 60_000 } });
    const a = await share(first);
    const j = readDoc(a.doc) as unknown as Journey;
    const edited = updateNode(j, j.nodes[0]!.id, { label: 'Not yet in the snapshot' });
    applyDocument(a.doc, edited as unknown as Record<string, unknown>, 'a');
    const onDisk = () => {
      const doc = new Y.Doc();
      return folderStore(dir).load({ name: NAME, kind: 'journey', snapshotFile: NAME, stateFile: 'mortgage.journey.yjs' }).then((s) => {
        for (const u of s.updates ?? []) Y.applyUpdate(doc, u);
        return readDoc(doc);
      });
    };
    let stored: unknown = null;
    await until(() => {
      void onDisk().then((d) => (stored = d));
      return JSON.stringify(stored) === JSON.stringify(edited);
    }, 'the edit in the state file');
    expect(existsSync(join(dir, NAME))).toBe(false);
    // A second server on the same folder (the first one "crashed" and is never closed before).
    const second = await serve(dir);
    const b = client(second);
    await b.synced;
    expect(readDoc(b.doc)).toEqual(edited);
  });

  it('writes the snapshot after the edits settle, without waiting for a restart', { timeout: 30_000 }, async () => {
    const dir = tempDir();
    const server = await serve(dir, { timing: { debounceMs: 20, maxWaitMs: 100 } });
    const a = await share(server);
    const j = readDoc(a.doc) as unknown as Journey;
    const edited = updateNode(j, j.nodes[0]!.id, { label: 'Snapshot me' });
    applyDocument(a.doc, edited as unknown as Record<string, unknown>, 'a');
    const snapshot = () => (existsSync(join(dir, NAME)) ? readFileSync(join(dir, NAME), 'utf8') : '');
    await until(() => snapshot() === formatDocument(edited), 'the snapshot with the edit');
  });

  it('opens a snapshot the team committed (no state file yet) as the shared document', { timeout: 30_000 }, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, NAME), formatDocument(mortgage()));
    const server = await serve(dir);
    const b = client(server);
    await b.synced;
    expect(readDoc(b.doc)).toEqual(mortgage());
    writeFileSync(join(dir, 'broken.journey.json'), '{ "nodes": [');
    const c = client(server, {}, 'broken.journey.json');
    await until(() => server.lines.some((l) => /refused broken\.journey\.json 127\.0\.0\.1:\d+: could not open the document: broken\.journey\.json is not JSON/.test(l)), 'the refusal of a broken snapshot');
    expect(c.provider.synced).toBe(false);
    writeFileSync(join(dir, 'damaged.journey.yjs'), new Uint8Array([3, 250, 251, 252]));
    client(server, {}, 'damaged.journey.json');
    await until(() => server.lines.some((l) => /refused damaged\.journey\.json 127\.0\.0\.1:\d+: could not open the document: damaged\.journey\.yjs is damaged/.test(l)), 'the refusal of a damaged state file');
  });

  it('with a token, refuses a client without it or with a wrong one (4401, before any sync), and serves one with it', { timeout: 30_000 }, async () => {
    const server = await serve(tempDir(), { token: 'open sesame' });
    for (const token of [undefined, 'open sesam', '']) {
      const c = client(server, token === undefined ? {} : { token });
      expect(await c.refused).toEqual({ code: 4401, reason: 'unauthorized' });
      expect(c.provider.synced).toBe(false);
    }
    expect(server.documents.size).toBe(0);
    expect(server.lines.filter((l) => /refused mortgage\.journey\.json 127\.0\.0\.1:\d+: unauthorized/.test(l))).toHaveLength(3);
    const ok = client(server, { token: 'open sesame' });
    await ok.synced;
    expect(server.documents.get(NAME)?.connections.size).toBe(1);
  });

  it('refuses a bad document name (4404)', { timeout: 30_000 }, async () => {
    const server = await serve(tempDir());
    const c = client(server, {}, '../secrets.journey.json');
    expect((await c.refused).code).toBe(4404);
    expect(server.documents.size).toBe(0);
  });

  it('rejects an update that is not JSON (4422): not applied, not relayed, not stored; a journey with lint errors passes', { timeout: 30_000 }, async () => {
    const dir = tempDir();
    const server = await serve(dir);
    const a = await share(server);
    const b = client(server);
    await b.synced;
    const before = readDoc(serverDoc(server)!);

    // Lint errors (an edge to nowhere, a node without a kind): allowed, as in the editor.
    const j = readDoc(a.doc) as unknown as Journey;
    const broken = { ...j, nodes: [...j.nodes, { id: 'orphan' }], edges: [...j.edges, { id: 'dangling', from: 'orphan', to: 'nowhere' }] };
    applyDocument(a.doc, broken as unknown as Record<string, unknown>, 'a');
    await until(() => JSON.stringify(readDoc(b.doc)) === JSON.stringify(broken), 'the lint-invalid edit at B');

    // A Uint8Array where a label belongs: refused.
    const evil = client(server);
    await evil.synced;
    const nodes = docRoot(evil.doc).get('nodes') as Y.Array<Y.Map<unknown>>;
    nodes.get(0).set('label', new Uint8Array([0xde, 0xad]));
    const refusal = await evil.refused;
    expect(refusal.code).toBe(4422);
    expect(refusal.reason).toMatch(/^update rejected: nodes\[0\]\.label: a Uint8Array/);
    expect(server.lines.some((l) => /rejected mortgage\.journey\.json 127\.0\.0\.1:\d+: update rejected: nodes\[0\]\.label: a Uint8Array/.test(l))).toBe(true);
    // A later good edit by A reaches B: so had the bad one been relayed, B would have it by now.
    const later = updateNode(broken as Journey, j.nodes[1]!.id, { label: 'After the attack' });
    applyDocument(a.doc, later as unknown as Record<string, unknown>, 'a');
    await until(() => JSON.stringify(readDoc(b.doc)) === JSON.stringify(later), 'the later edit at B');
    expect(readDoc(serverDoc(server)!)).toEqual(later);
    expect(before).not.toEqual(later);
    a.close();
    b.close();
    evil.close();
    await server.close();
    expect(readFileSync(join(dir, NAME), 'utf8')).toBe(formatDocument(later));
  });

  it('rejects content under a second root type', { timeout: 30_000 }, async () => {
    const server = await serve(tempDir());
    await share(server);
    const x = client(server);
    await x.synced;
    x.doc.getText('notes').insert(0, 'hidden');
    expect(await x.refused).toEqual({ code: 4422, reason: expect.stringMatching(/second root type "notes"/) });
    expect(serverDoc(server)!.share.has('notes')).toBe(false);
  });

  it('closes a client whose message is larger than the limit', { timeout: 30_000 }, async () => {
    const server = await serve(tempDir(), { maxMessageBytes: 4096 });
    const a = await share(server, { schema: 'journey/1', name: 'small', nodes: [], edges: [] } as unknown as Journey);
    const closed = new Promise<number>((resolve) => a.provider.once('connection-close', (event) => resolve(event?.code ?? -1)));
    docRoot(a.doc).set('description', 'x'.repeat(10_000));
    expect(await closed).toBe(1009);
    expect(readDoc(serverDoc(server)!)?.description).toBeUndefined();
  });

  it('refuses an edit that would grow the document past its limit (4413), and keeps the document as it was', { timeout: 30_000 }, async () => {
    const server = await serve(tempDir(), { maxDocumentBytes: 20_000 });
    const a = await share(server, { schema: 'journey/1', name: 'small', nodes: [], edges: [] } as unknown as Journey);
    docRoot(a.doc).set('description', 'x'.repeat(30_000));
    expect(await a.refused).toEqual({ code: 4413, reason: 'document too large: a shared document may hold at most 20,000 bytes' });
    expect(readDoc(serverDoc(server)!)).toEqual({ schema: 'journey/1', name: 'small', nodes: [], edges: [] });
  });

  it('sends nothing before the stored document is loaded: the first sync a client gets holds the stored content', { timeout: 30_000 }, async () => {
    const dir = tempDir();
    const stored = new Y.Doc();
    seedDoc(stored, mortgage() as unknown as Record<string, unknown>);
    writeFileSync(join(dir, 'mortgage.journey.yjs'), new Uint8Array([...encodingOfRecord(Y.encodeStateAsUpdate(stored))]));
    let release!: () => void;
    const loading = new Promise<void>((r) => (release = r));
    const disk = folderStore(dir);
    const slowStore: DocumentStore = { ...disk, load: async (name) => (await loading, disk.load(name)) };
    const server = await serve(dir, { store: slowStore });

    // A raw client: its sync step 1 (an empty state vector), as y-websocket sends on open.
    const ws = new WebSocket(`${server.url}/${NAME}`);
    cleanup.push(() => ws.terminate());
    const received: Uint8Array[] = [];
    ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
    await new Promise((r) => ws.once('open', r));
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, 0);
    syncProtocol.writeSyncStep1(step1, new Y.Doc());
    ws.send(encoding.toUint8Array(step1));
    // The server reads frames in order: once our ping's pong is back, it has handled the step 1.
    ws.ping();
    await new Promise((r) => ws.once('pong', r));
    expect(received).toHaveLength(0);

    release();
    await until(() => received.some((m) => syncType(m) === syncProtocol.messageYjsSyncStep2), "the server's answer");
    const answer = received.find((m) => syncType(m) === syncProtocol.messageYjsSyncStep2)!;
    const doc = new Y.Doc();
    const d = decoding.createDecoder(answer);
    decoding.readVarUint(d);
    decoding.readVarUint(d);
    Y.applyUpdate(doc, decoding.readVarUint8Array(d));
    expect(readDoc(doc)).toEqual(mortgage());

    // And y-websocket's "synced" comes with the content.
    const c = client(server);
    await c.synced;
    expect(readDoc(c.doc)).toEqual(mortgage());
  });

  it('closes a client that sends what is not the protocol (4400)', { timeout: 30_000 }, async () => {
    const server = await serve(tempDir());
    const ws = new WebSocket(`${server.url}/${NAME}`);
    cleanup.push(() => ws.terminate());
    await new Promise((r) => ws.once('open', r));
    const code = new Promise<number>((r) => ws.once('close', (c: number) => r(c)));
    ws.send(new Uint8Array([9, 9, 9]));
    expect(await code).toBe(4400);
    expect(server.lines.some((l) => /closed mortgage\.journey\.json 127\.0\.0\.1:\d+: bad message: message type 9/.test(l))).toBe(true);
  });
});

function syncType(message: Uint8Array): number | undefined {
  const d = decoding.createDecoder(message);
  if (decoding.readVarUint(d) !== 0) return undefined;
  return decoding.readVarUint(d);
}

function encodingOfRecord(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

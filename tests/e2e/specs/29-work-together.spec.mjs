import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mod, openSession, openWorkbench, sleep, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { canvasSel, centerOn, openOnCanvas } from '../canvasActions.mjs';
import { startSyncServer } from '../syncServer.mjs';

/**
 * Two laptops (two browser contexts: no storage and no BroadcastChannel in common) on one shared
 * journey through a real sync server started here: share and join, concurrent edits, presence,
 * per-user undo, offline edits on both sides, a server restart, a Source edit.
 */
const ANA = { name: 'Ana', colour: '#e5534b' };
const BO = { name: 'Bo', colour: '#39c5cf' };

const palette = async (page, title) => {
  await page.keyboard.press(`${mod}+Shift+P`);
  const input = page.locator('[data-testid="command-palette-input"]');
  await input.waitFor();
  await input.type(title);
  await page.locator('[data-testid="quick-item"]').first().waitFor();
  await page.keyboard.press('Enter');
};

/** Answer the quick input whose title starts with `title`. */
const answer = async (page, title, value) => {
  await page.locator(`[data-testid="command-palette"][aria-label^="${title}"]`).waitFor();
  await page.locator('[data-testid="command-palette-input"]').fill(value);
  await page.keyboard.press('Enter');
};

async function askedForProfile(page, server, who) {
  await answer(page, 'Sync server address', server);
  await answer(page, 'Token of the server', '');
  await answer(page, 'Your name', who.name);
  await answer(page, 'Your colour', who.colour);
}

/** The file as this laptop stored it (its autosave in IndexedDB), parsed. */
const stored = (page, path) =>
  page.evaluate(
    (path) =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('journey-studio');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('files').objectStore('files').index('path').get(path);
          get.onsuccess = () => {
            db.close();
            try {
              ok(get.result ? JSON.parse(get.result.text) : undefined);
            } catch {
              ok(undefined);
            }
          };
          get.onerror = () => fail(get.error);
        };
      }),
    path,
  );

const nodeOf = (j, id) => j?.nodes.find((n) => n.id === id);
const label = async (page, file, id) => page.locator(`${canvasSel(file)} [data-testid="node-${id}"]`).textContent();
const collabStatus = (page) => page.getAttribute('[data-testid="status-collab"]', 'data-status');
const whoCount = async (page) => Number(await page.getAttribute('[data-testid="status-who"]', 'data-count'));

/** Select a node by clicking it (on its label side, away from the handles), brought to the middle of the map first. */
async function selectNode(page, file, id) {
  await centerOn(page, file, [id]);
  await page.locator(`${canvasSel(file)} .react-flow__node[data-id="${id}"]`).click({ position: { x: 30, y: 12 } });
}

async function rename(page, file, id, text) {
  await selectNode(page, file, id);
  const input = page.locator('[data-testid="inspector"] input[name="label"]');
  await input.fill(text);
  await input.press('Enter');
}

/** Every laptop's stored document and the server's snapshot are the same journey. */
async function converged(s, check) {
  return until(
    async () => {
      const [a, b] = await Promise.all([stored(s.a.page, s.fileA), stored(s.b.page, s.fileB)]);
      const server = s.server.snapshot(s.room);
      if (!a || !b || !server) return false;
      try {
        assert.deepStrictEqual(a, b);
        assert.deepStrictEqual(a, server);
      } catch {
        return false;
      }
      return check(a) && a;
    },
    'both laptops and the server to hold the same journey',
    20_000,
  );
}

/** Console errors expected while the server is gone (the browser logs each failed WebSocket), others kept. */
function expectedOffline(session) {
  const problems = session.takeProblems().filter((p) => !/WebSocket connection to 'ws:\/\/127\.0\.0\.1/.test(p));
  if (problems.length) throw new Error(problems.join('\n'));
}

export default {
  name: 'Working together: two laptops on one shared journey through a sync server',
  sequential: true,
  async setup(env) {
    const dataDir = mkdtempSync(join(tmpdir(), 'journey-team-'));
    const server = await startSyncServer(env.root, { dataDir });
    const a = await openSession(env);
    const b = await openSession({ ...env, spec: `${env.spec}-b` });
    const sample = mainSample(env.root);
    return {
      ...env,
      server,
      dataDir,
      a,
      b,
      sample,
      room: sample.file,
      fileA: sample.file,
      // B has the samples too: the joined file is a new one beside them.
      fileB: sample.file.replace('.journey.json', '-2.journey.json'),
      session: {
        takeProblems: () => [...a.takeProblems(), ...b.takeProblems()],
        shot: async (step) => {
          await a.shot(step);
          await b.shot(step);
        },
        close: async () => {
          await Promise.all([a.close(), b.close()]);
          await server.stop();
          rmSync(dataDir, { recursive: true, force: true });
        },
      },
    };
  },
  tests: [
    {
      name: 'A shares the journey; B opens it by name: the same map, both listed in the status bar',
      async run(s) {
        await openWorkbench(s.a);
        await openOnCanvas(s.a.page, s.fileA);
        await palette(s.a.page, 'Share File');
        await askedForProfile(s.a.page, s.server.url, ANA);
        await until(async () => (await collabStatus(s.a.page)) === 'connected', 'A connected');
        await openWorkbench(s.b);
        await palette(s.b.page, 'Open Shared File');
        await askedForProfile(s.b.page, s.server.url, BO);
        await answer(s.b.page, 'Shared file to open', s.room);
        await s.b.page.waitForSelector(`${canvasSel(s.fileB)} .react-flow__node`, { timeout: 15_000 });
        await until(async () => (await whoCount(s.a.page)) === 2 && (await whoCount(s.b.page)) === 2, 'two people in both status bars');
        assert.match(await s.a.page.textContent('[data-testid="status-collab"]'), /Live.*Ana \(you\).*Bo/);
        assert.match(await s.b.page.textContent('[data-testid="status-collab"]'), /Live.*Bo \(you\).*Ana/);
        const j = await converged(s, () => true);
        assert.equal(j.nodes.length, s.sample.journey.nodes.length, 'seeded once: no node twice');
        assert.equal(j.edges.length, s.sample.journey.edges.length);
        assert.ok(s.server.lines.some((l) => / connect /.test(l)), 'the server logs the connections');
        await s.a.shot('shared');
        await s.b.shot('joined');
      },
    },
    {
      name: 'concurrent edits converge: two different nodes moved, and a rename against a move',
      async run(s) {
        const [x, y] = ['life-event-signal', 'route-outreach'];
        await selectNode(s.a.page, s.fileA, x);
        await selectNode(s.b.page, s.fileB, y);
        // Both at once: each nudges its node a step down.
        await Promise.all([s.a.page.keyboard.press('Alt+ArrowDown'), s.b.page.keyboard.press('Alt+ArrowDown')]);
        const before = s.sample.journey;
        const moved = await converged(s, (j) => !sameAt(nodeOf(j, x), nodeOf(before, x)) && !sameAt(nodeOf(j, y), nodeOf(before, y)));
        assert.ok(moved);
        // A renames y while B moves it.
        await Promise.all([rename(s.a.page, s.fileA, y, 'Route by life event'), (async () => {
          await selectNode(s.b.page, s.fileB, y);
          await s.b.page.keyboard.press('Alt+ArrowRight');
        })()]);
        const both = await converged(s, (j) => nodeOf(j, y).label === 'Route by life event' && !sameAt(nodeOf(j, y), nodeOf(moved, y)));
        assert.equal(nodeOf(both, x).position.x, nodeOf(moved, x).position.x);
        await until(async () => (await label(s.b.page, s.fileB, y)).includes('Route by life event'), 'the rename on B’s map');
        await s.a.shot('converged');
        await s.b.shot('converged');
      },
    },
    {
      name: 'an edit reaches the other page within a second (latency page to page, loopback)',
      async run(s) {
        const times = [];
        for (let i = 0; i < 5; i++) {
          const text = `Latency ${i}`;
          const input = s.a.page.locator('[data-testid="inspector"] input[name="label"]');
          if (i === 0) await selectNode(s.a.page, s.fileA, 'life-event-signal');
          // From the label typed on A (the field commits as it is typed) to the label on B's map.
          const seen = s.b.page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent?.includes(text), [`${canvasSel(s.fileB)} [data-testid="node-life-event-signal"]`, text], { polling: 'raf', timeout: 10_000 });
          const start = Date.now();
          await input.fill(text);
          await input.press('Enter');
          await seen;
          times.push(Date.now() - start);
        }
        times.sort((p, q) => p - q);
        console.log(`    latency page to page (label typed on A → shown on B's map, through the server): median ${times[2]} ms, best ${times[0]} ms, worst ${times[4]} ms`);
        // Within a second is the aim (printed above); the guard is loose for a loaded machine.
        assert.ok(times[2] < 5000, `median ${times[2]} ms`);
      },
    },
    {
      name: 'presence: B sees A’s cursor with A’s name, A’s selection outlined, A’s drag live; the drag is written on drop',
      async run(s) {
        const id = 'life-event-signal';
        await centerOn(s.b.page, s.fileB, [id]);
        await selectNode(s.a.page, s.fileA, id);
        await until(async () => (await s.b.page.locator(`[data-testid="presence-selection"][data-node="${id}"][data-peer="Ana"]`).count()) === 1, 'A’s selection outlined on B’s map');
        const box = await s.a.page.locator(`${canvasSel(s.fileA)} .react-flow__node[data-id="${id}"]`).boundingBox();
        await s.a.page.mouse.move(box.x + 40, box.y + 14);
        await until(async () => (await s.b.page.locator('[data-testid="presence-cursor"][data-peer="Ana"]').count()) === 1, 'A’s cursor on B’s map');
        assert.equal((await s.b.page.textContent('[data-testid="presence-cursor"][data-peer="Ana"]')).trim(), 'Ana');
        const start = nodeOf(await stored(s.b.page, s.fileB), id).position;
        await s.a.page.mouse.down();
        for (let i = 1; i <= 12; i++) {
          await s.a.page.mouse.move(box.x + 40 + i * 12, box.y + 14 + i * 6);
          await sleep(20);
        }
        await until(async () => (await s.b.page.locator(`[data-testid="presence-drag"][data-node="${id}"]`).count()) === 1, 'A’s drag shown on B’s map');
        await s.b.shot('sees-drag-cursor-selection');
        // Not in the document while it is dragged.
        await sleep(300);
        assert.deepEqual(nodeOf(await stored(s.b.page, s.fileB), id).position, start);
        await s.a.page.mouse.up();
        await until(async () => (await s.b.page.locator('[data-testid="presence-drag"]').count()) === 0, 'the drag outline gone on drop');
        await converged(s, (j) => nodeOf(j, id).position.x !== start.x || nodeOf(j, id).position.y !== start.y);
        await s.a.page.mouse.move(5, 400);
      },
    },
    {
      name: 'undo takes back only one’s own edit',
      async run(s) {
        const [x, y] = ['first-home-invite', 'preapproval-invite'];
        const original = nodeOf(await stored(s.a.page, s.fileA), x).label;
        await rename(s.a.page, s.fileA, x, 'Renamed by Ana');
        await converged(s, (j) => nodeOf(j, x).label === 'Renamed by Ana');
        await rename(s.b.page, s.fileB, y, 'Renamed by Bo');
        await converged(s, (j) => nodeOf(j, y).label === 'Renamed by Bo');
        // Ana's Undo: her rename goes, Bo's stays.
        await s.a.page.locator(`${canvasSel(s.fileA)} .react-flow__pane`).click({ position: { x: 5, y: 300 } });
        await s.a.page.keyboard.press(`${mod}+z`);
        const j = await converged(s, (j) => nodeOf(j, x).label === original);
        assert.equal(nodeOf(j, y).label, 'Renamed by Bo');
        await s.a.page.keyboard.press(`${mod}+Shift+z`);
        await converged(s, (j) => nodeOf(j, x).label === 'Renamed by Ana' && nodeOf(j, y).label === 'Renamed by Bo');
      },
    },
    {
      name: 'with the server gone both keep editing; when it is back the edits merge, nothing lost',
      async run(s) {
        const [x, y] = ['not-ready', 'awaiting-response'];
        await s.server.stop();
        await until(async () => (await collabStatus(s.a.page)) !== 'connected' && (await collabStatus(s.b.page)) !== 'connected', 'both offline');
        await rename(s.a.page, s.fileA, x, 'Offline edit by Ana');
        await rename(s.b.page, s.fileB, y, 'Offline edit by Bo');
        await s.a.shot('offline');
        await sleep(500);
        assert.equal(nodeOf(await stored(s.a.page, s.fileA), y).label, nodeOf(s.sample.journey, y).label, 'A has not seen B’s offline edit');
        s.server = await startSyncServer(s.root, { dataDir: s.dataDir, port: s.server.port });
        await until(async () => (await collabStatus(s.a.page)) === 'connected' && (await collabStatus(s.b.page)) === 'connected', 'both back online', 20_000);
        await converged(s, (j) => nodeOf(j, x).label === 'Offline edit by Ana' && nodeOf(j, y).label === 'Offline edit by Bo');
        expectedOffline(s.a);
        expectedOffline(s.b);
        await s.b.shot('merged-after-reconnection');
      },
    },
    {
      name: 'a server restart in the middle of editing loses nothing; a reload rejoins',
      async run(s) {
        const id = 'invite-reminder';
        await rename(s.a.page, s.fileA, id, 'Before the restart');
        const restarting = s.server.stop();
        await rename(s.b.page, s.fileB, 'nurture-content', 'During the restart');
        await restarting;
        s.server = await startSyncServer(s.root, { dataDir: s.dataDir, port: s.server.port });
        await rename(s.a.page, s.fileA, 'preapproval-invite', 'After the restart');
        await converged(s, (j) => nodeOf(j, id).label === 'Before the restart' && nodeOf(j, 'nurture-content').label === 'During the restart' && nodeOf(j, 'preapproval-invite').label === 'After the restart');
        // B reloads: the file reconnects from its binding and this browser's copy.
        await s.b.page.reload();
        await s.b.page.waitForSelector(`${canvasSel(s.fileB)} .react-flow__node`, { timeout: 15_000 });
        await until(async () => (await collabStatus(s.b.page)) === 'connected', 'B connected again after reload');
        await rename(s.a.page, s.fileA, id, 'After B reloaded');
        await until(async () => (await label(s.b.page, s.fileB, id)).includes('After B reloaded'), 'A’s edit on B after the reload');
        expectedOffline(s.a);
        expectedOffline(s.b);
      },
    },
    {
      name: 'a text edit in A’s Source tab (Monaco) reaches B’s map',
      async run(s) {
        const id = 'awaiting-response';
        const current = nodeOf(await stored(s.a.page, s.fileA), id).label;
        await palette(s.a.page, 'Open Source');
        const editor = s.a.page.locator(`[data-testid="source-editor"][data-path="${s.fileA}"] .monaco-editor`);
        await editor.waitFor({ timeout: 15_000 });
        await until(() => editor.locator('.view-lines').textContent().then((t) => t.includes('"format"')), 'the text in Monaco');
        await editor.click({ position: { x: 200, y: 60 } });
        await s.a.page.keyboard.press(`${mod}+f`);
        await s.a.page.keyboard.type(current);
        await s.a.page.keyboard.press('Enter');
        await s.a.page.keyboard.press('Escape');
        await s.a.page.keyboard.type('Typed in Monaco');
        await until(async () => (await label(s.b.page, s.fileB, id)).includes('Typed in Monaco'), 'the Monaco edit on B’s map', 15_000);
        await converged(s, (j) => nodeOf(j, id).label === 'Typed in Monaco');
        await s.a.shot('source-edit');
        await s.b.shot('source-edit-arrived');
      },
    },
    {
      name: 'a server with a token refuses a wrong one, and says so; the shared file keeps its own token',
      async run(s) {
        const dataDir = mkdtempSync(join(tmpdir(), 'journey-team-token-'));
        const guarded = await startSyncServer(s.root, { dataDir, token: 'right-token' });
        try {
          await palette(s.b.page, 'Open Shared File');
          await answer(s.b.page, 'Sync server address', guarded.url);
          await answer(s.b.page, 'Token of the server', 'wrong-token');
          await answer(s.b.page, 'Your name', BO.name);
          await answer(s.b.page, 'Your colour', BO.colour);
          await answer(s.b.page, 'Shared file to open', s.room);
          await until(async () => (await s.b.page.locator('[data-testid="notification"]', { hasText: 'refused the token' }).count()) > 0, 'a notification about the token');
          await s.b.shot('wrong-token');
          assert.ok(guarded.lines.some((l) => /refused .*unauthorized/.test(l)), 'the server logs the refusal');
        } finally {
          await guarded.stop();
          rmSync(dataDir, { recursive: true, force: true });
        }
        // The wrong token is not what B's shared file reconnects with.
        await s.b.page.reload();
        await s.b.page.waitForSelector(`${canvasSel(s.fileB)} .react-flow__node`, { timeout: 15_000 });
        await until(async () => (await collabStatus(s.b.page)) === 'connected', 'B’s shared file connected again after reload');
        expectedOffline(s.b);
      },
    },
  ],
};

function sameAt(n, m) {
  return n?.position?.x === m?.position?.x && n?.position?.y === m?.position?.y && n?.stage === m?.stage && n?.lane === m?.lane;
}

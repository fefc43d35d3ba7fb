import assert from 'node:assert/strict';
import { mod, openSession, openWorkbench, sleep, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { canvasSel, statusCounts, waitForCounts } from '../canvasActions.mjs';

/**
 * The system clipboard is untrusted (another app, a hostile page): a paste reads it as a document
 * is read. What cannot be read safely, or does not fit the journey format, is refused with a
 * message and the map stays as it was; journey elements copied elsewhere still paste, one undo step.
 */
const FORMAT = 'journey-clipboard/1';

/** Two connected nodes of the sample and the edge between them, as copy writes them. */
function copiedPair(journey) {
  const ids = new Set(journey.nodes.map((n) => n.id));
  const edge = journey.edges.find((e) => e.from !== e.to && ids.has(e.from) && ids.has(e.to));
  const nodes = [edge.from, edge.to].map((id) => journey.nodes.find((n) => n.id === id));
  return { format: FORMAT, nodes, edges: [edge] };
}

const writeClipboard = (page, text) => page.evaluate((t) => navigator.clipboard.writeText(t), text);

/** Click an empty spot of the map (the pane itself), so the canvas has the focus and no text field does. */
async function focusMap(page, file) {
  const pane = page.locator(`${canvasSel(file)} .react-flow__pane`);
  const box = await pane.boundingBox();
  const spot = await page.evaluate((box) => {
    for (let fy = 0.9; fy > 0.1; fy -= 0.05) {
      for (let fx = 0.5; fx > 0.05; fx -= 0.05) {
        const x = box.x + box.width * fx;
        const y = box.y + box.height * fy;
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  }, box);
  assert.ok(spot, 'an empty spot of the map');
  await page.mouse.click(spot.x, spot.y);
}

/** What must not change when a paste is refused: the counts, the nodes on the map, the saved state. */
async function mapState(page, file) {
  return {
    counts: await statusCounts(page),
    nodes: (await page.$$eval(`${canvasSel(file)} .react-flow__node[data-id]`, (els) => els.map((e) => e.dataset.id))).sort(),
    save: await page.textContent('[data-testid="status-save"]'),
  };
}

/** Close the notifications shown so far (errors stay until closed). */
async function dismissAll(page) {
  const close = page.locator('[data-testid="notification"] [aria-label="Dismiss"]');
  for (let n = await close.count(); n > 0; n = await close.count()) await close.first().click();
  await until(async () => (await page.locator('[data-testid="notification"]').count()) === 0, 'no notification left');
}

/** A screenshot once the newest notification has faded in. */
async function shot(session, step) {
  await sleep(300);
  await session.shot(step);
}

const errorToasts = (page) => page.locator('[data-testid="notification"][data-severity="error"]').allTextContents();

export default {
  name: 'Paste: an untrusted clipboard is refused with a message; journey elements still paste',
  sequential: true,
  async setup(env) {
    const session = await openSession(env, { permissions: ['clipboard-read', 'clipboard-write'] });
    return { ...env, session, sample: mainSample(env.root) };
  },
  tests: [
    {
      name: 'refuses a clipboard with 1e309 in it, naming the place, and the map stays as it was',
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await page.click(`[data-testid="explorer-item"][data-path="${s.sample.file}"]`);
        await page.waitForSelector(`${canvasSel(s.sample.file)} .react-flow__node`);
        await until(async () => (await page.textContent('[data-testid="status-save"]')) === 'Saved', 'the journey saved');
        s.before = await mapState(page, s.sample.file);
        const hostile = JSON.stringify(copiedPair(s.sample.journey), null, 2).replace(/"x": -?[\d.]+/, '"x": 1e309');
        assert.match(hostile, /1e309/);
        const line = hostile.split('\n').findIndex((l) => l.includes('1e309')) + 1;
        await writeClipboard(page, hostile);
        await focusMap(page, s.sample.file);
        await page.keyboard.press(`${mod}+v`);
        const expected = new RegExp(`^Paste refused: the clipboard text cannot be read safely: clipboard:${line}:\\d+: error J037 the number 1e309 is too large to hold`);
        await until(async () => (await errorToasts(page)).some((t) => expected.test(t)), 'the refusal naming J037 and its line');
        assert.deepEqual(await mapState(page, s.sample.file), s.before);
        await shot(s.session, 'overflow-refused');
      },
    },
    {
      name: 'refuses nodes whose fields have the wrong types, and a "__proto__" key',
      async run(s) {
        const { page } = s.session;
        await dismissAll(page);
        const pair = copiedPair(s.sample.journey);
        const wrong = { ...pair, nodes: pair.nodes.map((n) => ({ ...n, label: { text: n.label }, momentOfTruth: 'yes' })) };
        await writeClipboard(page, JSON.stringify(wrong, null, 2));
        await focusMap(page, s.sample.file);
        await page.keyboard.press(`${mod}+v`);
        await until(async () => (await errorToasts(page)).some((t) => /^Paste refused: no node on the clipboard fits the journey format: clipboard:\d+:\d+: error J003 nodes\[0\]\.label should be string/.test(t)), 'the refusal of the wrong-typed nodes');
        const proto = JSON.stringify(pair, null, 2).replace('"kind"', '"__proto__": { "polluted": true },\n      "kind"');
        await writeClipboard(page, proto);
        await page.keyboard.press(`${mod}+v`);
        await until(async () => (await errorToasts(page)).some((t) => /^Paste refused: .*error J045 nodes\[0\] has a key "__proto__"/.test(t)), 'the refusal of "__proto__"');
        assert.equal(await page.evaluate(() => ({}).polluted), undefined);
        assert.deepEqual(await mapState(page, s.sample.file), s.before);
        await shot(s.session, 'wrong-types-and-proto-refused');
      },
    },
    {
      name: 'pastes journey elements copied elsewhere, and one undo takes them back',
      async run(s) {
        const { page } = s.session;
        await dismissAll(page);
        const pair = copiedPair(s.sample.journey);
        await writeClipboard(page, JSON.stringify(pair, null, 2));
        await focusMap(page, s.sample.file);
        await page.keyboard.press(`${mod}+v`);
        const { nodes, edges } = s.before.counts;
        await waitForCounts(page, nodes + 2, edges + 1);
        for (const n of pair.nodes) await page.waitForSelector(`${canvasSel(s.sample.file)} [data-testid="node-${n.id}-2"]`, { state: 'attached' });
        assert.equal(await page.locator('[data-testid="notification"]').count(), 0, 'a good paste says nothing');
        await shot(s.session, 'good-paste');
        await page.keyboard.press(`${mod}+z`);
        await waitForCounts(page, nodes, edges);
        assert.deepEqual((await mapState(page, s.sample.file)).nodes, s.before.nodes);
      },
    },
  ],
};

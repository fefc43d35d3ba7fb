import assert from 'node:assert/strict';
import { mod, openSession, openWorkbench, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { canvasSel, statusCounts, waitForCounts } from '../canvasActions.mjs';

/**
 * The canvas with only the keyboard: open a journey (quick open), move the selection with the arrow
 * keys (a focus ring on the selected card), nudge a node with Alt+arrow and undo it, connect two
 * nodes with Connect To… (Alt+C) and see the edge. The kinds' icons are SVG, not emoji glyphs.
 */
const NUDGE = 24;

async function shotAt(session, step, width, height) {
  await session.page.setViewportSize({ width, height });
  await session.page.waitForTimeout(150);
  await session.shot(`${step}-${width}x${height}`);
}

const selectedIds = (page, file) => page.$$eval(`${canvasSel(file)} .react-flow__node.selected`, (els) => els.map((e) => e.dataset.id));
const focusedId = (page) => page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id') ?? null);

export default {
  name: 'Keyboard canvas: select, move, nudge, connect',
  sequential: true,
  async setup(env) {
    const sample = mainSample(env.root);
    const label = (id) => sample.journey.nodes.find((n) => n.id === id).label;
    return { ...env, session: await openSession(env), sample, label, counts: { nodes: sample.journey.nodes.length, edges: sample.journey.edges.length } };
  },
  tests: [
    {
      name: 'opens the sample with quick open; the node kinds’ icons are SVG (no emoji font needed)',
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await page.keyboard.press(`${mod}+P`);
        await page.locator('[data-testid="command-palette-input"]').type(s.sample.file.replace('.json', ''));
        await until(async () => (await page.locator('[data-testid="quick-item"]').first().getAttribute('data-label')) === s.sample.file, 'the sample first in quick open');
        await page.keyboard.press('Enter');
        await page.waitForSelector(`${canvasSel(s.sample.file)} .react-flow__node[data-id]`);
        const icons = await page.$$eval(`${canvasSel(s.sample.file)} .react-flow__node .jn-icon`, (els) => els.map((e) => ({ svg: e.querySelector('svg')?.dataset.icon ?? null, text: e.textContent })));
        assert.ok(icons.length > 5, 'cards with icons');
        for (const i of icons) assert.ok(i.svg && i.text === '', `each card's icon is an <svg>, no glyph: ${JSON.stringify(i)}`);
        const wait = s.sample.journey.nodes.find((n) => n.kind === 'wait');
        if (wait) assert.equal(await page.locator(`${canvasSel(s.sample.file)} .react-flow__node[data-id="${wait.id}"] .jn-icon svg[data-icon="hourglass"]`).count(), 1, 'the wait icon is the hourglass SVG');
      },
    },
    {
      name: 'arrow keys move the selection to the nearest node that way, with a focus ring',
      async run(s) {
        const { page } = s.session;
        const file = s.sample.file;
        const step = async (key, id) => {
          await page.keyboard.press(key);
          await until(async () => JSON.stringify(await selectedIds(page, file)) === JSON.stringify([id]), `${key} to select ${id}`);
          await until(async () => (await focusedId(page)) === id, `${id} to have the focus`);
        };
        await step('ArrowRight', 'life-event-signal'); // nothing selected: the first node in map order
        await step('ArrowRight', 'route-outreach');
        await step('ArrowRight', 'first-home-invite');
        await step('ArrowUp', 'nurture-content');
        await step('ArrowDown', 'first-home-invite');
        const ring = await page.evaluate(() => {
          const el = document.activeElement;
          const st = getComputedStyle(el);
          return { visible: el.matches(':focus-visible'), outline: st.outlineStyle, width: parseFloat(st.outlineWidth) };
        });
        assert.ok(ring.visible && ring.outline !== 'none' && ring.width >= 2, `a focus ring on the selected card: ${JSON.stringify(ring)}`);
        const inspector = await page.textContent('[data-testid="inspector"] .ji-header-title');
        assert.equal(inspector, s.label('first-home-invite'), 'the inspector follows the selection');
        await shotAt(s.session, 'selected-by-keyboard', 1440, 900);
        await shotAt(s.session, 'selected-by-keyboard', 1280, 720);
        await page.setViewportSize({ width: 1440, height: 900 });
      },
    },
    {
      name: 'Alt+arrow nudges the selected node one grid step; one undo puts it back',
      async run(s) {
        const { page } = s.session;
        const card = page.locator(`${canvasSel(s.sample.file)} .react-flow__node[data-id="first-home-invite"]`);
        const zoom = await page.$eval(`${canvasSel(s.sample.file)} .react-flow__viewport`, (v) => new DOMMatrix(getComputedStyle(v).transform).a);
        const before = await card.boundingBox();
        await page.keyboard.press('Alt+ArrowDown');
        await until(async () => Math.abs((await card.boundingBox()).y - (before.y + NUDGE * zoom)) < 1.5, `the card ${NUDGE * zoom} px lower`);
        assert.ok(Math.abs((await card.boundingBox()).x - before.x) < 0.5, 'and not sideways');
        await s.session.shot('nudged');
        await page.keyboard.press(`${mod}+z`);
        await until(async () => Math.abs((await card.boundingBox()).y - before.y) < 0.5, 'the card back after one undo');
        assert.deepEqual(await selectedIds(page, s.sample.file), ['first-home-invite'], 'still selected');
      },
    },
    {
      name: 'Connect To… (Alt+C) picks a target by its label and adds the edge',
      async run(s) {
        const { page } = s.session;
        const file = s.sample.file;
        const edgesBefore = await page.$$eval(`${canvasSel(file)} .react-flow__edge`, (els) => els.map((e) => e.dataset.id));
        await waitForCounts(page, s.counts.nodes, s.counts.edges);
        await page.keyboard.press('Alt+C');
        const palette = page.locator('[data-testid="command-palette"]');
        await palette.waitFor();
        assert.match(await palette.locator('.ws-quick-title').textContent(), new RegExp(`^Connect ${s.label('first-home-invite')} to…$`));
        await page.keyboard.type(s.label('declined'));
        await until(async () => (await palette.locator('[data-testid="quick-item"]').first().getAttribute('data-id')) === 'declined', 'the target first in the pick');
        await s.session.shot('connect-to-pick');
        await page.keyboard.press('Enter');
        await waitForCounts(page, s.counts.nodes, s.counts.edges + 1);
        const added = await until(async () => {
          const ids = await page.$$eval(`${canvasSel(file)} .react-flow__edge`, (els) => els.map((e) => e.dataset.id));
          const fresh = ids.filter((id) => !edgesBefore.includes(id));
          return fresh.length > 0 && fresh;
        }, 'the new edge on the canvas');
        assert.equal(added.length, 1, `one new edge: ${added}`);
        await s.session.shot('connected-by-keyboard');
        await page.keyboard.press(`${mod}+z`);
        await waitForCounts(page, s.counts.nodes, s.counts.edges);
        assert.deepEqual(await statusCounts(page), s.counts);
      },
    },
  ],
};

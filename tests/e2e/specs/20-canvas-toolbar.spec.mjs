import assert from 'node:assert/strict';
import { openSession, openWorkbench, sleep, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { canvasSel, statusCounts, waitForCounts } from '../canvasActions.mjs';

/**
 * The canvas toolbar: every button a registered command with its key in the tooltip, undo and redo
 * after an edit, auto-layout, fit, zoom, the parts it hides and brings back, the export menu; one
 * tab stop with arrow keys; it covers no node at the default view, at 1440×900 and 1280×720.
 */
const bar = '[data-testid="canvas-toolbar"]';
const btn = (name) => `${bar} [data-testid="canvas-toolbar-${name}"]`;

const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The map's nodes, the toolbar and the minimap, in page coordinates. */
async function boxes(page, file) {
  const root = page.locator(canvasSel(file));
  const nodes = await root.locator('.react-flow__node-journey').evaluateAll((els) => els.map((e) => ({ id: e.dataset.id, ...e.getBoundingClientRect().toJSON() })));
  const pane = await root.locator('.react-flow').boundingBox();
  return { nodes, pane, toolbar: await root.locator(bar).boundingBox(), minimap: (await root.locator('.react-flow__minimap').count()) ? await root.locator('.react-flow__minimap').boundingBox() : null };
}

/** The toolbar is whole inside the canvas, and no node it could hide is under it (nor under it and the minimap). */
async function assertClear(page, file, where) {
  const b = await boxes(page, file);
  assert.ok(b.toolbar && b.pane, `${where}: the toolbar is on screen`);
  assert.ok(b.toolbar.x >= b.pane.x && b.toolbar.x + b.toolbar.width <= b.pane.x + b.pane.width + 0.5 && b.toolbar.y + b.toolbar.height <= b.pane.y + b.pane.height + 0.5, `${where}: the toolbar is whole inside the canvas`);
  const under = b.nodes.filter((n) => overlaps(n, b.toolbar));
  assert.deepEqual(under.map((n) => n.id), [], `${where}: no node under the toolbar`);
  if (b.minimap) assert.ok(!overlaps(b.minimap, b.toolbar), `${where}: the minimap and the toolbar do not overlap`);
}

const pressed = (page, name) => page.getAttribute(btn(name), 'aria-pressed');
const disabled = async (page, name) => (await page.getAttribute(btn(name), 'aria-disabled')) === 'true';
const zoomText = (page) => page.textContent(btn('zoom'));
const percent = async (page) => Number((await zoomText(page)).replace('%', ''));

async function nodePositions(page, file) {
  return page.locator(`${canvasSel(file)} .react-flow__node-journey`).evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.id, e.style.transform])));
}

export default {
  name: 'Canvas toolbar: undo, redo, copy, paste, layout, fit, zoom, parts shown and hidden, export',
  sequential: true,
  async setup(env) {
    const sample = mainSample(env.root);
    return { ...env, session: await openSession(env), sample };
  },
  tests: [
    {
      name: 'a toolbar at the canvas’s top edge: titled buttons with their keys, covering no node',
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await page.click(`[data-testid="explorer-item"][data-path="${s.sample.file}"]`);
        await page.waitForSelector(`${canvasSel(s.sample.file)} ${bar}`);
        await page.waitForSelector(`${canvasSel(s.sample.file)} .react-flow__node-journey`);
        await sleep(300);
        assert.equal(await page.getAttribute(bar, 'role'), 'toolbar');
        assert.match(await page.getAttribute(btn('undo'), 'title'), /^Undo \(Ctrl\+Z\)$/);
        assert.match(await page.getAttribute(btn('redo'), 'title'), /^Redo \(Ctrl\+Shift\+Z\)$/);
        assert.match(await page.getAttribute(btn('fit'), 'title'), /^Fit Map in View \(Shift\+1\)$/);
        assert.match(await page.getAttribute(btn('inspector'), 'title'), /^Toggle Inspector \(Ctrl\+Alt\+B\)$/);
        assert.match(await page.getAttribute(btn('zoom-in'), 'title'), /^Zoom In \(Ctrl\+=\)$/);
        assert.equal(await page.getAttribute(btn('layout'), 'aria-label'), 'Auto-Layout');
        assert.ok(await disabled(page, 'undo'), 'nothing to undo yet');
        assert.ok(await disabled(page, 'copy'), 'nothing selected to copy');
        assert.equal(await pressed(page, 'minimap'), 'true');
        assert.equal(await pressed(page, 'inspector'), 'true');
        await assertClear(page, s.sample.file, '1440×900');
        await s.session.shot('toolbar-1440x900');
      },
    },
    {
      name: 'copy and paste a node, then undo and redo the paste, all from the toolbar',
      async run(s) {
        const { page } = s.session;
        const counts = await statusCounts(page);
        const first = page.locator(`${canvasSel(s.sample.file)} .react-flow__node-journey`).first();
        // Under load the map may still be settling (its first viewport, the routes) when the card is
        // clicked: a click that selected nothing is said and made again, then the toolbar must follow.
        for (let attempt = 1; ; attempt++) {
          const before = await first.boundingBox();
          await first.click();
          const selected = await until(async () => /\bselected\b/.test((await first.getAttribute('class')) ?? ''), 'the card to be selected', 3000).then(() => true, () => false);
          if (selected) break;
          console.log(`    click ${attempt} selected nothing (card at ${JSON.stringify(before)}, now ${JSON.stringify(await first.boundingBox())})`);
          assert.ok(attempt < 3, 'three clicks on the card selected nothing');
        }
        await until(async () => !(await disabled(page, 'copy')), 'copy to be enabled by the selection');
        await page.click(btn('copy'));
        await page.click(btn('paste'));
        await waitForCounts(page, counts.nodes + 1, counts.edges);
        await until(async () => !(await disabled(page, 'undo')), 'undo to be enabled');
        assert.ok(await disabled(page, 'redo'), 'nothing to redo after an edit');
        await s.session.shot('pasted');
        await page.click(btn('undo'));
        await waitForCounts(page, counts.nodes, counts.edges);
        await until(async () => !(await disabled(page, 'redo')), 'redo to be enabled');
        await s.session.shot('undone');
        await page.click(btn('redo'));
        await waitForCounts(page, counts.nodes + 1, counts.edges);
        await page.click(btn('undo'));
        await waitForCounts(page, counts.nodes, counts.edges);
      },
    },
    {
      name: 'auto-layout moves the nodes as one edit; fit brings the whole map into view, clear of the toolbar',
      async run(s) {
        const { page } = s.session;
        const before = await nodePositions(page, s.sample.file);
        await page.click(btn('zoom-in'));
        await page.click(btn('zoom-in'));
        await sleep(300);
        await page.click(btn('layout'));
        await until(async () => {
          const now = await nodePositions(page, s.sample.file);
          return Object.keys(before).some((id) => now[id] !== before[id]);
        }, 'the nodes to move', 15_000);
        await sleep(600);
        await s.session.shot('auto-laid-out');
        // zoom in far, then fit: every node in the canvas and none under the toolbar
        await page.click(btn('zoom-in'));
        await page.click(btn('zoom-in'));
        await sleep(300);
        await page.click(btn('fit-all'));
        await sleep(500);
        const b = await boxes(page, s.sample.file);
        for (const n of b.nodes) assert.ok(n.x >= b.pane.x - 1 && n.y >= b.pane.y - 1 && n.x + n.width <= b.pane.x + b.pane.width + 1 && n.y + n.height <= b.pane.y + b.pane.height + 1, `node ${n.id} in view after fit`);
        await assertClear(page, s.sample.file, 'after fit');
        await s.session.shot('fitted');
        await page.click(btn('undo'));
        await until(async () => {
          const now = await nodePositions(page, s.sample.file);
          return Object.keys(before).every((id) => now[id] === before[id]);
        }, 'undo to put every node back');
      },
    },
    {
      name: 'zooms in and out, and back to 100% from the zoom level',
      async run(s) {
        const { page } = s.session;
        const z0 = await percent(page);
        await page.click(btn('zoom-in'));
        await until(async () => (await percent(page)) > z0, 'the zoom level to rise');
        const z1 = await percent(page);
        await page.click(btn('zoom-out'));
        await page.click(btn('zoom-out'));
        await until(async () => (await percent(page)) < z1, 'the zoom level to fall');
        await page.click(btn('zoom'));
        await until(async () => (await zoomText(page)) === '100%', '100%');
        await s.session.shot('zoom-100');
      },
    },
    {
      name: 'hides the inspector, the minimap and the results, and brings each back from its button',
      async run(s) {
        const { page } = s.session;
        const file = s.sample.file;
        // the inspector, hidden from its own close button, comes back from the toolbar
        await page.click('[data-testid="inspector-pane"] [aria-label="Hide Inspector"]');
        await until(async () => (await page.locator('[data-testid="inspector-pane"]').count()) === 0, 'the inspector to hide');
        assert.equal(await pressed(page, 'inspector'), 'false');
        await page.click(btn('minimap'));
        await until(async () => (await page.locator(`${canvasSel(file)} .react-flow__minimap`).count()) === 0, 'the minimap to hide');
        assert.equal(await pressed(page, 'minimap'), 'false');
        await page.click(btn('results'));
        await until(async () => (await page.getAttribute('[data-testid="panel-tab-simulation"]', 'aria-selected')) === 'true', 'the results panel to show');
        assert.equal(await pressed(page, 'results'), 'true');
        await s.session.shot('results-shown-inspector-minimap-hidden');
        await page.click(btn('results'));
        await until(async () => (await page.locator('[data-testid="panel-tab-simulation"]').count()) === 0, 'the panel to close');
        assert.equal(await pressed(page, 'results'), 'false');
        // the side bar too: now only the activity bar, the canvas and its toolbar are on screen
        await page.click('[data-testid="activity-explorer"]');
        await until(async () => (await page.locator('.ws-sidebar').count()) === 0, 'the side bar to hide');
        // after zooming to 100% a node may sit under the toolbar; fit (the readable one) leaves its strip free
        await page.click(btn('fit'));
        await sleep(500);
        await s.session.shot('everything-hidden');
        await assertClear(page, file, 'everything hidden, then fit');
        await page.click(btn('inspector'));
        await page.waitForSelector('[data-testid="inspector-pane"]');
        await page.click(btn('minimap'));
        await page.waitForSelector(`${canvasSel(file)} .react-flow__minimap`);
        await page.click(btn('results'));
        await page.waitForSelector('[data-testid="panel-tab-simulation"][aria-selected="true"]');
        await page.click('[data-testid="activity-explorer"]');
        await page.waitForSelector('.ws-sidebar');
        // the panel, closed, comes back from the status bar (Problems) too
        await page.click('[aria-label="Close Panel"]');
        await until(async () => (await page.locator('[data-testid="panel-tab-problems"]').count()) === 0, 'the panel to close');
        await page.click('[data-testid="status-validity"]');
        await page.waitForSelector('[data-testid="panel-tab-problems"][aria-selected="true"]');
        for (const name of ['inspector', 'minimap']) assert.equal(await pressed(page, name), 'true', name);
        await s.session.shot('all-back');
      },
    },
    {
      name: 'opens the export menu and exports from it',
      async run(s) {
        const { page } = s.session;
        await page.click(btn('export'));
        const menu = page.locator('[role="menu"]');
        await menu.waitFor();
        assert.equal(await page.getAttribute(btn('export'), 'aria-expanded'), 'true');
        const labels = await menu.locator('[role="menuitem"]').allTextContents();
        assert.ok(labels.includes('Mermaid state diagram (.mmd)') && labels.includes('Map as SVG'), labels.join(', '));
        const m = await menu.boundingBox();
        const t = await page.locator(bar).boundingBox();
        const e = await page.locator(btn('export')).boundingBox();
        assert.ok(m.y >= t.y + t.height - 1, 'the menu opens below the toolbar');
        assert.ok(Math.abs(m.x - e.x) < 2, `the menu opens at its button (${m.x} vs ${e.x})`);
        const scrolled = await page.locator(canvasSel(s.sample.file)).evaluate((root) => [root, ...root.querySelectorAll('*')].some((el) => el.scrollLeft || el.scrollTop));
        assert.equal(scrolled, false, 'opening the menu scrolls nothing in the canvas');
        await s.session.shot('export-menu');
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), menu.locator('[role="menuitem"]', { hasText: 'Mermaid state diagram' }).click()]);
        assert.match(download.suggestedFilename(), /\.mmd$/);
        assert.equal(await menu.count(), 0);
        // a second click on the button closes the menu it opened
        await page.click(btn('export'));
        await menu.waitFor();
        await page.click(btn('export'));
        await until(async () => (await menu.count()) === 0, 'the menu to close');
      },
    },
    {
      name: 'is one tab stop with arrow-key focus; Enter runs the focused button',
      async run(s) {
        const { page } = s.session;
        const tabStops = await page.locator(`${bar} button[tabindex="0"]`).count();
        assert.equal(tabStops, 1);
        await page.focus(btn('undo'));
        const order = [];
        for (let i = 0; i < 16; i++) {
          order.push(await page.evaluate(() => document.activeElement?.dataset.testid));
          await page.keyboard.press('ArrowRight');
        }
        assert.deepEqual(order.slice(0, 3), ['canvas-toolbar-undo', 'canvas-toolbar-redo', 'canvas-toolbar-copy']);
        assert.equal(order[14], 'canvas-toolbar-export');
        assert.equal(order[15], 'canvas-toolbar-undo', 'wraps around after the last');
        await page.keyboard.press('End');
        assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'canvas-toolbar-export');
        for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
        assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'canvas-toolbar-minimap');
        await page.keyboard.press('Enter');
        await until(async () => (await pressed(page, 'minimap')) === 'false', 'Enter to hide the minimap');
        await page.keyboard.press('Space');
        await until(async () => (await pressed(page, 'minimap')) === 'true', 'Space to show it again');
      },
    },
    {
      name: 'at 1280×720, on a first start, the map opens clear of the toolbar',
      async run(s) {
        const fresh = await openSession(s, { viewport: { width: 1280, height: 720 } });
        try {
          const { page } = fresh;
          await openWorkbench(fresh);
          await page.click(`[data-testid="explorer-item"][data-path="${s.sample.file}"]`);
          await page.waitForSelector(`${canvasSel(s.sample.file)} .react-flow__node-journey`);
          await sleep(500);
          await fresh.shot('toolbar-1280x720');
          await assertClear(page, s.sample.file, '1280×720');
          const problems = fresh.takeProblems();
          assert.deepEqual(problems, []);
        } finally {
          await fresh.close();
        }
      },
    },
    {
      name: 'a small canvas (1280×720 under the tall results panel): the map opens clear of the toolbar there too',
      async run(s) {
        const { page } = s.session;
        await page.setViewportSize({ width: 1280, height: 720 });
        await page.click(btn('results'));
        await page.waitForSelector('[data-testid="panel-tab-simulation"][aria-selected="true"]');
        await sleep(500);
        await page.reload();
        await page.waitForSelector(`${canvasSel(s.sample.file)} .react-flow__node-journey`);
        await sleep(500);
        await s.session.shot('small-canvas-1280x720');
        await assertClear(page, s.sample.file, 'a small canvas');
      },
    },
  ],
};

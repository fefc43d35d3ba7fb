import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, openWorkbench, sleep, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { canvasSel, panBy } from '../canvasActions.mjs';
import { fillRunForm, runPalette, waitForRunEnd } from '../simulationActions.mjs';

/**
 * Opening and navigating a journey: every sample opens readable (card titles at 12 px or more on
 * screen) at its first stage with its top lane in view, at 1440×900 and 1280×720; the stage strip
 * and Go to Stage… jump to a stage; the viewport is kept per file across tab switches and reloads;
 * the overview says when it cannot be read; after a run the results panel leaves the map the
 * larger part of the height and the minimap covers no node.
 */
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];
const READABLE_PX = 12;

const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function samples(root) {
  return readdirSync(join(root, 'samples'))
    .filter((n) => n.endsWith('.journey.json'))
    .sort()
    .map((file) => ({ file, journey: JSON.parse(readFileSync(join(root, 'samples', file), 'utf8')) }));
}

/** What the canvas of a file shows: zoom, a card title's size on screen, the stages in view, where things are. */
async function view(page, file) {
  return page.locator(canvasSel(file)).evaluate((root) => {
    const vp = root.querySelector('.react-flow__viewport');
    const m = new DOMMatrixReadOnly(getComputedStyle(vp).transform);
    const label = root.querySelector('.react-flow__node-journey .jn-label');
    const fontPx = label ? parseFloat(getComputedStyle(label).fontSize) : 0;
    const pane = root.querySelector('.react-flow').getBoundingClientRect().toJSON();
    const strip = [...root.querySelectorAll('[data-testid="stage-strip-item"]')];
    const minimap = root.querySelector('.react-flow__minimap');
    return {
      x: m.e,
      y: m.f,
      zoom: m.a,
      fontPx,
      screenPx: fontPx * m.a,
      pane,
      root: root.getBoundingClientRect().toJSON(),
      inView: strip.flatMap((b, i) => (b.getAttribute('aria-current') ? [i] : [])),
      stageIds: strip.map((b) => b.dataset.stage),
      nodes: [...root.querySelectorAll('.react-flow__node-journey')].map((n) => ({ id: n.dataset.id, ...n.getBoundingClientRect().toJSON() })),
      minimap: minimap ? minimap.getBoundingClientRect().toJSON() : null,
    };
  });
}

/** The part of a stage's header on screen, as a share of the pane's width or of the header (whichever is less). */
async function stageShown(page, file, stageId) {
  const root = page.locator(canvasSel(file));
  const h = await root.locator(`[data-testid="stage-${stageId}"]`).boundingBox();
  const pane = await root.locator('.react-flow').boundingBox();
  if (!h) return 0;
  const seen = Math.min(h.x + h.width, pane.x + pane.width) - Math.max(h.x, pane.x);
  return Math.max(0, seen) / Math.min(h.width, pane.width);
}

const same = (a, b) => Math.abs(a.x - b.x) < 1.5 && Math.abs(a.y - b.y) < 1.5 && Math.abs(a.zoom - b.zoom) < 0.005;

async function openFile(page, file) {
  await page.click(`[data-testid="explorer-item"][data-path="${file}"]`);
  await page.waitForSelector(`${canvasSel(file)} .react-flow__node-journey`);
  await sleep(400);
}

export default {
  name: 'Opening and navigating: readable at the first stage, stage strip, viewport kept per file, the panel and minimap leave the map',
  sequential: true,
  async setup(env) {
    return { ...env, sample: mainSample(env.root) };
  },
  tests: [
    ...SIZES.map((size) => ({
      name: `at ${size.width}×${size.height} every sample opens readable, at its first stage and top lane, the minimap over no node`,
      async run(s) {
        const session = await openSession(s, { viewport: size });
        try {
          const { page } = session;
          await openWorkbench(session);
          for (const { file, journey } of samples(s.root)) {
            await openFile(page, file);
            const v = await view(page, file);
            console.log(`    measured: ${size.width}×${size.height} ${file}: zoom ${v.zoom.toFixed(2)}, title ${v.fontPx}px × zoom = ${v.screenPx.toFixed(1)}px on screen, stages in view ${v.inView.length}/${journey.stages.length} [${v.inView.map((i) => journey.stages[i]?.name).join(', ')}], minimap ${v.minimap ? 'shown' : 'folded'}`);
            assert.ok(v.screenPx >= READABLE_PX - 0.01, `${file}: card text ${v.screenPx.toFixed(1)} px on screen, at least ${READABLE_PX}`);
            assert.ok(v.inView.includes(0), `${file}: the first stage is in view (in view: ${v.inView})`);
            assert.ok((await stageShown(page, file, journey.stages[0].id)) >= 0.5, `${file}: the first stage's header is on screen`);
            const topLane = journey.lanes?.[0]?.id ?? 'evidence';
            const lane = await page.locator(canvasSel(file)).locator(`[data-testid="lane-${topLane}"]`).boundingBox();
            assert.ok(lane && lane.y >= v.pane.y && lane.y < v.pane.y + v.pane.height / 2, `${file}: the top lane is in view`);
            if (v.minimap) assert.deepEqual(v.nodes.filter((n) => overlaps(n, v.minimap)).map((n) => n.id), [], `${file}: the minimap covers no node`);
            if (file === s.sample.file) await session.shot(`opened-${size.width}x${size.height}`);
          }
          assert.deepEqual(session.takeProblems(), []);
        } finally {
          await session.close();
        }
      },
    })),
    {
      name: 'the stage strip and Go to Stage… bring a stage’s column into view at a readable zoom',
      async run(s) {
        s.session = await openSession(s, { viewport: SIZES[1] });
        const { page } = s.session;
        await openWorkbench(s.session);
        const { file, journey } = s.sample;
        await openFile(page, file);
        const last = journey.stages[journey.stages.length - 1];
        assert.ok((await stageShown(page, file, last.id)) < 0.5, 'the last stage starts out of view');
        await page.click(`${canvasSel(file)} [data-testid="stage-strip-item"][data-stage="${last.id}"]`);
        await until(async () => (await stageShown(page, file, last.id)) >= 0.5, 'the last stage to come into view');
        await sleep(350);
        let v = await view(page, file);
        assert.ok(v.screenPx >= READABLE_PX - 0.01, 'still readable');
        assert.ok(v.inView.includes(journey.stages.length - 1), 'the strip marks it in view');
        await s.session.shot('strip-last-stage');
        // Go to Stage… from the palette: a quick pick of the stages by name
        const third = journey.stages[2];
        await runPalette(page, 'Go to Stage', 'view.goToStage');
        const input = page.locator('[data-testid="command-palette-input"]');
        await until(async () => (await page.locator('[data-testid="quick-item"]').count()) === journey.stages.length, 'the stages in the pick');
        await input.type(third.name);
        await until(async () => (await page.locator('[data-testid="quick-item"]').first().getAttribute('data-label')) === third.name, `${third.name} first`);
        await s.session.shot('go-to-stage-pick');
        await page.keyboard.press('Enter');
        await until(async () => (await stageShown(page, file, third.id)) >= 0.5, `${third.name} to come into view`);
        await sleep(350);
        v = await view(page, file);
        assert.ok(v.inView.includes(2) && v.screenPx >= READABLE_PX - 0.01);
      },
    },
    {
      name: 'Fit All shows the whole map and says it cannot be read; Fit Map in View and Fit Stage stay readable',
      async run(s) {
        const { page } = s.session;
        const { file, journey } = s.sample;
        await page.click(`${canvasSel(file)} [data-testid="canvas-toolbar-fit-all"]`);
        await page.waitForSelector(`${canvasSel(file)} [data-testid="readable-notice"]`);
        await sleep(350);
        let v = await view(page, file);
        assert.equal(v.inView.length, journey.stages.length, 'every stage in the overview');
        await s.session.shot('overview-notice');
        await page.click(`${canvasSel(file)} [data-testid="canvas-toolbar-fit"]`);
        await until(async () => (await page.locator(`${canvasSel(file)} [data-testid="readable-notice"]`).count()) === 0, 'the notice to go');
        await sleep(350);
        v = await view(page, file);
        assert.ok(v.screenPx >= READABLE_PX - 0.01 && v.inView.includes(0), 'the readable fit: the first stages, readable');
        await runPalette(page, 'Fit All', 'view.fitOverview');
        await page.waitForSelector(`${canvasSel(file)} [data-testid="readable-notice"]`);
        await runPalette(page, 'Fit Stage', 'view.fitStage');
        await until(async () => (await page.locator(`${canvasSel(file)} [data-testid="readable-notice"]`).count()) === 0, 'Fit Stage to be readable');
      },
    },
    {
      name: 'the viewport is kept per file, across tab switches and a reload',
      async run(s) {
        const { page } = s.session;
        const { file } = s.sample;
        const other = samples(s.root).find((x) => x.file !== file).file;
        await page.click(`${canvasSel(file)} [data-testid="canvas-toolbar-zoom-in"]`);
        await sleep(300);
        await panBy(page, file, -120, -40);
        await sleep(400);
        const before = await view(page, file);
        await openFile(page, other);
        const otherView = await view(page, other);
        assert.ok(!same(otherView, before), 'the other file has its own view');
        await page.click(`[data-testid="tab"][data-kind="canvas"][data-path="${file}"]`);
        await page.waitForSelector(`${canvasSel(file)} .react-flow__node-journey`);
        await sleep(300);
        const back = await view(page, file);
        assert.ok(same(back, before), `same view after a tab switch: ${JSON.stringify([back.x, back.y, back.zoom])} vs ${JSON.stringify([before.x, before.y, before.zoom])}`);
        await sleep(500); // the layout is saved a moment after it changes
        await page.reload();
        await page.waitForSelector(`${canvasSel(file)} .react-flow__node-journey`);
        await sleep(400);
        const reloaded = await view(page, file);
        assert.ok(same(reloaded, before), `same view after a reload: ${JSON.stringify([reloaded.x, reloaded.y, reloaded.zoom])} vs ${JSON.stringify([before.x, before.y, before.zoom])}`);
        await page.click(`[data-testid="tab"][data-kind="canvas"][data-path="${other}"]`);
        await page.waitForSelector(`${canvasSel(other)} .react-flow__node-journey`);
        await sleep(300);
        assert.ok(same(await view(page, other), otherView), 'the other file’s view too');
        await page.click(`[data-testid="tab"][data-kind="canvas"][data-path="${file}"]`);
        await page.waitForSelector(`${canvasSel(file)} .react-flow__node-journey`);
      },
    },
    {
      name: 'after a run at 1280×720 the map keeps the larger part of the height, and the minimap covers no node',
      async run(s) {
        const { page } = s.session;
        const { file } = s.sample;
        await page.click(`${canvasSel(file)} [data-testid="canvas-toolbar-fit"]`);
        await page.click('[data-testid="activity-simulation"]');
        await fillRunForm(page, { customers: '2,000' });
        await page.click('[data-testid="simulation-run"]');
        await waitForRunEnd(page);
        await page.waitForSelector('[data-testid="panel-tab-simulation"][aria-selected="true"]');
        await sleep(600);
        const v = await view(page, file);
        const panel = await page.locator('.ws-panel').boundingBox();
        const window = SIZES[1].height;
        console.log(`    measured: after a run at 1280×720: canvas ${Math.round(v.root.height)}px (${Math.round((100 * v.root.height) / window)}% of the window), its map ${Math.round(v.pane.height)}px, the panel ${Math.round(panel.height)}px; minimap ${v.minimap ? 'shown' : 'folded'}`);
        await s.session.shot('after-run-1280x720');
        assert.ok(v.root.height >= window / 2, `the canvas keeps at least half the height (${v.root.height} of ${window})`);
        assert.ok(v.pane.height > panel.height, `the map (${v.pane.height}) is taller than the panel (${panel.height})`);
        if (v.minimap) assert.deepEqual(v.nodes.filter((n) => overlaps(n, v.minimap)).map((n) => n.id), [], 'the minimap covers no node');
        // the sash still resizes the panel, within its bounds
        const sash = page.locator('.ws-sash-horizontal');
        const box = await sash.boundingBox();
        await page.mouse.move(box.x + box.width / 2, box.y + 2);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width / 2, box.y + 82, { steps: 5 });
        await page.mouse.up();
        await sleep(200);
        const smaller = await page.locator('.ws-panel').boundingBox();
        assert.ok(smaller.height < panel.height - 40, `the sash makes the panel smaller (${smaller.height} < ${panel.height})`);
        await page.mouse.move(box.x + box.width / 2, smaller.y - 2);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width / 2, 40, { steps: 5 });
        await page.mouse.up();
        await sleep(200);
        const tallest = await page.locator('.ws-panel').boundingBox();
        const after = await view(page, file);
        assert.ok(after.root.height >= window / 2, `dragged as far as it goes, the panel (${tallest.height}) leaves the canvas half the height (${after.root.height})`);
        await s.session.shot('panel-dragged-up');
        assert.deepEqual(s.session.takeProblems(), []);
      },
    },
  ],
};

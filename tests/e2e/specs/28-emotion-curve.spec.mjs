import assert from 'node:assert/strict';
import { mod, openSession, openWorkbench, until, sleep } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { canvasSel, openOnCanvas, panBy, zoomAt } from '../canvasActions.mjs';

/**
 * The emotion curve under the map lines up with the map: each point sits at the screen x of its
 * node's centre, before and after panning and zooming; the stage boundaries match the map's stage
 * columns; a y axis in words; a legend; the whole label in a tooltip inside the curve on hover and
 * on keyboard focus; a click on a point selects its node and brings it into view.
 */
const TOLERANCE = 2;

async function shotAt(session, step, width, height) {
  await session.page.setViewportSize({ width, height });
  await session.page.waitForTimeout(150);
  await session.shot(`${step}-${width}x${height}`);
}

const viewportTransform = (page, file) => page.$eval(`${canvasSel(file)} .react-flow__viewport`, (el) => el.style.transform);

/** Wait until the map stops moving (the same transform on two polls 100 ms apart). */
async function settled(page, file) {
  let last = await viewportTransform(page, file);
  await until(async () => {
    await sleep(100);
    const now = await viewportTransform(page, file);
    const same = now === last;
    last = now;
    return same;
  }, 'the map to stop moving');
}

/** Each rendered curve point: its centre x against its node's on-screen centre x. */
const alignment = (page, file) =>
  page.evaluate((sel) => {
    const root = document.querySelector(sel);
    return [...root.querySelectorAll('[data-testid^="emotion-point-"]')].map((b) => {
      const id = b.dataset.node;
      const p = b.getBoundingClientRect();
      const n = root.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.getBoundingClientRect();
      return { id, x: p.left + p.width / 2, node: n ? n.left + n.width / 2 : null };
    });
  }, canvasSel(file));

async function assertAligned(page, file, what, atLeast = 3) {
  const points = await alignment(page, file);
  assert.ok(points.length >= atLeast, `${what}: at least ${atLeast} points on the curve (${points.length})`);
  for (const p of points) {
    assert.ok(p.node !== null, `${what}: node ${p.id} of a point is on the map`);
    assert.ok(Math.abs(p.x - p.node) <= TOLERANCE, `${what}: point ${p.id} at x ${p.x.toFixed(1)}, its node's centre at ${p.node.toFixed(1)}`);
  }
  // The stage boundaries of the curve are the map's stage columns'.
  const stages = await page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const curve = root.querySelector('[data-testid="emotion-curve"]').getBoundingClientRect();
    const lines = [...root.querySelectorAll('[data-testid="emotion-stage"] line')].map((l) => l.getBoundingClientRect().left);
    const heads = [...root.querySelectorAll('.react-flow__node[data-id^="stage:"], [data-testid^="stage-"]')]
      .filter((e) => e.closest('.react-flow__node'))
      .map((e) => e.closest('.react-flow__node').getBoundingClientRect().left)
      .filter((x) => x > curve.left + 110 && x < curve.right);
    return { lines, heads: [...new Set(heads.map((x) => Math.round(x)))] };
  }, canvasSel(file));
  for (const h of stages.heads) assert.ok(stages.lines.some((x) => Math.abs(x - h) <= TOLERANCE), `${what}: a stage boundary on the curve at the map's column edge ${h} (${stages.lines.map(Math.round)})`);
  return points;
}

/** Nodes with an emotion whose centre is inside / outside the curve's plot; points only for the inside ones. */
async function assertClipped(page, file, withEmotion) {
  const r = await page.evaluate(
    ({ sel, ids }) => {
      const root = document.querySelector(sel);
      const curve = root.querySelector('[data-testid="emotion-curve"]').getBoundingClientRect();
      const gutter = root.querySelector('.ec-gutter').getBoundingClientRect().right;
      return ids.map((id) => {
        const n = root.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.getBoundingClientRect();
        const cx = n ? n.left + n.width / 2 : NaN;
        return { id, inside: n ? cx >= gutter + 1 && cx <= curve.right - 1 : false, outside: n ? cx < gutter - 1 || cx > curve.right + 1 : false, point: !!root.querySelector(`[data-testid="emotion-point-${CSS.escape(id)}"]`) };
      });
    },
    { sel: canvasSel(file), ids: withEmotion },
  );
  for (const p of r) {
    if (p.inside) assert.ok(p.point, `a point for ${p.id}, whose node is in view`);
    if (p.outside) assert.ok(!p.point, `no point for ${p.id}, whose node is out of view`);
  }
  return r;
}

export default {
  name: 'Emotion curve: aligned with the map, axis in words, legend, tooltips, click reveals',
  sequential: true,
  async setup(env) {
    const sample = mainSample(env.root);
    const withEmotion = sample.journey.nodes.filter((n) => n.emotion !== undefined).map((n) => n.id);
    return { ...env, session: await openSession(env), sample, withEmotion, label: (id) => sample.journey.nodes.find((n) => n.id === id).label };
  },
  tests: [
    {
      name: 'opens the sample; the curve has an axis −2…+2 in words and a legend',
      async run(s) {
        const { page } = s.session;
        const file = s.sample.file;
        await openWorkbench(s.session);
        await page.keyboard.press(`${mod}+P`);
        await page.locator('[data-testid="command-palette-input"]').type(file.replace('.json', ''));
        await until(async () => (await page.locator('[data-testid="quick-item"]').first().getAttribute('data-label')) === file, 'the sample first in quick open');
        await page.keyboard.press('Enter');
        await page.waitForSelector(`${canvasSel(file)} [data-testid^="emotion-point-"]`);
        assert.ok(s.withEmotion.length >= 5, 'the sample has nodes with an emotion');
        const curve = page.locator(`${canvasSel(file)} [data-testid="emotion-curve"]`);
        const ticks = await curve.locator('[data-testid="emotion-tick"]').allTextContents();
        assert.deepEqual(
          ticks.map((t) => t.replace(/\s+/g, ' ').trim()),
          ['+2 delighted', '+1 happy', '0 neutral', '−1 unhappy', '−2 very unhappy'],
        );
        const box = await curve.boundingBox();
        const tickBoxes = await curve.locator('[data-testid="emotion-tick"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
        for (let i = 1; i < tickBoxes.length; i++) assert.ok(tickBoxes[i].top >= tickBoxes[i - 1].bottom - 1, 'axis labels do not overlap');
        for (const t of tickBoxes) assert.ok(t.top >= box.y && t.bottom <= box.y + box.height, 'axis labels inside the curve');
        const legend = curve.locator('[data-testid="emotion-legend"]');
        assert.ok(await legend.isVisible(), 'the legend is visible');
        const text = (await legend.textContent()).replace(/\s+/g, ' ');
        assert.match(text, /moment of truth/);
        assert.match(text, /hollow: emotion set by an expression/);
        const lb = await legend.boundingBox();
        assert.ok(lb.x >= box.x && lb.x + lb.width <= box.x + box.width && lb.y >= box.y, 'the legend inside the curve');
        assert.equal(await legend.locator('svg path').count(), 1, 'the legend’s star is an SVG shape');
        await settled(page, file);
        await shotAt(s.session, 'curve-opened', 1440, 900);
        await shotAt(s.session, 'curve-opened', 1280, 720);
        await page.setViewportSize({ width: 1440, height: 900 });
      },
    },
    {
      name: 'each point sits at its node’s centre x, after panning and zooming too; out-of-view points are clipped',
      async run(s) {
        const { page } = s.session;
        const file = s.sample.file;
        await settled(page, file);
        const before = await assertAligned(page, file, 'opened');
        await assertClipped(page, file, s.withEmotion);

        await panBy(page, file, -320, 0);
        await settled(page, file);
        const panned = await assertAligned(page, file, 'panned');
        const common = before.filter((p) => panned.some((q) => q.id === p.id));
        assert.ok(common.some((p) => Math.abs(panned.find((q) => q.id === p.id).x - p.x + 320) <= TOLERANCE), 'the points moved with the map');
        await assertClipped(page, file, s.withEmotion);

        const pane = await page.locator(`${canvasSel(file)} .react-flow__pane`).boundingBox();
        const zoomOf = async () => Number(/scale\(([-\d.e]+)\)/.exec(await viewportTransform(page, file))[1]);
        const z0 = await zoomOf();
        const middle = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
        await zoomAt(page, middle, async () => (await zoomOf()) >= z0 * 1.3);
        await settled(page, file);
        assert.ok((await zoomOf()) >= z0 * 1.3, 'zoomed in');
        await assertAligned(page, file, 'zoomed in', 1);
        await assertClipped(page, file, s.withEmotion);
        await page.mouse.move(middle.x, middle.y);
        for (let i = 0; i < 16 && (await zoomOf()) > z0 * 0.45; i++) {
          await page.mouse.wheel(0, 120);
          await sleep(60);
        }
        await settled(page, file);
        assert.ok((await zoomOf()) <= z0 * 0.45, 'zoomed out');
        await assertAligned(page, file, 'zoomed out', 4);
        await assertClipped(page, file, s.withEmotion);
        await shotAt(s.session, 'curve-zoomed', 1440, 900);
        await page.setViewportSize({ width: 1440, height: 900 });
      },
    },
    {
      name: 'a point is a button: the whole label on hover and focus in a tooltip inside the curve',
      async run(s) {
        const { page } = s.session;
        const file = s.sample.file;
        await settled(page, file);
        const curve = page.locator(`${canvasSel(file)} [data-testid="emotion-curve"]`);
        const box = await curve.boundingBox();
        // the rightmost point: its tooltip must not run past the right edge
        const points = await alignment(page, file);
        const last = points.reduce((a, b) => (b.x > a.x ? b : a));
        const point = curve.locator(`[data-testid="emotion-point-${last.id}"]`);
        await point.hover();
        const tip = curve.locator('[data-testid="emotion-tooltip"]');
        await until(async () => (await tip.isVisible()) && (await tip.textContent()).includes(s.label(last.id)), 'the tooltip with the whole label');
        const tb = await until(async () => {
          const b = await tip.boundingBox();
          return b && (await tip.evaluate((e) => getComputedStyle(e).visibility)) === 'visible' && b;
        }, 'the tooltip placed');
        assert.ok(tb.x >= box.x && tb.x + tb.width <= box.x + box.width + 0.5 && tb.y >= box.y - 0.5 && tb.y + tb.height <= box.y + box.height + 0.5, `the tooltip inside the curve: ${JSON.stringify(tb)} in ${JSON.stringify(box)}`);
        await shotAt(s.session, 'curve-tooltip', 1440, 900);
        await page.setViewportSize({ width: 1440, height: 900 });

        await page.mouse.move(box.x + 4, box.y - 40);
        await until(async () => !(await tip.isVisible()), 'the tooltip gone with the pointer');
        const first = points.reduce((a, b) => (b.x < a.x ? b : a));
        const fp = curve.locator(`[data-testid="emotion-point-${first.id}"]`);
        await fp.focus();
        await until(async () => (await tip.isVisible()) && (await tip.textContent()).includes(s.label(first.id)), 'the tooltip on keyboard focus');
        assert.equal(await fp.evaluate((e) => e.tagName), 'BUTTON');
        const aria = await fp.getAttribute('aria-label');
        const node = s.sample.journey.nodes.find((n) => n.id === first.id);
        assert.ok(aria.startsWith(`${s.label(first.id)}: `), `the button says the node’s label: ${aria}`);
        assert.match(aria, typeof node.emotion === 'number' ? /very unhappy|unhappy|neutral|happy|delighted/ : /expression/, 'and its emotion in words');
        const mot = s.sample.journey.nodes.find((n) => n.momentOfTruth && n.emotion !== undefined);
        // the arrow keys walk the points (the map's own arrow keys leave them alone)
        const second = [...points].sort((a, b) => a.x - b.x)[1];
        await page.keyboard.press('ArrowRight');
        await until(async () => (await page.evaluate(() => document.activeElement?.dataset?.node)) === second.id, 'ArrowRight to the next point');
        await until(async () => (await tip.textContent()).includes(s.label(second.id)), 'the tooltip follows the focus');
        assert.equal(await page.locator(`${canvasSel(file)} .react-flow__node.selected`).count(), 0, 'the arrow key did not select on the map');
        if (mot) assert.ok((await curve.locator(`[data-testid="emotion-point-${mot.id}"]`).count()) === 0 || (await curve.locator(`[data-testid="emotion-point-${mot.id}"] path`).count()) === 1, 'a moment of truth is a star');
        await page.keyboard.press('Tab');
      },
    },
    {
      name: 'a moment of truth is a star (an SVG shape), aligned with its node like the others',
      async run(s) {
        const { page } = s.session;
        const file = s.sample.file;
        const mot = s.sample.journey.nodes.find((n) => n.momentOfTruth && typeof n.emotion === 'number');
        assert.ok(mot, 'the sample has a moment of truth with an emotion');
        await page.locator(`${canvasSel(file)} [data-testid="stage-strip-item"][data-stage="${mot.stage}"]`).click();
        const point = page.locator(`${canvasSel(file)} [data-testid="emotion-point-${mot.id}"]`);
        await until(async () => (await point.count()) === 1, `the point of ${mot.id} in view`);
        await settled(page, file);
        assert.equal(await point.locator('path.ec-star').count(), 1, 'its mark is the star');
        assert.equal(await point.locator('circle.ec-dot').count(), 0, 'not a dot');
        assert.match(await point.getAttribute('aria-label'), /moment of truth/);
        const plain = s.sample.journey.nodes.find((n) => !n.momentOfTruth && n.emotion !== undefined && n.stage === mot.stage);
        if (plain) assert.equal(await page.locator(`${canvasSel(file)} [data-testid="emotion-point-${plain.id}"] path.ec-star`).count(), 0, 'other points are not stars');
        await assertAligned(page, file, 'at the moment of truth', 1);
        await point.hover();
        await until(async () => (await page.locator(`${canvasSel(file)} [data-testid="emotion-tooltip"]`).textContent()).includes('moment of truth'), 'the tooltip says moment of truth');
        await shotAt(s.session, 'curve-moment-of-truth', 1440, 900);
        await shotAt(s.session, 'curve-moment-of-truth', 1280, 720);
        await page.setViewportSize({ width: 1440, height: 900 });
        await settled(page, file);
      },
    },
    {
      name: 'a click on a point whose node is off-screen selects the node and brings it into view',
      async run(s) {
        const { page } = s.session;
        const file = s.sample.file;
        const root = page.locator(canvasSel(file));
        const offScreen = () =>
          page.evaluate((sel) => {
            const r = document.querySelector(sel);
            const pane = r.querySelector('.react-flow__pane').getBoundingClientRect();
            for (const b of r.querySelectorAll('[data-testid^="emotion-point-"]')) {
              const n = r.querySelector(`.react-flow__node[data-id="${CSS.escape(b.dataset.node)}"]`)?.getBoundingClientRect();
              if (n && (n.bottom < pane.top || n.top > pane.bottom)) return b.dataset.node;
            }
            return null;
          }, canvasSel(file));
        // pan the map up, then down, until some node with a point is above or below the pane
        let id = await offScreen();
        for (let i = 0; i < 6 && !id; i++) {
          await panBy(page, file, 0, i < 3 ? -260 : 260);
          await settled(page, file);
          id = await offScreen();
        }
        assert.ok(id, 'a point whose node is off-screen');
        await root.locator(`[data-testid="emotion-point-${id}"]`).click();
        const node = root.locator(`.react-flow__node[data-id="${id}"]`);
        await until(async () => (await node.getAttribute('class')).includes('selected'), `${id} selected`);
        await until(async () => {
          const pane = await root.locator('.react-flow__pane').boundingBox();
          const b = await node.boundingBox();
          return b && b.y >= pane.y && b.y + b.height <= pane.y + pane.height && b.x >= pane.x && b.x + b.width <= pane.x + pane.width;
        }, `${id} brought into view`);
        await settled(page, file);
        assert.equal(await page.textContent('[data-testid="inspector"] .ji-header-title'), s.label(id), 'the inspector shows the node');
        assert.equal(await root.locator(`[data-testid="emotion-point-${id}"]`).getAttribute('aria-pressed'), 'true', 'its point is marked selected');
        await assertAligned(page, file, 'revealed');
        await shotAt(s.session, 'curve-revealed', 1440, 900);
        await shotAt(s.session, 'curve-revealed', 1280, 720);
        await page.setViewportSize({ width: 1440, height: 900 });
      },
    },
    {
      name: 'points of nodes in one column with the same emotion are side by side, each its own button to click',
      async run(s) {
        const { page } = s.session;
        const file = 'contact-centre-support.journey.json';
        await openOnCanvas(page, file);
        await page.locator(`${canvasSel(file)} [data-testid="canvas-toolbar-fit-all"]`).click();
        await settled(page, file);
        const points = await page.evaluate((sel) => {
          const root = document.querySelector(sel);
          return [...root.querySelectorAll('[data-testid^="emotion-point-"]')].map((b) => {
            const r = b.getBoundingClientRect();
            const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
            return { id: b.dataset.node, x, y, width: r.width, hit: document.elementFromPoint(x, y)?.closest('button')?.dataset.node ?? null };
          });
        }, canvasSel(file));
        assert.ok(points.length >= 5, `points on the curve: ${points.length}`);
        const close = points.filter((p) => points.some((q) => q !== p && Math.abs(q.y - p.y) < 1 && Math.abs(q.x - p.x) <= p.width + 1));
        console.log(`    ${points.length} points, ${close.length} of them side by side with another at the same height`);
        assert.ok(close.length >= 2, 'the sample has points of one column at the same height');
        for (const p of points) {
          assert.equal(p.hit, p.id, `the point of ${p.id} is what is under its centre`);
          for (const q of points) if (q !== p && Math.abs(q.y - p.y) < 1) assert.ok(Math.abs(q.x - p.x) >= p.width - 0.5, `${p.id} and ${q.id} do not cover each other`);
        }
        const one = close[0];
        await page.locator(`${canvasSel(file)} [data-testid="emotion-point-${one.id}"]`).click();
        await until(async () => (await page.locator(`${canvasSel(file)} .react-flow__node[data-id="${one.id}"]`).getAttribute('class')).includes('selected'), `${one.id} selected from its point`);
        await s.session.shot('curve-points-side-by-side');
      },
    },
    {
      name: 'the emotion curve is hidden and shown from the toolbar and by Alt+E, and stays so after a reload',
      async run(s) {
        const { page } = s.session;
        const file = 'contact-centre-support.journey.json';
        const curve = page.locator(`${canvasSel(file)} [data-testid="emotion-curve"]`);
        const button = page.locator(`${canvasSel(file)} [data-testid="canvas-toolbar-emotion-curve"]`);
        assert.equal(await curve.count(), 1);
        assert.equal(await button.getAttribute('aria-pressed'), 'true');
        assert.match(await button.getAttribute('title'), /^Toggle Emotion Curve \((Alt\+E|⌥E)\)$/);
        await button.click();
        await until(async () => (await curve.count()) === 0, 'the curve hidden from the toolbar');
        assert.equal(await button.getAttribute('aria-pressed'), 'false');
        await s.session.shot('curve-hidden');
        await page.locator(`${canvasSel(file)} .react-flow__pane`).click({ position: { x: 20, y: 200 } });
        await page.keyboard.press('Alt+E');
        await until(async () => (await curve.count()) === 1, 'the curve shown by Alt+E');
        await page.keyboard.press('Alt+E');
        await until(async () => (await curve.count()) === 0, 'the curve hidden by Alt+E');
        await sleep(800); // the layout is saved after a moment
        await page.reload();
        await page.waitForSelector(`${canvasSel(file)} .react-flow__node`);
        assert.equal(await curve.count(), 0, 'still hidden after a reload (a UI setting)');
        assert.equal(await button.getAttribute('aria-pressed'), 'false');
        await button.click();
        await until(async () => (await curve.count()) === 1, 'the curve back from the toolbar');
      },
    },
  ],
};

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openSession, openWorkbench, sleep, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { canvasSel, openOnCanvas, panBy } from '../canvasActions.mjs';
import { runPalette, simulationPanel, waitForRunEnd } from '../simulationActions.mjs';

/**
 * "Where customers leave" (issue 10): after a run, the steps ranked by the customers who end there
 * without a success, each row revealing its node on the map; and the funnel by stage. Checked
 * against the run's own figures (its CSV export), at 1440×900 and 1280×720.
 */

const byId = (id) => `[data-testid="${id}"]`;

/** The run's figures from its CSV export: `section,key,segment,metric,value`, all customers only. */
function figuresOf(csv) {
  const out = {};
  for (const line of csv.split('\r\n').slice(1)) {
    const [section, key, segment, metric, value] = line.split(',');
    if (segment !== '' || !section) continue;
    ((out[section] ??= {})[key] ??= {})[metric] = value;
  }
  return out;
}

/** Customers who leave at each node, by the definition of dropOffs.ts, from the run's figures and the journey's edges. */
function expectedLeft(journey, figures) {
  const bad = (id) => figures.outcomes[id] && figures.outcomes[id].result !== 'success';
  const left = {};
  for (const node of journey.nodes) {
    if (figures.outcomes[node.id]) continue;
    const n = figures.nodes[node.id];
    left[node.id] = Number(n.stalled) + Number(n.abandoned);
  }
  for (const edge of journey.edges) if (bad(edge.to) && edge.from in left) left[edge.from] += Number(figures.edges[edge.id].count);
  return left;
}

/** The node's box lies inside the canvas's visible pane. */
async function nodeInView(page, file, id) {
  const root = page.locator(canvasSel(file));
  const node = root.locator(`.react-flow__node[data-id="${id}"]`);
  if ((await node.count()) === 0) return false;
  const [b, pane] = await Promise.all([node.boundingBox(), root.locator('.react-flow__pane').boundingBox()]);
  return !!b && !!pane && b.x >= pane.x && b.y >= pane.y && b.x + b.width <= pane.x + pane.width && b.y + b.height <= pane.y + pane.height;
}

const selectedNodes = (page, file) => page.locator(`${canvasSel(file)} .react-flow__node.selected`).evaluateAll((els) => els.map((e) => e.dataset.id));

/** Pan the map until the node is out of view (to the side away from it). */
async function panAway(page, file, id) {
  const root = page.locator(canvasSel(file));
  for (let i = 0; i < 8 && (await nodeInView(page, file, id)); i++) {
    const pane = await root.locator('.react-flow__pane').boundingBox();
    const b = await root.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
    await panBy(page, file, b.x + b.width / 2 < pane.x + pane.width / 2 ? -pane.width * 0.6 : pane.width * 0.6, 0);
  }
  assert.equal(await nodeInView(page, file, id), false, `${id} panned out of view`);
}

/** Text clipped in the element: any descendant whose content is wider than its box while it hides the overflow. */
function clippedText(page, selector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const clipped = [];
    for (const el of root?.querySelectorAll('th, td, button, span, p') ?? []) {
      const style = getComputedStyle(el);
      const hides = style.overflow !== 'visible' || style.textOverflow === 'ellipsis';
      if (hides && el.scrollWidth > el.clientWidth + 1 && el.textContent.trim()) clipped.push(el.textContent.trim().slice(0, 40));
    }
    return clipped;
  }, selector);
}

export default {
  name: 'Where customers leave: ranked steps that reveal their node, the funnel by stage',
  sequential: true,
  async setup(env) {
    return { ...env, session: await openSession(env), sample: mainSample(env.root) };
  },
  tests: [
    {
      name: 'after a run, "Where customers leave" ranks the steps as the run counts them',
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await openOnCanvas(page, s.sample.file);
        await page.click('[data-testid="activity-simulation"]');
        await page.waitForSelector('[data-testid="simulation-form"]');
        await runPalette(page, 'Run simulation', 'simulation.run');
        await waitForRunEnd(page);
        await simulationPanel(page).waitFor();

        await runPalette(page, 'where customers leave', 'simulation.showDropOffs');
        const view = page.locator(byId('drop-off-view'));
        await view.waitFor();
        assert.equal(await page.getAttribute(byId('results-view-dropOffs'), 'aria-selected'), 'true');
        const rows = view.locator(byId('drop-off-row'));
        assert.ok((await rows.count()) >= 3, `steps where customers leave (${await rows.count()})`);
        assert.ok((await rows.count()) <= 10, 'the top 10 at first');

        // The run's own figures (its CSV): the first row is the node where most customers leave.
        const [download] = await Promise.all([page.waitForEvent('download'), page.click(byId('export-csv'))]);
        const figures = figuresOf(await readFile(await download.path(), 'utf8'));
        const left = expectedLeft(s.sample.journey, figures);
        const most = Math.max(...Object.values(left));
        const first = await rows.first().getAttribute('data-node');
        assert.equal(left[first], most, `the first row (${first}: ${left[first]}) loses the most customers (${most})`);
        assert.equal(Number(await rows.first().getAttribute('data-left')), most);
        const counts = await rows.evaluateAll((els) => els.map((e) => Number(e.dataset.left)));
        assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most first');
        for (const [i, id] of (await rows.evaluateAll((els) => els.map((e) => e.dataset.node))).entries()) assert.equal(counts[i], left[id], `${id}: ${counts[i]} as the run counts ${left[id]}`);

        // Each row reads by the node's label and its stage, never only its id.
        const node = s.sample.journey.nodes.find((n) => n.id === first);
        const stage = s.sample.journey.stages.find((st) => st.id === node.stage);
        const firstText = await rows.first().textContent();
        assert.ok(firstText.includes(node.label), `the label "${node.label}" in "${firstText}"`);
        assert.ok(firstText.includes(stage.name), `the stage "${stage.name}"`);
        const total = Number(figures.run[''].customers);
        assert.match(firstText, new RegExp(`${most.toLocaleString('en-US')}.*${((100 * most) / total).toFixed(1)}%`), 'the count and its share of all customers');

        // Below: where customers wait longest, the steps with a queue by their mean wait (the CSV's queue figures).
        const waited = s.sample.journey.nodes.filter((n) => Number(figures.nodes[n.id]?.queueServed ?? 0) > 0 && Number(figures.nodes[n.id]?.queueMeanWaitMs ?? 0) > 0);
        assert.ok(waited.length > 0, 'the sample has queues where customers wait');
        const waitRows = await view.locator(byId('wait-row')).evaluateAll((els) => els.map((e) => ({ node: e.dataset.node, mean: Number(e.dataset.meanMs), p90: Number(e.dataset.p90Ms) })));
        assert.deepEqual(waitRows.map((r) => r.node).sort(), waited.map((n) => n.id).sort(), 'every step whose queue kept customers waiting');
        for (const r of waitRows) {
          assert.equal(r.mean, Number(figures.nodes[r.node].queueMeanWaitMs), `${r.node}: the mean wait of the run`);
          assert.equal(r.p90, Number(figures.nodes[r.node].queueP90WaitMs), `${r.node}: the p90 wait of the run`);
        }
        assert.deepEqual(waitRows.map((r) => r.mean), [...waitRows.map((r) => r.mean)].sort((a, b) => b - a), 'longest mean wait first');
        await sleep(200);
        await s.session.shot('where-customers-leave');
        await view.locator(byId('wait-view')).scrollIntoViewIfNeeded();
        await s.session.shot('where-customers-wait-longest');
      },
    },
    {
      name: 'a row (click, or Enter) selects its node and brings it into the visible map',
      async run(s) {
        const { page } = s.session;
        const file = s.sample.file;
        const rows = page.locator(byId('drop-off-row'));
        const first = await rows.first().getAttribute('data-node');
        await panAway(page, file, first);
        await rows.first().click();
        await until(async () => (await selectedNodes(page, file)).join() === first, `${first} selected on the map`);
        await until(() => nodeInView(page, file, first), `${first} inside the visible canvas`, 4000);
        await sleep(300);
        await s.session.shot('first-row-revealed');

        // The keyboard: Enter on the second step.
        const second = await rows.nth(1).getAttribute('data-node');
        await panAway(page, file, second);
        await rows.nth(1).locator(byId('drop-off-reveal')).focus();
        await page.keyboard.press('Enter');
        await until(async () => (await selectedNodes(page, file)).join() === second, `${second} selected with Enter`);
        await until(() => nodeInView(page, file, second), `${second} inside the visible canvas`, 4000);
        assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'drop-off-reveal', 'the focus stays on the list');
        // "Reveal Node" is a command of the palette too (the selected node).
        await panAway(page, file, second);
        await runPalette(page, 'reveal node', 'journey.revealNode');
        await until(() => nodeInView(page, file, second), `${second} revealed from the palette`, 4000);
      },
    },
    {
      name: 'the funnel by stage lists the stages in map order, each revealing its entry on the map',
      async run(s) {
        const { page } = s.session;
        const file = s.sample.file;
        // The keyboard: → on the tabs goes to the funnel.
        await page.locator(byId('results-view-dropOffs')).focus();
        await page.keyboard.press('ArrowRight');
        const view = page.locator(byId('stage-funnel-view'));
        await view.waitFor();
        assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'results-view-funnel');
        const rows = view.locator(byId('stage-funnel-row'));
        const stages = await rows.evaluateAll((els) => els.map((e) => e.dataset.stage));
        const used = s.sample.journey.stages.filter((st) => s.sample.journey.nodes.some((n) => n.stage === st.id)).map((st) => st.id);
        assert.deepEqual(stages, used, 'the stages in map order');
        const reached = await rows.evaluateAll((els) => els.map((e) => Number(e.dataset.reached)));
        assert.equal(reached[0], 1000, 'every customer reaches the first stage');
        assert.ok(reached.every((n) => n > 0), `customers reach every stage (${reached.join(', ')})`);
        await until(() => view.locator(`${byId('stage-funnel-chart')} canvas`).count().then((n) => n > 0), 'the funnel drawn by echarts', 10_000);
        await sleep(500);
        await s.session.shot('funnel-by-stage');

        // A stage's row reveals the node by which most customers enter it.
        const last = rows.last();
        await last.click();
        const id = (await selectedNodes(page, file))[0];
        const node = s.sample.journey.nodes.find((n) => n.id === id);
        assert.equal(node?.stage, stages.at(-1), `the selected node (${id}) is in the stage ${stages.at(-1)}`);
        await until(() => nodeInView(page, file, id), `${id} inside the visible canvas`, 4000);
      },
    },
    {
      name: 'both views fit at 1280×720 without clipped text; the first column stays when the table scrolls',
      async run(s) {
        const { page } = s.session;
        await page.setViewportSize({ width: 1280, height: 720 });
        await sleep(400);
        assert.deepEqual(await clippedText(page, byId('stage-funnel-view')), [], 'no clipped text in the funnel');
        await page.locator('.fv-body').evaluate((el) => el.scrollTo(0, 0));
        await sleep(200);
        await s.session.shot('funnel-1280x720');
        const [tabs, panelBox] = await Promise.all([page.locator('.dl-tabs').boundingBox(), page.locator('.ws-panel').boundingBox()]);
        assert.ok(tabs.y >= panelBox.y, 'the views’ tabs stay in view');
        const table = page.locator(byId('stage-funnel-table'));
        await table.scrollIntoViewIfNeeded();
        assert.ok(await table.isVisible(), 'the funnel’s table');
        await s.session.shot('funnel-table-1280x720');
        await page.click(byId('results-view-dropOffs'));
        await page.locator(byId('drop-off-view')).waitFor();
        await sleep(200);
        assert.deepEqual(await clippedText(page, byId('drop-off-view')), [], 'no clipped text in the list');
        const sticky = await page.locator(`${byId('drop-off-table')} tbody th`).first().evaluate((el) => getComputedStyle(el).position);
        assert.equal(sticky, 'sticky', 'the step column is sticky');
        // The table scrolls inside the view, not past the panel.
        const [wrap, panel] = await Promise.all([page.locator('.dl-wrap').first().boundingBox(), page.locator('.ws-panel').boundingBox()]);
        assert.ok(wrap.y + wrap.height <= panel.y + panel.height + 1, 'the list ends inside the panel');
        assert.ok(wrap.x + wrap.width <= panel.x + panel.width + 1, 'the list fits the panel’s width');
        const overflow = await page.locator('.dl-wrap').first().evaluate((el) => el.scrollWidth - el.clientWidth);
        assert.ok(overflow <= 1, `every column of the list fits at 1280×720 (${overflow} px more)`);
        await s.session.shot('where-customers-leave-1280x720');
        const problems = s.session.takeProblems();
        assert.deepEqual(problems, [], problems.join('\n'));
      },
    },
  ],
};

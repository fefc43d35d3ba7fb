import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { mod, openSession, openWorkbench, sleep, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { canvasSel, centerOn, clickEdgeLabel, openOnCanvas, waitForCounts } from '../canvasActions.mjs';
import { fillRunForm, runPalette, simulationPanel, waitForRunEnd } from '../simulationActions.mjs';
import { importJourney } from '../importJourney.mjs';
import { assertNoSeriousViolations } from '../axeCheck.mjs';

const { insertSplitOnEdge } = await tsImport('../../../runtime/model/ops/insertSplitOnEdge.ts', import.meta.url);
const { simulate } = await tsImport('../../../runtime/sim/index.ts', import.meta.url);

/**
 * Experiments inside the journey (issue 12), in the workbench: "Add Experiment Here" on a selected
 * edge inserts a split (A the current path, B a copy of the next step) as one undoable edit; after
 * a run, the Experiments view shows each split's variants side by side, each comparison's
 * difference with its 95% interval as a bar with error bars, and the plain sentence, with the
 * figures the simulator gives for the same journey, cohort and seed (run here in Node).
 */

const byId = (id) => `[data-testid="${id}"]`;
/** The edge the experiment goes on: the first-home invite's "book an advisor", into the advisor call. */
const EDGE = 'first-home-invite-book-advisor';
const DAY_MS = 86_400_000;

export default {
  name: 'Experiments: Add Experiment Here (one undo step), the Experiments view after a run',
  sequential: true,
  async setup(env) {
    const sample = mainSample(env.root);
    const cohort = JSON.parse(readFileSync(join(env.root, 'samples', sample.journey.cohort), 'utf8'));
    return { ...env, session: await openSession(env), sample, cohort, counts: { nodes: sample.journey.nodes.length, edges: sample.journey.edges.length } };
  },
  tests: [
    {
      name: '"Add Experiment Here" on a selected edge inserts a split with A and B as one edit; Undo removes it, Redo brings it back',
      async run(s) {
        const { page } = s.session;
        const file = s.sample.file;
        const root = page.locator(canvasSel(file));
        await openWorkbench(s.session);
        await openOnCanvas(page, file);
        await waitForCounts(page, s.counts.nodes, s.counts.edges);
        const edge = s.sample.journey.edges.find((e) => e.id === EDGE);
        await centerOn(page, file, [edge.from, edge.to]);
        await clickEdgeLabel(page, file, EDGE);
        await until(async () => (await root.locator(`.react-flow__edge.selected[data-id="${EDGE}"]`).count()) === 1, 'the edge selected');

        await runPalette(page, 'add experiment here', 'journey.addExperiment');
        // the split, B's copy of the advisor call, two variant edges and the copy of the call's one edge out
        const out = s.sample.journey.edges.filter((e) => e.from === edge.to).length;
        await waitForCounts(page, s.counts.nodes + 2, s.counts.edges + 2 + out);
        const split = root.locator('.react-flow__node[data-id="experiment"]');
        await split.waitFor();
        assert.ok(await split.evaluate((el) => el.classList.contains('selected')), 'the new split is selected');
        assert.equal(await root.locator('.react-flow__node[data-id="advisor-call-b"]').count(), 1, 'B: a copy of the next step');
        const paths = await root.locator('.react-flow__edge-path.je-path').evaluateAll((els) => els.map((p) => `${p.dataset.source}>${p.dataset.target}`));
        for (const route of [`${edge.from}>experiment`, `experiment>${edge.to}`, 'experiment>advisor-call-b']) assert.ok(paths.includes(route), `an edge ${route}`);
        // the split between the edge's ends, B's copy beside the advisor call, no card over another
        const boxes = await root.locator('.react-flow__node-journey').evaluateAll((els) => els.map((e) => ({ id: e.dataset.id, r: e.getBoundingClientRect().toJSON() })));
        for (const id of ['experiment', 'advisor-call-b']) {
          const me = boxes.find((b) => b.id === id).r;
          const over = boxes.filter((b) => b.id !== id && b.r.left < me.right && me.left < b.r.right && b.r.top < me.bottom && me.top < b.r.bottom).map((b) => b.id);
          assert.deepEqual(over, [], `no card under ${id}`);
        }
        await centerOn(page, file, ['experiment', edge.to, 'advisor-call-b']);
        await sleep(400);
        await s.session.shot('experiment-added');

        // One edit: one undo gives the journey back, one redo the experiment.
        await root.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press(`${mod}+z`);
        await waitForCounts(page, s.counts.nodes, s.counts.edges);
        assert.equal(await root.locator('.react-flow__node[data-id="experiment"]').count(), 0, 'the split gone after one undo');
        await sleep(200);
        await s.session.shot('experiment-undone');
        await page.keyboard.press(`${mod}+Shift+z`);
        await waitForCounts(page, s.counts.nodes + 2, s.counts.edges + 2 + out);
        await root.locator('.react-flow__node[data-id="experiment"]').waitFor();
      },
    },
    {
      name: 'after a run, the Experiments view shows the variants side by side, the interval bar and the sentence, as the simulator counts them',
      async run(s) {
        const { page } = s.session;
        await page.click(byId('activity-simulation'));
        await page.waitForSelector(byId('simulation-form'));
        const customers = Number((await page.inputValue(byId('sim-customers'))).replace(/,/g, ''));
        const seed = Number(await page.inputValue(byId('sim-seed')));
        await runPalette(page, 'Run simulation', 'simulation.run');
        await waitForRunEnd(page);
        await simulationPanel(page).waitFor();
        await runPalette(page, 'show experiments', 'simulation.showExperiments');
        const view = page.locator(byId('experiments-view'));
        await view.waitFor();
        assert.equal(await page.getAttribute(byId('results-view-experiments'), 'aria-selected'), 'true');

        // The same journey (the same op), cohort and seed through the simulator in Node.
        const journey = insertSplitOnEdge(s.sample.journey, EDGE).journey;
        const expected = simulate(journey, s.cohort, { customers, seed, engine: 'fast', horizonMs: 365 * DAY_MS });
        const experiment = expected.experiments.experiment;
        assert.ok(experiment, 'the simulator has the experiment');

        const card = view.locator(`${byId('experiment')}[data-split="experiment"]`);
        await card.waitFor();
        const variants = await card.locator(byId('experiment-variant')).evaluateAll((els) => els.map((e) => ({ id: e.dataset.variant, customers: Number(e.dataset.customers), goalShare: Number(e.dataset.goalShare), holdout: e.dataset.holdout })));
        assert.deepEqual(variants.map((v) => v.id), ['a', 'b'], 'A and B side by side');
        for (const v of variants) {
          assert.equal(v.customers, experiment.variants[v.id].customers, `${v.id}: customers`);
          assert.equal(v.goalShare, experiment.variants[v.id].goalShare, `${v.id}: goal share`);
          assert.ok(v.customers > 0, `${v.id} has customers`);
        }
        const rowText = await card.locator(`${byId('experiment-variants')} tbody tr`).allTextContents();
        assert.match(rowText[0], /Leads to.*Advisor discovery call.*Advisor discovery call \(B\)/, 'where each variant leads');
        assert.match(rowText[1], /Weight\s*50%\s*50%/, 'the 50/50 weights');

        // The comparison and its interval, drawn as a bar with an error bar.
        const [comparison] = experiment.comparisons;
        const row = card.locator(byId('experiment-comparison'));
        assert.equal(await row.count(), 1);
        assert.deepEqual(
          await row.evaluate((e) => [e.dataset.variant, e.dataset.against, Number(e.dataset.diff), Number(e.dataset.low), Number(e.dataset.high)]),
          [comparison.variant, comparison.against, comparison.diff, comparison.ci95[0], comparison.ci95[1]],
          'the comparison as the simulator gives it',
        );
        const chart = card.locator(`${byId('experiment-chart')} ${byId('result-chart')}`);
        await until(async () => (await chart.locator('canvas').count()) > 0 && (await chart.getAttribute('data-series')) === 'bar custom', 'the bar and its error bar drawn by echarts', 10_000);

        // The sentence: the verdict, the interval, the customers a live test needs, and the days at the cohort's rate.
        const sentence = card.locator(byId('experiment-sentence'));
        const text = await sentence.textContent();
        const verdict = await sentence.getAttribute('data-verdict');
        assert.equal(verdict, comparison.ci95[0] > 0 ? 'lift' : comparison.ci95[1] < 0 ? 'drop' : 'none');
        const pts = (x) => (x * 100).toFixed(1).replace('-', '\u2212');
        assert.ok(text.startsWith('B '), `named by the variant: ${text}`);
        assert.ok(text.includes(`(95% CI ${pts(comparison.ci95[0])} to ${pts(comparison.ci95[1])})`), `the interval in the sentence: ${text}`);
        const perDay = Math.round((customers * DAY_MS) / expected.arrivals.overMs);
        const reaching = ((experiment.variants.a.customers + experiment.variants.b.customers) * DAY_MS) / expected.arrivals.overMs;
        if (comparison.customersNeeded !== null) {
          assert.match(text, /about [\d,]+ customers per variant: with /, `the customers needed: ${text}`);
          const rate = new RegExp(`with ${perDay} arrivals a day, ([\\d.,]+) of them reaching the experiment, and a 50/50 split, (less than a day|about [\\d,.]+ (days?|years))`).exec(text);
          assert.ok(rate, `the cohort's rate (${perDay} a day) and the split's in the sentence: ${text}`);
          assert.ok(Math.abs(Number(rate[1].replace(/,/g, '')) - reaching) <= 0.5, `${reaching.toFixed(2)} a day reach the split: ${rate[1]}`);
        }
        console.log(`    ${text}`);
        await sleep(400);
        await s.session.shot('experiments-view');
        // wider, without the side bar and the inspector: the chart and the tables scrolled into view
        await page.keyboard.press(`${mod}+b`);
        await runPalette(page, 'toggle inspector', 'view.toggleInspector');
        await sleep(300);
        await card.locator(byId('experiment-chart')).scrollIntoViewIfNeeded();
        await sleep(300);
        await s.session.shot('experiments-view-wide');
        await page.keyboard.press(`${mod}+b`);
        await runPalette(page, 'toggle inspector', 'view.toggleInspector');
        if (!(await page.locator(byId('simulation-form')).isVisible())) await page.click(byId('activity-simulation'));
        await page.waitForSelector(byId('simulation-form'));
        await assertNoSeriousViolations(page, 'the Experiments view', { include: byId('simulation-panel') });
      },
    },
    {
      name: 'a journey without a split: the Experiments view says how to add one',
      async run(s) {
        const { page } = s.session;
        const file = s.sample.file;
        // undo the experiment (one step), run again: no split, no experiment
        await page.locator(`${canvasSel(file)} .react-flow__pane`).click({ position: { x: 5, y: 5 } });
        await page.keyboard.press(`${mod}+z`);
        await waitForCounts(page, s.counts.nodes, s.counts.edges);
        await runPalette(page, 'Run simulation', 'simulation.run');
        await waitForRunEnd(page);
        await runPalette(page, 'show experiments', 'simulation.showExperiments');
        const hint = page.locator(byId('experiments-empty'));
        await hint.waitFor();
        assert.match(await hint.textContent(), /no experiment.*Add Experiment Here/);
        await s.session.shot('experiments-none');
      },
    },
    {
      name: 'a split with a holdout: each variant against the holdout, the 45/45/10 split in the sentence, as the simulator counts it',
      async run(s) {
        const { page } = s.session;
        // On the first step (everybody passes it): A the current path, B its copy, a 10% holdout left to the nurture content.
        const first = s.sample.journey.edges.find((e) => e.from === s.sample.journey.start);
        const inserted = insertSplitOnEdge(s.sample.journey, first.id);
        const journey = structuredClone(inserted.journey);
        const split = journey.nodes.find((n) => n.id === inserted.splitId);
        split.label = 'Outreach test';
        split.variants = [{ id: 'a', weight: 45 }, { id: 'b', weight: 45 }, { id: 'holdout', weight: 10, holdout: true }];
        journey.edges.push({ id: 'experiment-holdout', from: split.id, to: 'nurture-content', always: true, variant: 'holdout' });
        const name = 'mortgage-holdout.journey.json';
        if (!(await page.locator(byId('explorer-import')).isVisible())) await page.click(byId('activity-explorer'));
        await importJourney(page, name, journey);
        await page.click(byId('activity-simulation'));
        await page.waitForSelector(byId('simulation-form'));
        await fillRunForm(page, { customers: '4,000' });
        const seed = Number(await page.inputValue(byId('sim-seed')));
        await runPalette(page, 'Run simulation', 'simulation.run');
        await waitForRunEnd(page);
        await runPalette(page, 'show experiments', 'simulation.showExperiments');
        const card = page.locator(`${byId('experiment')}[data-split="${split.id}"]`);
        await card.waitFor();

        const expected = simulate(journey, s.cohort, { customers: 4000, seed, engine: 'fast', horizonMs: 365 * DAY_MS }).experiments[split.id];
        const variants = await card.locator(byId('experiment-variant')).evaluateAll((els) => els.map((e) => [e.dataset.variant, Number(e.dataset.customers), e.dataset.holdout]));
        assert.deepEqual(variants, ['a', 'b', 'holdout'].map((id) => [id, expected.variants[id].customers, String(id === 'holdout')]), 'the three variants, the holdout marked');
        assert.equal(variants.reduce((n, v) => n + v[1], 0), 4000, 'every customer in one variant');
        const rows = await card.locator(byId('experiment-comparison')).evaluateAll((els) => els.map((e) => [e.dataset.variant, e.dataset.against, Number(e.dataset.diff), Number(e.dataset.low), Number(e.dataset.high)]));
        assert.deepEqual(rows, expected.comparisons.map((c) => [c.variant, c.against, c.diff, c.ci95[0], c.ci95[1]]), 'A and B each against the holdout');
        assert.deepEqual(rows.map((r) => r[1]), ['holdout', 'holdout']);
        const sentences = await card.locator(byId('experiment-sentence')).allTextContents();
        for (const [i, text] of sentences.entries()) {
          const c = expected.comparisons[i];
          const verdict = c.ci95[0] > 0 ? 'lift' : c.ci95[1] < 0 ? 'drop' : 'none';
          const effect = { lift: 'lifts success by', drop: 'lowers success by', none: 'makes no clear difference to success against the holdout' }[verdict];
          assert.ok(text.startsWith(`${c.variant.toUpperCase()} ${effect}`), `the verdict (${verdict}) in: ${text}`);
          if (verdict !== 'none') assert.ok(text.includes(verdict === 'lift' ? ' over the holdout (95% CI ' : ' against the holdout (95% CI '), `against the holdout: ${text}`);
          // everybody reaches the split: no "reaching" clause; the holdout's 10% sets the pace
          if (c.customersNeeded !== null) assert.match(text, /: with 143 arrivals a day and a 45\/45\/10 split, (less than a day|about [\d,.]+ (days?|years))\.$/, `the rate and the split: ${text}`);
          console.log(`    ${text}`);
        }
        const chart = card.locator(`${byId('experiment-chart')} ${byId('result-chart')}`);
        await until(async () => (await chart.locator('canvas').count()) > 0 && (await chart.getAttribute('data-series')) === 'bar custom', 'the bars and their error bars drawn', 10_000);
        await page.keyboard.press(`${mod}+b`);
        await runPalette(page, 'toggle inspector', 'view.toggleInspector');
        await sleep(300);
        await card.locator(byId('experiment-chart')).scrollIntoViewIfNeeded();
        await sleep(400);
        await s.session.shot('experiments-holdout');
        await assertNoSeriousViolations(page, 'the Experiments view with a holdout', { include: byId('simulation-panel') });
        const problems = s.session.takeProblems();
        assert.deepEqual(problems, [], problems.join('\n'));
      },
    },
  ],
};

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { mod, openSession, openWorkbench, sleep, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { canvasSel, zoomAt, openOnCanvas } from '../canvasActions.mjs';
import { fillRunForm, runItems, runningText, runPalette, simulationPanel, waitForRunEnd } from '../simulationActions.mjs';

/**
 * Simulation in the workbench: Run from the palette with a progress bar, the figures on the map,
 * the charts and tables of the results panel, CSV/Markdown, Cancel, and a stored run after a reload.
 */
export default {
  name: 'Simulation: run, numbers on the map, charts, cancel, reopen',
  sequential: true,
  async setup(env) {
    return { ...env, session: await openSession(env), sample: mainSample(env.root) };
  },
  tests: [
    {
      name: 'runs the sample from the palette ("Run simulation") and shows progress',
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await openOnCanvas(page, s.sample.file);
        await page.click('[data-testid="activity-simulation"]');
        await page.waitForSelector('[data-testid="simulation-form"]');
        assert.equal(await page.inputValue('[data-testid="sim-customers"]'), '1,000', 'default: 1,000 customers');
        assert.equal(await page.inputValue('[data-testid="sim-seed"]'), '1');
        assert.equal(await page.inputValue('[data-testid="sim-horizon"]'), '365d');
        assert.equal(await page.inputValue('[data-testid="sim-cohort"]'), s.sample.journey.cohort, "the journey's own cohort");
        await s.session.shot('simulation-view');
        // Large enough to watch the progress bar move.
        await fillRunForm(page, { customers: '300,000' });
        await runPalette(page, 'Run simulation', 'simulation.run', s.session);
        const text = await until(runningText(page), 'the progress bar', 10_000);
        assert.match(text, /\d+% · [\d,]+ of 300,000 customers/);
        await until(async () => Number(await page.getAttribute('[data-testid="simulation-progress"]', 'data-done').catch(() => '0')) > 0, 'customers done above 0', 10_000).catch(() => {});
        await s.session.shot('simulation-progress');
        await waitForRunEnd(page);
        assert.equal(await runItems(page).count(), 1, 'the run is stored and listed');
        assert.match(await runItems(page).first().textContent(), /\d+\.\d%.*300,000 customers · seed 1 · fast/);
      },
    },
    {
      name: 'the map shows the figures: edge volumes with %, node badges and a legend',
      async run(s) {
        const { page } = s.session;
        const canvas = page.locator(canvasSel(s.sample.file));
        const legend = canvas.locator('[data-testid="overlay-legend"]');
        await legend.waitFor();
        assert.match(await legend.textContent(), /^Simulation · 300,000 customers · line width: volume · colour: drop-off/);
        const labels = await canvas.locator('.je-label-heat').allTextContents();
        assert.ok(labels.length >= 3, `edge labels with volumes (${labels.length})`);
        assert.ok(labels.every((t) => /^[\d,]+ · \d+\.\d%$/.test(t)), `labels read "count · share": ${labels.slice(0, 4).join(' | ')}`);
        const badges = canvas.locator('[data-testid^="overlay-badge-"]');
        assert.ok((await badges.count()) >= 3, 'badges on the nodes');
        const widths = await canvas.locator('.react-flow__edge-path.je-heat').evaluateAll((paths) => paths.map((p) => parseFloat(getComputedStyle(p).strokeWidth)));
        assert.ok(Math.max(...widths) > Math.min(...widths) + 2, `edges are as wide as their volume (${Math.min(...widths)}…${Math.max(...widths)} px)`);
        await s.session.shot('overlay-dropoff');
        const pane = await canvas.locator('.react-flow__pane').boundingBox();
        await zoomAt(page, { x: pane.x + pane.width * 0.45, y: pane.y + pane.height * 0.45 }, async () => false, 3);
        await sleep(300);
        await s.session.shot('overlay-zoomed');

        // Colour by queue time, then emotion; then one segment.
        await page.click('[data-testid="heat-mode-queue"]');
        await until(async () => /colour: queue time/.test(await legend.textContent()), 'queue time in the legend');
        await s.session.shot('overlay-queue');
        await page.click('[data-testid="heat-mode-emotion"]');
        await until(async () => /colour: emotion/.test(await legend.textContent()), 'emotion in the legend');
        const segment = await page.locator('[data-testid="overlay-segment"] option').nth(1).getAttribute('value');
        await page.selectOption('[data-testid="overlay-segment"]', segment);
        await until(async () => /of 300,000 customers\)/.test(await legend.textContent()), 'the segment in the legend');
        await s.session.shot('overlay-emotion-segment');
        await page.selectOption('[data-testid="overlay-segment"]', '');
        await page.click('[data-testid="heat-mode-dropoff"]');

        // Simulation: Toggle results on the map (palette), twice.
        await runPalette(page, 'toggle results on the map', 'simulation.toggleOverlay', s.session);
        await until(async () => (await legend.count()) === 0 && (await canvas.locator('.je-label-heat').count()) === 0, 'the overlay off');
        assert.equal(await page.isChecked('[data-testid="overlay-toggle"]'), false);
        await s.session.shot('overlay-off');
        await page.click('[data-testid="overlay-toggle"]');
        await legend.waitFor();
      },
    },
    {
      name: 'the Simulation panel draws the charts (echarts) with a table beside each',
      async run(s) {
        const { page } = s.session;
        const panel = simulationPanel(page);
        await panel.waitFor();
        assert.equal(await page.getAttribute('[data-testid="panel-tab-simulation"]', 'aria-selected'), 'true', 'the Simulation tab is shown');
        const cards = panel.locator('[data-testid="result-card"]');
        assert.ok((await cards.count()) >= 5, `charts (${await cards.count()})`);
        await until(async () => (await panel.locator('[data-testid="result-chart"] canvas').count()) >= (await cards.count()), 'a canvas drawn by echarts in every chart', 10_000);
        const titles = await cards.evaluateAll((els) => els.map((e) => e.dataset.title));
        for (const t of ['Outcomes by segment', 'Time to outcome', 'Emotion by stage', 'Team utilisation', 'Queue waits', 'Cost to serve and value per customer']) assert.ok(titles.includes(t), `a chart "${t}" (${titles.join(', ')})`);
        assert.ok((await panel.locator('[data-testid="result-row"]').count()) >= 10, 'table rows');
        await sleep(400); // let the charts' entry animation end
        await s.session.shot('results-panel');
        await panel.locator('[data-testid="result-card"]').nth(1).scrollIntoViewIfNeeded();
        await sleep(300);
        await s.session.shot('results-time-to-outcome');
        await panel.locator('[data-testid="result-card"]').nth(2).scrollIntoViewIfNeeded();
        await sleep(200);
        await s.session.shot('results-panel-scrolled');
        // The charts follow the theme (each chart is made again).
        await page.click('[data-testid="status-theme"]');
        await until(async () => (await page.getAttribute('html', 'data-theme')) === 'light', 'the light theme');
        await until(async () => (await panel.locator('[data-testid="result-chart"] canvas').count()) >= (await cards.count()), 'the charts drawn again', 10_000);
        await sleep(400);
        await s.session.shot('results-light');
        await page.click('[data-testid="status-theme"]');
        await until(async () => (await page.getAttribute('html', 'data-theme')) === 'dark', 'the dark theme');
      },
    },
    {
      name: 'exports the shown result as CSV and Markdown (buttons and palette)',
      async run(s) {
        const { page } = s.session;
        const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
        assert.match(csv.suggestedFilename(), /\.csv$/);
        const csvText = await readFile(await csv.path(), 'utf8');
        assert.match(csvText, /^section,key,segment,metric,value\r\n/);
        assert.match(csvText, /run,,,customers,300000/);
        const [md] = await Promise.all([page.waitForEvent('download'), runPalette(page, 'export results as markdown', 'simulation.exportMarkdown', s.session)]);
        assert.match(md.suggestedFilename(), /\.md$/);
        const mdText = await readFile(await md.path(), 'utf8');
        assert.match(mdText, /^# .+: simulation/);
        assert.match(mdText, /## Outcomes/);
      },
    },
    {
      name: 'cancels a 2,000,000-customer run: the view says Cancelled and nothing is stored',
      async run(s) {
        const { page } = s.session;
        await fillRunForm(page, { customers: '2,000,000' });
        await page.click('[data-testid="simulation-run"]');
        await until(runningText(page), 'the progress bar', 10_000);
        await sleep(600);
        await s.session.shot('long-run-progress');
        await page.click('[data-testid="simulation-cancel"]');
        const notice = page.locator('[data-testid="simulation-notice"]');
        await until(async () => (await notice.count()) > 0 && /^Cancelled/.test(await notice.textContent()), 'Cancelled in the view', 5_000);
        assert.equal(await page.locator('[data-testid="simulation-progress"]').count(), 0, 'no progress bar after Cancel');
        await sleep(500);
        assert.equal(await runItems(page).count(), 1, 'no run was stored');
        await s.session.shot('cancelled');
      },
    },
    {
      name: 'an error is one line: a bad horizon is refused in the view, a notification and Output',
      async run(s) {
        const { page } = s.session;
        await fillRunForm(page, { customers: '1,000', horizon: 'soon' });
        assert.match(await page.textContent('[data-testid="simulation-form"] [role="alert"]'), /horizon/);
        await page.keyboard.press('F5');
        const notice = page.locator('[data-testid="simulation-notice"][data-kind="error"]');
        await notice.waitFor();
        assert.match(await notice.textContent(), /^Failed: The horizon must be a duration/);
        assert.ok(!(await notice.textContent()).includes('\n'), 'one line');
        await until(async () => (await page.locator('[data-testid="notification"]').allTextContents()).some((t) => t.includes('The horizon must be')), 'a notification');
        await page.click('[data-testid="panel-tab-output"]');
        await until(async () => (await page.locator('[data-testid="output-line"]').allTextContents()).some((t) => t.includes('Simulation: The horizon must be')), 'the line in Output');
        await s.session.shot('error');
        await fillRunForm(page, { customers: '10,000', horizon: '365d' });
        await page.click('[data-testid="panel-tab-simulation"]');
      },
    },
    {
      name: 'a stored run reopens after a reload (its results and its overlay), and says when the journey changed since',
      async run(s) {
        const { page } = s.session;
        await sleep(500); // the layout is saved
        await page.reload();
        await page.waitForSelector(`${canvasSel(s.sample.file)} .react-flow__node`);
        await page.waitForSelector('[data-testid="simulation-form"]');
        await until(async () => (await runItems(page).count()) === 1, 'the stored run listed after the reload');
        assert.equal(await page.locator(`${canvasSel(s.sample.file)} [data-testid="overlay-legend"]`).count(), 0, 'nothing on the map until a run is opened');
        await runItems(page).first().locator('.sv-run-main').click();
        await page.locator(`${canvasSel(s.sample.file)} [data-testid="overlay-legend"]`).waitFor();
        assert.ok((await page.locator(`${canvasSel(s.sample.file)} .je-label-heat`).count()) >= 3, 'edge volumes again');
        await page.click('[data-testid="panel-tab-simulation"]');
        await until(async () => (await simulationPanel(page).locator('[data-testid="result-chart"] canvas').count()) >= 5, 'the charts again', 10_000);
        assert.equal(await page.locator('[data-testid="journey-changed"]').count(), 0, 'same journey: not marked');
        await s.session.shot('reopened-after-reload');
        // Edit the journey: the run is now of an older version.
        const name = page.locator('[data-testid="inspector"] input[name="name"]');
        await name.fill(`${s.sample.journey.name} (v2)`);
        await name.press('Enter');
        await until(async () => (await page.locator('[data-testid="run-journey-changed"]').count()) === 1, '"journey changed since" on the run');
        await page.locator('[data-testid="journey-changed"]').waitFor();
        await s.session.shot('journey-changed-since');
        // Delete it.
        await runItems(page).first().hover();
        await runItems(page).first().locator('[data-testid="run-delete"]').click();
        await until(async () => (await runItems(page).count()) === 0, 'the run deleted');
        await until(async () => (await page.locator(`${canvasSel(s.sample.file)} [data-testid="overlay-legend"]`).count()) === 0, 'its overlay gone');
        await page.keyboard.press(`${mod}+z`);
      },
    },
  ],
};

import assert from 'node:assert/strict';
import { openSession, openWorkbench, sleep, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { canvasSel, openOnCanvas } from '../canvasActions.mjs';
import { recordLongTasks } from '../longTasks.mjs';
import { fillRunForm, runItems, runningText, waitForRunEnd } from '../simulationActions.mjs';

const CUSTOMERS = '100,000';
const LONG_TASK_BUDGET_MS = 200;

/** The run is in the worker: while 100,000 customers are simulated the page keeps answering. */
export default {
  name: 'Simulation: the page stays responsive during a 100,000-customer run',
  sequential: true,
  async setup(env) {
    const session = await openSession(env);
    await recordLongTasks(session.context);
    return { ...env, session, sample: mainSample(env.root) };
  },
  tests: [
    {
      name: `no long task over ${LONG_TASK_BUDGET_MS} ms on the main thread while it runs; the page answers input`,
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await openOnCanvas(page, s.sample.file);
        await page.click('[data-testid="activity-simulation"]');
        await fillRunForm(page, { customers: CUSTOMERS });
        await sleep(300);
        const started = await page.evaluate(() => performance.now());
        await page.click('[data-testid="simulation-run"]');
        await until(runningText(page), 'the progress bar', 10_000);
        await s.session.shot('running');
        // While it runs: the page answers (a click opens the Explorer and back; frames keep coming).
        const gaps = await page.evaluate(
          () =>
            new Promise((done) => {
              const gaps = [];
              let last = performance.now();
              const end = last + 600;
              const step = (t) => {
                gaps.push(t - last);
                last = t;
                if (t < end) requestAnimationFrame(step);
                else done(gaps);
              };
              requestAnimationFrame(step);
            }),
        );
        const clickStart = Date.now();
        await page.click('[data-testid="activity-explorer"]');
        await page.waitForSelector('[data-testid="view-explorer"]');
        await page.click('[data-testid="activity-simulation"]');
        await page.waitForSelector('[data-testid="simulation-form"]');
        const clickMs = Date.now() - clickStart;
        const stillRunning = (await page.locator('[data-testid="simulation-progress"]').count()) > 0;
        await waitForRunEnd(page, 60_000);
        const ended = await page.evaluate(() => performance.now());
        const tasks = await page.evaluate(() => window.__longTasks);
        const during = tasks.filter((t) => t.start >= started && t.start <= ended);
        const longest = during.length ? Math.max(...during.map((t) => t.duration)) : 0;
        console.log(
          `    100,000 customers in ${Math.round(ended - started)} ms; ${during.length} long task(s) while running, the longest ${Math.round(longest)} ms; ` +
            `longest frame gap ${Math.round(Math.max(...gaps))} ms; a view switch took ${clickMs} ms${stillRunning ? ' (mid-run)' : ''}`,
        );
        assert.equal(await runItems(page).count(), 1);
        assert.ok(longest <= LONG_TASK_BUDGET_MS, `the longest task while running was ${Math.round(longest)} ms`);
        // After the run: the results show (map and panel), also without long stalls.
        await page.locator(`${canvasSel(s.sample.file)} [data-testid="overlay-legend"]`).waitFor();
        await until(async () => (await page.locator('[data-testid="simulation-panel"] [data-testid="result-chart"] canvas').count()) >= 5, 'the charts', 10_000);
        await sleep(300);
        const after = (await page.evaluate(() => window.__longTasks)).filter((t) => t.start > ended);
        console.log(`    showing the results: ${after.length} long task(s), the longest ${Math.round(after.length ? Math.max(...after.map((t) => t.duration)) : 0)} ms`);
        await s.session.shot('responsive-results');
      },
    },
  ],
};

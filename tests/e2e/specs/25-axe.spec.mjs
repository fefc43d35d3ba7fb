import { mod, openSession, openWorkbench, sleep, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { openOnCanvas } from '../canvasActions.mjs';
import { runPalette, simulationPanel, waitForRunEnd } from '../simulationActions.mjs';
import { assertNoSeriousViolations } from '../axeCheck.mjs';

/**
 * Accessibility (issue 10): axe-core finds no serious or critical violation (WCAG 2.1 A/AA) in the
 * main views — the workbench with a journey on the canvas, the command palette open, the results
 * after a run, the Problems panel, the source editor, the cohort editor and Settings.
 */

const byId = (id) => `[data-testid="${id}"]`;

/**
 * Monaco's own DOM (its hidden textarea, its line layers, its widgets) is a third-party editor whose
 * markup we do not control; the source tab's own chrome (tab, banner, panel around the editor) is
 * still checked.
 */
const MONACO = ['.monaco-editor', '.monaco-aria-container'];


/** Show the Explorer (its activity button toggles the side bar when the Explorer is already shown). */
async function showExplorer(page) {
  if (!(await page.locator(byId('explorer-item')).first().isVisible())) await page.click(byId('activity-explorer'));
  await page.locator(byId('explorer-item')).first().waitFor();
}

/** No serious or critical violation in the page as it is now (`view` names it in the failure). */
const check = (page, view, exclude = []) => assertNoSeriousViolations(page, view, { exclude });

export default {
  name: 'Accessibility: no serious or critical axe violations in the main views',
  sequential: true,
  async setup(env) {
    return { ...env, session: await openSession(env), sample: mainSample(env.root) };
  },
  tests: [
    {
      blocking: false, // a violation here is reported; the next views are still checked
      name: 'the workbench on first start, then with a journey on the canvas (explorer, tabs, status bar)',
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await page.locator(byId('explorer-item')).first().waitFor();
        await check(page, 'the workbench on first start');
        await openOnCanvas(page, s.sample.file);
        await page.locator(`${byId('tab')}[data-kind="canvas"][data-path="${s.sample.file}"][aria-selected="true"]`).waitFor();
        await sleep(200);
        await check(page, 'the workbench with a journey on the canvas');
      },
    },
    {
      blocking: false, // a violation here is reported; the next views are still checked
      name: 'the command palette (Ctrl/Cmd+Shift+P), open',
      async run(s) {
        const { page } = s.session;
        const input = page.locator(byId('command-palette-input'));
        try {
          await page.keyboard.press(`${mod}+Shift+P`);
          await input.waitFor();
          await page.locator(byId('quick-item')).first().waitFor();
          await check(page, 'the command palette');
        } finally {
          await page.keyboard.press('Escape');
        }
        await until(async () => (await input.count()) === 0, 'the palette to close');
      },
    },
    {
      blocking: false, // a violation here is reported; the next views are still checked
      name: 'quick open (Ctrl/Cmd+P), open',
      async run(s) {
        const { page } = s.session;
        const input = page.locator(byId('command-palette-input'));
        try {
          await page.keyboard.press(`${mod}+P`);
          await input.waitFor();
          await page.locator(byId('quick-item')).first().waitFor();
          await check(page, 'quick open');
        } finally {
          await page.keyboard.press('Escape');
        }
        await until(async () => (await input.count()) === 0, 'quick open to close');
      },
    },
    {
      blocking: false, // a violation here is reported; the next views are still checked
      name: 'the Simulation view and the results panel after a run',
      async run(s) {
        const { page } = s.session;
        await page.click(byId('activity-simulation'));
        await page.waitForSelector(byId('simulation-form'));
        await runPalette(page, 'Run simulation', 'simulation.run');
        await waitForRunEnd(page);
        await simulationPanel(page).waitFor();
        await sleep(300);
        await check(page, 'the results after a run');
      },
    },
    {
      blocking: false, // a violation here is reported; the next views are still checked
      name: '"Where customers leave" after the run',
      async run(s) {
        const { page } = s.session;
        await runPalette(page, 'where customers leave', 'simulation.showDropOffs');
        await page.locator(byId('drop-off-view')).waitFor();
        await check(page, 'Where customers leave');
      },
    },
    {
      blocking: false, // a violation here is reported; the next views are still checked
      name: 'the Problems panel',
      async run(s) {
        const { page } = s.session;
        await page.click(byId('panel-tab-problems'));
        await until(async () => (await page.getAttribute(byId('panel-tab-problems'), 'aria-selected')) === 'true', 'Problems to be shown');
        await check(page, 'the Problems panel');
      },
    },
    {
      blocking: false, // a violation here is reported; the next views are still checked
      name: 'the source editor tab (Monaco’s own DOM left out)',
      async run(s) {
        const { page } = s.session;
        await showExplorer(page);
        await openOnCanvas(page, s.sample.file);
        await page.click(byId('action-open-source'));
        await page.waitForSelector(`${byId('source-editor')}[data-path="${s.sample.file}"] .monaco-editor .view-lines`);
        await sleep(200);
        await check(page, 'the source editor', MONACO);
      },
    },
    {
      blocking: false, // a violation here is reported; the next views are still checked
      name: 'the cohort editor',
      async run(s) {
        const { page } = s.session;
        const cohort = s.sample.journey.cohort;
        await showExplorer(page);
        await page.click(`${byId('explorer-item')}[data-path="${cohort}"]`);
        await page.locator(`${byId('cohort-editor')}[data-path="${cohort}"]`).waitFor();
        await sleep(300);
        await check(page, 'the cohort editor', MONACO);
      },
    },
    {
      blocking: false, // a violation here is reported; the next views are still checked
      name: 'Settings',
      async run(s) {
        const { page } = s.session;
        await page.click(byId('activity-settings'));
        await page.locator(byId('setting-currency')).waitFor();
        await check(page, 'Settings', MONACO);
        await s.session.shot('settings');
      },
    },
  ],
};

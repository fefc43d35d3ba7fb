import assert from 'node:assert/strict';
import { mod, openSession, openWorkbench, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { canvasSel } from '../canvasActions.mjs';

const TYPED = 'Typed just before the crash';

export default {
  name: 'Crash: text typed a moment before the tab dies is back',
  sequential: true,
  async setup(env) {
    return { ...env, session: await openSession(env), sample: mainSample(env.root) };
  },
  tests: [
    {
      name: 'types in the source and kills the renderer before autosave runs',
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await page.click(`[data-testid="explorer-item"][data-path="${s.sample.file}"]`);
        await page.click('[data-testid="action-open-source"]');
        const editor = page.locator(`[data-testid="source-editor"][data-path="${s.sample.file}"] .monaco-editor`);
        await editor.waitFor();
        await until(async () => (await page.textContent('[data-testid="status-save"]')) === 'Saved', 'saved');
        await editor.click({ position: { x: 200, y: 60 } });
        await page.keyboard.press(`${mod}+f`);
        await page.keyboard.type(`"name": "${s.sample.journey.name}"`);
        await page.keyboard.press('Enter');
        await page.keyboard.press('Escape');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowLeft');
        for (let i = 0; i < s.sample.journey.name.length; i++) await page.keyboard.press('Backspace');
        await page.keyboard.type(TYPED, { delay: 0 });
        assert.equal(await page.textContent('[data-testid="status-save"]'), 'Unsaved');
        const cdp = await s.session.context.newCDPSession(page);
        const crashed = new Promise((resolve) => page.once('crash', resolve));
        cdp.send('Page.crash').catch(() => {});
        await crashed;
        s.session.takeProblems(); // the crash itself is not an error of the workbench
      },
    },
    {
      name: 'a new tab finds the typed text, and says so in Output',
      async run(s) {
        const page = await s.session.context.newPage();
        s.session.page = page;
        await openWorkbench(s.session);
        await page.waitForSelector(canvasSel(s.sample.file), { timeout: 15_000 });
        await until(async () => (await page.locator('[data-testid="inspector"] input[name="name"]').inputValue()) === TYPED, 'the typed name');
        await page.click('[data-testid="panel-tab-output"]');
        await until(async () => (await page.locator('[data-testid="output-line"]').allTextContents()).some((l) => l.includes(`Recovered unsaved changes to ${s.sample.file}`)), 'the recovery in Output');
        await until(async () => (await page.textContent('[data-testid="status-save"]')) === 'Saved', 'the recovered text saved');
        await s.session.shot('recovered-after-crash');
      },
    },
  ],
};

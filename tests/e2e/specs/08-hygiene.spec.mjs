import assert from 'node:assert/strict';
import { mod, openSession, openWorkbench, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';

/** Console errors and requests off the machine fail every test (see session.mjs); this tour visits everything once more. */
export default {
  name: 'Hygiene: no console errors, no request leaves the machine, Monaco only when needed',
  sequential: true,
  async setup(env) {
    const session = await openSession(env, { colorScheme: 'light' });
    const requests = [];
    session.context.on('request', (r) => requests.push(r.url()));
    return { ...env, session, requests, sample: mainSample(env.root) };
  },
  tests: [
    {
      name: 'the first load fetches neither Monaco nor elkjs',
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await page.waitForSelector('[data-testid="journey-canvas"] .react-flow__node');
        await page.waitForTimeout(500);
        const lazy = s.requests.filter((u) => /monaco|editor\.api|\.worker|elk/i.test(u));
        assert.deepEqual(lazy, [], 'no Monaco or elk chunk on first load');
        assert.equal(await page.getAttribute('html', 'data-theme'), 'light', 'follows the system theme on first start');
        await s.session.shot('first-load-light');
      },
    },
    {
      name: 'a tour of the workbench stays on this machine and logs no error',
      async run(s) {
        const { page } = s.session;
        await page.click(`[data-testid="explorer-item"][data-path="${s.sample.file}"]`);
        await page.waitForSelector(`[data-testid="canvas-editor"][data-path="${s.sample.file}"]`);
        await page.click('[data-testid="action-open-source"]');
        await page.waitForSelector('[data-testid="source-editor"] .monaco-editor');
        // Hover for the JSON schema's documentation, and completion.
        await page.locator('[data-testid="source-editor"] .monaco-editor').click({ position: { x: 120, y: 28 } });
        await page.keyboard.press(`${mod}+Space`);
        await page.waitForTimeout(400);
        await page.keyboard.press('Escape');
        await s.session.shot('completion');
        await page.click(`[data-testid="tab"][data-kind="canvas"][data-path="${s.sample.file}"]`);
        await page.click('[data-testid="action-open-compiled"]');
        await page.waitForSelector('[data-testid="compiled-editor"] .monaco-editor');
        for (const view of ['nodes', 'simulation', 'history', 'settings', 'explorer']) {
          await page.click(`[data-testid="activity-${view}"]`);
          await page.waitForSelector(`[data-testid="view-${view}"]`);
        }
        await page.click('[data-testid="panel-tab-output"]');
        await page.click('[data-testid="panel-tab-problems"]');
        await page.click('[data-testid="status-theme"]');
        await until(async () => (await page.getAttribute('html', 'data-theme')) === 'dark', 'dark theme');
        await s.session.shot('tour-dark');
        await page.click('[data-testid="status-theme"]');
        await s.session.shot('tour-light');
        // Auto-layout loads elkjs lazily, locally.
        await page.click(`[data-testid="tab"][data-kind="canvas"][data-path="${s.sample.file}"]`);
        await page.keyboard.press(`${mod}+Shift+P`);
        await page.locator('[data-testid="command-palette-input"]').type('auto-layout');
        await page.keyboard.press('Enter');
        await page.waitForTimeout(1500);
        const external = s.requests.filter((u) => !/^(https?:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/]|data:|blob:)/.test(u));
        assert.deepEqual(external, []);
      },
    },
  ],
};

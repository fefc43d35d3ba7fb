import assert from 'node:assert/strict';
import { openSession, openWorkbench, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';

const nameInput = (page) => page.locator('[data-testid="inspector"] input[name="name"]');
const setName = async (page, value) => {
  await nameInput(page).fill(value);
  await nameInput(page).press('Enter');
};

async function openSample(page, file) {
  await page.click(`[data-testid="explorer-item"][data-path="${file}"]`);
  await page.waitForSelector(`[data-testid="canvas-editor"][data-path="${file}"] [data-testid="journey-canvas"]`);
  await nameInput(page).waitFor();
}

export default {
  name: 'Two tabs on the same file: never a silent overwrite',
  sequential: true,
  async setup(env) {
    const session = await openSession(env);
    return { ...env, session, sample: mainSample(env.root) };
  },
  tests: [
    {
      name: 'a second tab takes the first tab’s save when it has no changes of its own',
      async run(s) {
        const a = s.session.page;
        await openWorkbench(s.session);
        await openSample(a, s.sample.file);
        s.b = await s.session.context.newPage();
        await s.b.goto(s.session.baseUrl);
        await s.b.waitForSelector('[data-testid="workbench"]');
        await openSample(s.b, s.sample.file);
        await setName(a, 'Saved in tab A');
        await until(async () => (await nameInput(s.b).inputValue()) === 'Saved in tab A', 'tab B to show tab A’s save');
        await s.b.screenshot({ path: `${s.artifacts}/07-two-tabs-01-tab-b-reloaded.png` });
      },
    },
    {
      name: 'both tabs edit: one is asked "Reload theirs / Keep mine", keeping mine wins everywhere',
      async run(s) {
        const a = s.session.page;
        const b = s.b;
        await setName(a, 'Edit from A');
        await setName(b, 'Edit from B');
        const asked = await until(async () => ((await b.locator('[data-testid="conflict-dialog"]').count()) ? b : (await a.locator('[data-testid="conflict-dialog"]').count()) ? a : null), 'a conflict dialog in one tab');
        const other = asked === a ? b : a;
        const mine = asked === a ? 'Edit from A' : 'Edit from B';
        assert.match(await asked.textContent('[data-testid="conflict-dialog"]'), /changed in another tab/);
        await asked.screenshot({ path: `${s.artifacts}/07-two-tabs-02-conflict-dialog.png` });
        await asked.click('[data-testid="conflict-keep"]');
        await until(async () => (await nameInput(other).inputValue()) === mine, 'the other tab to take the kept version');
        assert.equal(await nameInput(asked).inputValue(), mine);
        await until(async () => (await asked.textContent('[data-testid="status-save"]')) === 'Saved', 'saved');
      },
    },
    {
      name: 'Reload theirs takes the other tab’s version',
      async run(s) {
        const a = s.session.page;
        const b = s.b;
        await setName(a, 'Second from A');
        await setName(b, 'Second from B');
        const asked = await until(async () => ((await b.locator('[data-testid="conflict-dialog"]').count()) ? b : (await a.locator('[data-testid="conflict-dialog"]').count()) ? a : null), 'a conflict dialog');
        const theirs = asked === a ? 'Second from B' : 'Second from A';
        await asked.click('[data-testid="conflict-reload"]');
        await until(async () => (await nameInput(asked).inputValue()) === theirs, 'their version');
        await b.close();
      },
    },
  ],
};

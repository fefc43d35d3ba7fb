import assert from 'node:assert/strict';
import { mod, openSession, openWorkbench, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';

const nameInput = (page) => page.locator('[data-testid="inspector"] input[name="name"]');

export default {
  name: 'History: a version per save, restorable (and the restore is undoable)',
  sequential: true,
  async setup(env) {
    return { ...env, session: await openSession(env), sample: mainSample(env.root) };
  },
  tests: [
    {
      name: 'lists the versions of the active file with their labels',
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await page.click(`[data-testid="explorer-item"][data-path="${s.sample.file}"]`);
        await nameInput(page).waitFor();
        await nameInput(page).fill('A new name');
        await nameInput(page).press('Enter');
        await until(async () => (await page.textContent('[data-testid="status-save"]')) === 'Saved', 'saved');
        await page.click('[data-testid="activity-history"]');
        const versions = page.locator('[data-testid="history-version"]');
        await until(async () => (await versions.count()) >= 2, 'two versions');
        const labels = await versions.allTextContents();
        assert.match(labels[0], /name/i);
        assert.match(labels[labels.length - 1], /Sample/);
        await s.session.shot('history-view');
      },
    },
    {
      name: 'restores the first version; Undo brings the edit back',
      async run(s) {
        const { page } = s.session;
        const oldest = page.locator('[data-testid="history-version"]').last();
        await oldest.hover();
        await oldest.locator('[data-testid="history-restore"]').click();
        await until(async () => (await nameInput(page).inputValue()) === s.sample.journey.name, 'the original name back');
        await page.locator('[data-testid="journey-canvas"] .react-flow__pane').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press(`${mod}+z`);
        await until(async () => (await nameInput(page).inputValue()) === 'A new name', 'the edit back after undo');
        await s.session.shot('restored-and-undone');
      },
    },
  ],
};

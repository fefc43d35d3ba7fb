import assert from 'node:assert/strict';
import { openSession, openWorkbench, until } from '../session.mjs';

const BACKUP_KEY = 'journey-studio.unsaved';

/**
 * The crash backup lives in localStorage, outside the app's control: a corrupt or hostile entry
 * (names of Object.prototype as file ids, `__proto__`, values of the wrong shape) must not break
 * the start of the workbench, nor reach the documents.
 */
export default {
  name: 'Crash backup: a hostile entry in storage does not break the start',
  sequential: true,
  async setup(env) {
    return { ...env, session: await openSession(env) };
  },
  tests: [
    {
      name: 'starts with the workspace and no error, whatever the backup holds',
      async run({ session }) {
        const { page } = session;
        await openWorkbench(session);
        const paths = () => page.$$eval('[data-testid="explorer-item"]', (els) => els.map((e) => e.dataset.path).sort());
        const before = await until(async () => {
          const p = await paths();
          return p.length > 0 && p;
        }, 'the explorer');
        const entry = { text: '{"format": "journey/1"}', baseRev: 1, at: 1 };
        const hostile = `{"__proto__": ${JSON.stringify(entry)}, "constructor": ${JSON.stringify(entry)}, "toString": ${JSON.stringify(entry)}, "x": null, "y": {"text": 5}}`;
        for (const stored of ['null', hostile]) {
          await page.evaluate(([key, value]) => localStorage.setItem(key, value), [BACKUP_KEY, stored]);
          await page.reload();
          await page.waitForSelector('[data-testid="workbench"]');
          assert.deepEqual(
            await until(async () => {
              const p = await paths();
              return p.length > 0 && p;
            }, 'the explorer after the reload'),
            before,
          );
          assert.deepEqual(await page.locator('[data-testid="notification"][data-severity="error"]').allTextContents(), []);
          assert.equal(await page.evaluate(() => ({}).text), undefined);
        }
        await session.shot('started-despite-hostile-backup');
      },
    },
  ],
};

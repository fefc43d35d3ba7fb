import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mod, openSession, openWorkbench, until } from '../session.mjs';

const explorerPaths = (page) => page.$$eval('[data-testid="explorer-item"]', (els) => els.map((e) => e.dataset.path));
const hasFile = async (page, path) => (await explorerPaths(page)).includes(path);

async function runCommand(page, title) {
  await page.keyboard.press(`${mod}+Shift+P`);
  await page.locator('[data-testid="command-palette-input"]').type(title);
  await page.keyboard.press('Enter');
}

async function answer(page, text) {
  const input = page.locator('[data-testid="command-palette-input"]');
  await input.waitFor();
  await input.fill(text);
  await page.keyboard.press('Enter');
}

async function contextMenu(page, path, item) {
  await page.click(`[data-testid="explorer-item"][data-path="${path}"]`, { button: 'right' });
  await page.click(`.ws-menu [role="menuitem"]:has-text("${item}")`);
}

export default {
  name: 'Explorer: new, rename, duplicate, delete (undoable), export',
  sequential: true,
  async setup(env) {
    return { ...env, session: await openSession(env) };
  },
  tests: [
    {
      name: 'creates a new journey from the palette and opens it',
      async run({ session }) {
        const { page } = session;
        await openWorkbench(session);
        await page.waitForSelector('[data-testid="journey-canvas"]');
        await runCommand(page, 'new journey');
        await session.shot('new-journey-prompt');
        await answer(page, 'Onboarding flow');
        await until(() => hasFile(page, 'onboarding-flow.journey.json'), 'the new file');
        await page.waitForSelector('[data-testid="canvas-editor"][data-path="onboarding-flow.journey.json"] [data-testid="node-first-visit"]');
        await until(async () => (await page.textContent('[data-testid="status-save"]')) === 'Saved', 'saved');
        await session.shot('new-journey');
      },
    },
    {
      name: 'renames it with F2',
      async run({ session }) {
        const { page } = session;
        await page.click('[data-testid="explorer-item"][data-path="onboarding-flow.journey.json"]');
        await page.keyboard.press('F2');
        await answer(page, 'welcome-flow');
        await until(() => hasFile(page, 'welcome-flow.journey.json'), 'the renamed file');
        assert.ok(!(await hasFile(page, 'onboarding-flow.journey.json')));
        await page.waitForSelector('[data-testid="tab"][data-path="welcome-flow.journey.json"]');
      },
    },
    {
      name: 'duplicates it',
      async run({ session }) {
        const { page } = session;
        await contextMenu(page, 'welcome-flow.journey.json', 'Duplicate');
        await until(() => hasFile(page, 'welcome-flow-copy.journey.json'), 'the copy');
      },
    },
    {
      name: 'deletes it, and Undo in the notification brings it back',
      async run({ session }) {
        const { page } = session;
        await contextMenu(page, 'welcome-flow-copy.journey.json', 'Delete');
        await until(async () => !(await hasFile(page, 'welcome-flow-copy.journey.json')), 'the file to go');
        await session.shot('deleted-with-undo');
        await page.click('[data-testid="notification"] button:has-text("Undo")');
        await until(() => hasFile(page, 'welcome-flow-copy.journey.json'), 'the file back');
      },
    },
    {
      name: 'deletes it again, and File: Restore Deleted File brings it back',
      async run({ session }) {
        const { page } = session;
        await contextMenu(page, 'welcome-flow-copy.journey.json', 'Delete');
        await until(async () => !(await hasFile(page, 'welcome-flow-copy.journey.json')), 'the file to go');
        await runCommand(page, 'restore deleted');
        await until(() => hasFile(page, 'welcome-flow-copy.journey.json'), 'the file back');
      },
    },
    {
      name: 'exports a file as a download',
      async run({ session }) {
        const { page } = session;
        const download = page.waitForEvent('download');
        await contextMenu(page, 'welcome-flow.journey.json', 'Export');
        const d = await download;
        assert.equal(d.suggestedFilename(), 'welcome-flow.journey.json');
        const doc = JSON.parse(readFileSync(await d.path(), 'utf8'));
        assert.equal(doc.format, 'journey/1');
        assert.equal(doc.id, 'onboarding-flow');
      },
    },
    {
      name: 'creates a cohort',
      async run({ session }) {
        const { page } = session;
        await page.click('[data-testid="explorer-new-cohort"]');
        await answer(page, 'Young savers');
        await until(() => hasFile(page, 'young-savers.cohort.json'), 'the cohort');
        // A cohort opens in the cohort editor (its JSON is in the Source tab).
        await page.waitForSelector('[data-testid="cohort-editor"][data-path="young-savers.cohort.json"] [data-testid="segment-share-0"]');
        await session.shot('new-cohort');
      },
    },
  ],
};

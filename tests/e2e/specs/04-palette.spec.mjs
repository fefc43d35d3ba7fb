import assert from 'node:assert/strict';
import { mod, openSession, openWorkbench, until } from '../session.mjs';

export default {
  name: 'Command palette and quick open',
  sequential: true,
  async setup(env) {
    return { ...env, session: await openSession(env) };
  },
  tests: [
    {
      name: 'opens the palette (Ctrl/Cmd+Shift+P), lists commands with their keys, runs one',
      async run({ session }) {
        const { page } = session;
        await openWorkbench(session);
        await page.waitForSelector('[data-testid="journey-canvas"]');
        await page.keyboard.press(`${mod}+Shift+P`);
        const input = page.locator('[data-testid="command-palette-input"]');
        await input.waitFor();
        assert.equal(await input.inputValue(), '>');
        const items = await page.locator('[data-testid="quick-item"]').allTextContents();
        assert.ok(items.length > 20, `many commands (${items.length})`);
        assert.ok(items.some((t) => t.includes('Undo') && /Ctrl\+Z|⌘Z/.test(t)), 'Undo with its key binding');
        await session.shot('palette-open');
        const theme = await page.getAttribute('html', 'data-theme');
        await input.type('toggle theme');
        await session.shot('palette-filtered');
        const first = await page.locator('[data-testid="quick-item"]').first().getAttribute('data-id');
        assert.equal(first, 'view.toggleTheme');
        await page.keyboard.press('Enter');
        await until(async () => (await page.getAttribute('html', 'data-theme')) !== theme, 'the theme to change');
        assert.equal(await page.locator('[data-testid="command-palette"]').count(), 0);
        await session.shot('theme-toggled');
      },
    },
    {
      name: 'F1 opens it too; Escape closes it',
      async run({ session }) {
        const { page } = session;
        await page.keyboard.press('F1');
        await page.locator('[data-testid="command-palette-input"]').waitFor();
        await page.keyboard.press('Escape');
        await until(async () => (await page.locator('[data-testid="command-palette"]').count()) === 0, 'the palette to close');
      },
    },
    {
      name: 'quick open (Ctrl/Cmd+P) opens a file by name',
      async run({ session }) {
        const { page } = session;
        await page.keyboard.press(`${mod}+P`);
        const input = page.locator('[data-testid="command-palette-input"]');
        await input.waitFor();
        await input.type('grocery');
        await session.shot('quick-open');
        const target = await page.locator('[data-testid="quick-item"]').first().getAttribute('data-label');
        assert.match(target, /grocery/);
        await page.keyboard.press('Enter');
        await until(async () => (await page.locator(`[data-testid="tab"][data-path="${target}"][aria-selected="true"]`).count()) > 0, `${target} open in the active tab`);
      },
    },
    {
      name: 'the theme persists across a reload',
      async run({ session }) {
        const { page } = session;
        const theme = await page.getAttribute('html', 'data-theme');
        await page.waitForTimeout(400);
        await page.reload();
        await page.waitForSelector('[data-testid="workbench"]');
        await until(async () => (await page.getAttribute('html', 'data-theme')) === theme, `the ${theme} theme after reload`);
        await session.shot('theme-after-reload');
      },
    },
  ],
};

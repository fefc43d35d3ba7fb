import assert from 'node:assert/strict';
import { mod, openSession, openWorkbench, until } from '../session.mjs';
import { emptyCell, mainSample } from '../samples.mjs';
import { canvasSel, cellCenter, dropFromPalette, problemRows } from '../canvasActions.mjs';

/** The visible text of a Monaco editor (it draws spaces as no-break spaces). */
const monacoText = async (page, selector) => ((await page.locator(`${selector} .monaco-editor .view-lines`).textContent()) ?? '').replace(/\u00a0/g, ' ');

export default {
  name: 'Problems panel and the compiled XState module',
  sequential: true,
  async setup(env) {
    const session = await openSession(env);
    return { ...env, session, mod, sample: mainSample(env.root) };
  },
  tests: [
    {
      name: 'a problem click selects its node on the canvas and reveals its line in the source',
      async run(s) {
        const { page } = s.session;
        const file = s.sample.file;
        await openWorkbench(s.session);
        await page.click(`[data-testid="explorer-item"][data-path="${file}"]`);
        await page.waitForSelector(canvasSel(file));
        await page.click('[data-testid="activity-nodes"]');
        const cell = emptyCell(s.sample.journey);
        await dropFromPalette(page, file, 'touchpoint', await cellCenter(page, file, cell.stage, cell.lane));
        await page.waitForSelector(`${canvasSel(file)} [data-testid="node-new-touchpoint"]`);
        // Deselect, open the source beside the canvas.
        await page.locator(`${canvasSel(file)} .react-flow__pane`).click({ position: { x: 5, y: 5 } });
        await page.click('[data-testid="action-open-source"]');
        await page.waitForSelector(`[data-testid="source-editor"][data-path="${file}"] .monaco-editor`);
        const row = page.locator('[data-testid="problem"][data-code="J014"][data-node="new-touchpoint"]');
        await row.waitFor();
        const where = /Ln (\d+), Col (\d+)/.exec(await row.textContent());
        await row.click();
        await page.waitForSelector(`${canvasSel(file)} .react-flow__node.selected[data-id="new-touchpoint"]`);
        await until(async () => (await page.locator(`[data-testid="source-editor"][data-path="${file}"] .active-line-number`).first().textContent())?.trim() === where[1], `line ${where[1]} active in the source`);
        assert.ok((await monacoText(page, `[data-testid="source-editor"][data-path="${file}"]`)).includes('"id": "new-touchpoint"'));
        await s.session.shot('problem-revealed');
        // Leave the sample as it was.
        await page.locator(`${canvasSel(file)} .react-flow__pane`).click({ position: { x: 5, y: 5 } });
        await page.keyboard.press(`${mod}+z`);
        await until(async () => !(await problemRows(page)).some((r) => r.node === 'new-touchpoint'), 'the problem to go after undo');
      },
    },
    {
      name: 'the source offers the journey schema: hover documentation and completion',
      async run(s) {
        const { page } = s.session;
        const source = page.locator(`[data-testid="source-editor"][data-path="${s.sample.file}"] .monaco-editor`);
        await source.click({ position: { x: 200, y: 60 } });
        await page.keyboard.press(`${s.mod}+Home`);
        const line = source.locator('.view-line', { hasText: `"${s.sample.journey.id}"` }).filter({ hasText: '"id"' }).first();
        const box = await until(() => line.locator('span', { hasText: /^"id"$/ }).first().boundingBox(), 'the journey’s "id" key in view');
        await page.mouse.move(box.x + 2, box.y + box.height / 2);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await until(async () => (await page.locator('.monaco-hover').allTextContents()).some((t) => t.includes('slug')), 'the hover from the schema');
        await s.session.shot('schema-hover');
        // Completion of an enum value (the channel of a touchpoint).
        const journey = s.sample.journey;
        const touchpoint = journey.nodes.find((n) => n.kind === 'touchpoint' && n.channel);
        await page.keyboard.press(`${s.mod}+f`);
        await page.keyboard.type(`"channel": "${touchpoint.channel}"`);
        await page.keyboard.press('Enter');
        await page.keyboard.press('Escape');
        // The cursor after the closing quote: step inside, delete the value, ask for completions.
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowLeft');
        for (let i = 0; i < touchpoint.channel.length; i++) await page.keyboard.press('Backspace');
        await page.keyboard.press(`${s.mod}+Space`);
        await until(async () => (await page.locator('.suggest-widget .monaco-list-row').allTextContents()).some((t) => t.includes('"phone"')), 'channel completions');
        await s.session.shot('schema-completion');
        await page.keyboard.press('Escape');
        await page.keyboard.type(touchpoint.channel);
      },
    },
    {
      name: 'the compiled XState module opens read-only and follows edits live',
      async run(s) {
        const { page } = s.session;
        const file = s.sample.file;
        await page.click('[data-testid="tab"][data-kind="canvas"][data-path="' + file + '"]');
        await page.click('[data-testid="action-open-compiled"]');
        const compiled = `[data-testid="compiled-editor"][data-path="${file}"]`;
        await page.waitForSelector(`${compiled} .monaco-editor`);
        await until(async () => (await monacoText(page, compiled)).includes(s.sample.journey.name), 'the compiled module');
        await s.session.shot('compiled-module');
        // Live: rename the journey in the inspector (nothing selected on the canvas).
        await page.click('[data-testid="tab"][data-kind="canvas"][data-path="' + file + '"]');
        const name = page.locator('[data-testid="inspector"] input[name="name"]');
        await name.fill('Renamed for the compiler');
        await name.press('Enter');
        await until(async () => (await monacoText(page, compiled)).includes('Renamed for the compiler'), 'the compiled module to follow');
        // Read-only: typing changes nothing.
        await page.locator(`${compiled} .monaco-editor`).click({ position: { x: 200, y: 40 } });
        await page.keyboard.type('zzz');
        assert.ok(!(await monacoText(page, compiled)).includes('zzz'));
        await s.session.shot('compiled-follows');
      },
    },
  ],
};

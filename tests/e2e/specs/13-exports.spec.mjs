import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { mod, openSession, openWorkbench, until } from '../session.mjs';
import { emptyCell, mainSample } from '../samples.mjs';
import { canvasSel, cellCenter, dropFromPalette, openOnCanvas } from '../canvasActions.mjs';
import { driverSource, runTsx, runVitest, scratchPackage, writeText } from '../exportedModule.mjs';

/** Runs a command from the palette and returns the download it starts. */
async function downloadFromPalette(page, title) {
  await page.keyboard.press(`${mod}+Shift+P`);
  const input = page.locator('[data-testid="command-palette-input"]');
  await input.fill(`>${title}`);
  await until(async () => (await page.locator('[data-testid="quick-item"]').first().textContent())?.includes(title), `"${title}" first in the palette`);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.keyboard.press('Enter')]);
  return download;
}

/** Picks an item of the editor's Export menu and returns its download. */
async function downloadFromMenu(page, label, session) {
  await page.click('[data-testid="action-export"]');
  const item = page.getByRole('menuitem', { name: label, exact: true });
  await item.waitFor();
  if (session) await session.shot('export-menu');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), item.click()]);
  return download;
}

const pngSize = (bytes) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

export default {
  name: 'Exports: XState module, JSON, Mermaid, pictures of the map, generated tests',
  sequential: true,
  async setup(env) {
    const session = await openSession(env);
    return { ...env, session, sample: mainSample(env.root), dir: scratchPackage(env.root, 'exports') };
  },
  tests: [
    {
      name: 'the XState TypeScript module from the palette runs with plain xstate to an outcome',
      async run(s) {
        const { page } = s.session;
        const { file, journey } = s.sample;
        await openWorkbench(s.session);
        await openOnCanvas(page, file);
        const download = await downloadFromPalette(page, 'Export XState TypeScript');
        assert.equal(download.suggestedFilename(), `${journey.id}.machine.ts`);
        await download.saveAs(join(s.dir, `${journey.id}.machine.ts`));
        const customer = { segment: 'first-time', income: 60000, creditScore: 720, digital: true, employment: 'employed' };
        writeText(join(s.dir, 'drive.ts'), driverSource(`${journey.id}.machine.ts`, customer, ['START_APPLICATION', 'SUBMIT_APPLICATION', 'DOCS_UPLOADED', 'OFFER_ACCEPTED']));
        const run = JSON.parse(runTsx(s.root, s.dir, 'drive.ts'));
        assert.equal(run.status, 'done', `the machine finished (${run.seen.join(' → ')})`);
        assert.equal(run.output.outcome, 'mortgage-opened');
        assert.equal(run.output.result, 'success');
        await s.session.shot('module-exported');
      },
    },
    {
      name: 'the Export menu of the editor downloads the machine JSON and Mermaid',
      async run(s) {
        const { page } = s.session;
        const { journey } = s.sample;
        const json = await downloadFromMenu(page, 'XState machine JSON (.machine.json)', s.session);
        assert.equal(json.suggestedFilename(), `${journey.id}.machine.json`);
        const machine = JSON.parse(readFileSync(await json.path(), 'utf8'));
        assert.ok(JSON.stringify(machine).includes('"mortgage-opened"'), 'the outcome in the machine JSON');
        const mermaid = await downloadFromMenu(page, 'Mermaid state diagram (.mmd)');
        assert.equal(mermaid.suggestedFilename(), `${journey.id}.mmd`);
        assert.match(readFileSync(await mermaid.path(), 'utf8'), /^stateDiagram-v2/m);
      },
    },
    {
      name: 'the generated tests pass against the exported module',
      async run(s) {
        const { page } = s.session;
        const { journey } = s.sample;
        const tests = await downloadFromPalette(page, 'Export Generated Tests');
        assert.equal(tests.suggestedFilename(), `${journey.id}.test.ts`);
        await tests.saveAs(join(s.dir, `${journey.id}.test.ts`));
        const text = readFileSync(join(s.dir, `${journey.id}.test.ts`), 'utf8');
        assert.ok(text.includes(`./${journey.id}.machine`), 'imports the exported module');
        const out = runVitest(s.root, s.dir);
        assert.match(out, /passed/);
      },
    },
    {
      name: 'SVG and PNG of the whole map (light theme: a light background)',
      async run(s) {
        const { page } = s.session;
        const { journey } = s.sample;
        await page.click('[data-testid="status-theme"]');
        await until(async () => (await page.getAttribute('html', 'data-theme')) === 'light', 'the light theme');
        const svg = await downloadFromMenu(page, 'Map as SVG');
        assert.equal(svg.suggestedFilename(), `${journey.id}.svg`);
        const svgText = readFileSync(await svg.path(), 'utf8');
        assert.match(svgText, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        for (const n of journey.nodes.slice(0, 3)) assert.ok(svgText.includes(n.label.replace(/&/g, '&amp;')), `the SVG shows “${n.label}”`);
        assert.ok(svgText.includes(journey.nodes.at(-1).label.replace(/&/g, '&amp;')), 'the SVG shows the last node (the whole map, not the viewport)');
        const png = await downloadFromPalette(page, 'Export PNG');
        assert.equal(png.suggestedFilename(), `${journey.id}.png`);
        const bytes = readFileSync(await png.path());
        assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG signature');
        const { width, height } = pngSize(bytes);
        assert.ok(width > 1500 && height > 600, `a picture of the whole map (${width}×${height})`);
        copyFileSync(await png.path(), join(s.artifacts, `${s.spec}-map.png`));
        copyFileSync(await svg.path(), join(s.artifacts, `${s.spec}-map.svg`));
        await s.session.shot('pictures-exported');
        await page.click('[data-testid="status-theme"]');
      },
    },
    {
      name: 'refused, naming the first error, while the journey has errors',
      async run(s) {
        const { page } = s.session;
        const { file, journey } = s.sample;
        await page.click('[data-testid="activity-nodes"]');
        const cell = emptyCell(journey);
        await dropFromPalette(page, file, 'touchpoint', await cellCenter(page, file, cell.stage, cell.lane));
        await page.waitForSelector(`${canvasSel(file)} [data-testid="node-new-touchpoint"]`);
        await page.click('[data-testid="action-export"]');
        await page.getByRole('menuitem', { name: 'XState TypeScript module (.machine.ts)', exact: true }).click();
        const toast = page.locator('[data-testid="notification"][data-severity="error"]').last();
        await toast.waitFor();
        assert.match(await toast.textContent(), /Cannot export .* has errors\. First: J0\d\d/);
        await s.session.shot('export-refused');
        await page.locator(`${canvasSel(file)} .react-flow__pane`).click({ position: { x: 5, y: 5 } });
        await page.keyboard.press(`${mod}+z`);
        rmSync(s.dir, { recursive: true, force: true });
      },
    },
  ],
};

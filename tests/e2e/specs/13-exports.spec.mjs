// The exports, through the app's own commands. The picture timings: this machine may be shared (CI
// must pass while two other processes keep both cores busy), so, as in 09-performance, each timing
// is measured in up to 3 attempts, each reported, and the best one counts: the SVG under its 1 s
// target and no long task over 200 ms (best of 3); the PNG under 3× its 3 s target, a bound that a
// real regression crosses and machine load does not. The targets themselves are checked by the
// benchmark: `npm run bench -- picturePng`. Every check of what the pictures are stays exact.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { mod, openSession, openWorkbench, until } from '../session.mjs';
import { recordLongTasks } from '../longTasks.mjs';
import { checkSvg, pngSize, timedPicture } from '../pictureExport.mjs';
import { PICTURE_TARGETS, timePictures, timingFigures } from '../pictureTiming.mjs';
import { importJourney } from '../importJourney.mjs';
import { emptyCell, mainSample } from '../samples.mjs';
import { canvasSel, cellCenter, dropFromPalette, openOnCanvas } from '../canvasActions.mjs';
import { runPalette, waitForRunEnd } from '../simulationActions.mjs';
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

const SVG_BUDGET_MS = PICTURE_TARGETS.svgMs;
/** The PNG's bound here: 3× its target (the target is the benchmark's). */
const PNG_BOUND_MS = 3 * PICTURE_TARGETS.pngMs;
const LONG_TASK_BUDGET_MS = PICTURE_TARGETS.longTaskMs;
const BIG_FILE = 'generated-300.journey.json';
const { generateLargeJourney } = await tsImport('../../../runtime/testing/generateLargeJourney.ts', import.meta.url);

const xmlEscape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** Runs a command from the palette (no download expected). */
async function runFromPalette(page, title) {
  await page.keyboard.press(`${mod}+Shift+P`);
  const input = page.locator('[data-testid="command-palette-input"]');
  await input.fill(`>${title}`);
  await until(async () => (await page.locator('[data-testid="quick-item"]').first().textContent())?.includes(title), `"${title}" first in the palette`);
  await page.keyboard.press('Enter');
}

/** Whether the best of some attempts is within what this test asserts (then no more attempts). */
function withinBounds(attempts) {
  const f = timingFigures(attempts);
  return f.svgMs.best < SVG_BUDGET_MS && f.pngMs.best < PNG_BOUND_MS && f.longestTaskMs.best <= LONG_TASK_BUDGET_MS;
}

const reportAttempt = (what) => (a, n) => console.log(`    ${what}, attempt ${n}: SVG ${a.svg.ms} ms, PNG ${a.png.ms} ms, longest task ${a.longest} ms; PNG on the page: ${a.png.phases}`);

/** The timings, best of the attempts: SVG under its target, PNG under its bound, no long task over the budget. */
function assertTimings(what, attempts) {
  const f = timingFigures(attempts);
  const n = attempts.length;
  if (f.pngMs.best >= PICTURE_TARGETS.pngMs) console.log(`    ${what}: the PNG took ${f.pngMs.best} ms at best, over its ${PICTURE_TARGETS.pngMs} ms target on this machine now (the target is checked by \`npm run bench -- picturePng\`)`);
  assert.ok(f.svgMs.best < SVG_BUDGET_MS, `${what}: SVG in ${f.svgMs.best} ms, best of ${n}`);
  assert.ok(f.pngMs.best < PNG_BOUND_MS, `${what}: PNG in ${f.pngMs.best} ms, best of ${n}: over 3× its ${PICTURE_TARGETS.pngMs} ms target, a regression (measure: npm run bench -- picturePng)`);
  assert.ok(f.longestTaskMs.best <= LONG_TASK_BUDGET_MS, `${what}: a long task over ${LONG_TASK_BUDGET_MS} ms in every attempt (${f.longestTaskMs.runs.join(', ')} ms)`);
}

/** Keeps a picture in the artifacts and opens it on its own in the browser (a page showing only the file) for a screenshot. */
async function keepAndLook(s, from, name, size, view = size) {
  const file = join(s.artifacts, name);
  copyFileSync(from, file);
  const page = await s.browser.newPage({ viewport: { width: Math.min(view.width, 4000), height: Math.min(view.height, 3000) } });
  try {
    await page.goto(pathToFileURL(file).href);
    await page.screenshot({ path: join(s.artifacts, `${name.replace(/\./g, '-')}-opened.png`) });
  } finally {
    await page.close();
  }
}

export default {
  name: 'Exports: XState module, JSON, Mermaid, pictures of the map (drawn from the journey), generated tests',
  sequential: true,
  async setup(env) {
    const session = await openSession(env);
    await recordLongTasks(session.context);
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
      name: 'SVG and PNG of the main sample from the Export menu: drawn from the journey, text as text, the PNG at 2×',
      blocking: false,
      async run(s) {
        const { page } = s.session;
        const { journey } = s.sample;
        // The dark theme: the picture still comes on a light background (the default choice).
        assert.notEqual(await page.getAttribute('html', 'data-theme'), 'light');
        const attempts = await timePictures(page, journey.id, { enough: withinBounds, report: reportAttempt('main sample') });
        for (const { svg, png } of attempts) {
          const svgText = readFileSync(svg.path, 'utf8');
          const size = checkSvg(svgText);
          assert.ok(svgText.includes(`fill="${'#fbfbfc'}"`), 'the light background in the dark theme');
          for (const n of journey.nodes) assert.ok(svgText.includes(`>${xmlEscape(n.label).slice(0, 12)}`), `the SVG shows “${n.label}” as text`);
          assert.ok(svgText.includes(`>${xmlEscape(journey.name)}</text>`), 'the title block names the journey');
          const bytes = readFileSync(png.path);
          assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG signature');
          assert.deepEqual(pngSize(bytes), { width: size.width * 2, height: size.height * 2 }, 'the PNG is the SVG at 2×');
        }
        const { svg, png } = attempts[0];
        const svgText = readFileSync(svg.path, 'utf8');
        const size = checkSvg(svgText);
        const bytes = readFileSync(png.path);
        console.log(`    main sample: SVG ${size.width}×${size.height}, ${(svgText.length / 1024).toFixed(0)} KB; PNG ${size.width * 2}×${size.height * 2}, ${(bytes.length / 1024).toFixed(0)} KB`);
        await s.session.shot('pictures-exported');
        await keepAndLook(s, svg.path, `${s.spec}-map.svg`, size);
        await keepAndLook(s, png.path, `${s.spec}-map.png`, { width: size.width * 2, height: size.height * 2 });
        assertTimings('main sample', attempts);
      },
    },
    {
      name: 'the picture dialog (from the palette) exports the visible area as SVG, and remembers the choice',
      async run(s) {
        const { page } = s.session;
        const { journey } = s.sample;
        await runFromPalette(page, 'Export Map Picture…');
        const dialog = page.locator('[data-testid="picture-dialog"]');
        await dialog.waitFor();
        await page.check('[data-testid="picture-format-svg"]');
        await page.check('[data-testid="picture-area-visible"]');
        await s.session.shot('picture-dialog');
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.click('[data-testid="picture-export"]')]);
        assert.equal(download.suggestedFilename(), `${journey.id}.svg`);
        const text = readFileSync(await download.path(), 'utf8');
        checkSvg(text);
        assert.match(text, /part of the map/, 'the title says it is a part of the map');
        const visible = await page.locator(`${canvasSel(s.sample.file)} .react-flow__node-journey`).count();
        assert.ok((text.match(/class="node"/g) ?? []).length < journey.nodes.length || visible >= journey.nodes.length, 'only the nodes in view');
        copyFileSync(await download.path(), join(s.artifacts, `${s.spec}-visible.svg`));
        await runFromPalette(page, 'Export Map Picture…');
        await dialog.waitFor();
        assert.ok(await page.isChecked('[data-testid="picture-area-visible"]'), 'the choice is remembered');
        await page.check('[data-testid="picture-area-whole"]');
        await page.check('[data-testid="picture-format-png"]');
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        // Back to the whole map for the other tests (the dialog remembers only what was exported).
        await runFromPalette(page, 'Export Map Picture…');
        await dialog.waitFor();
        await page.check('[data-testid="picture-area-whole"]');
        const [whole] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.click('[data-testid="picture-export"]')]);
        assert.doesNotMatch(readFileSync(await whole.path(), 'utf8'), /part of the map/);
      },
    },
    {
      name: 'after a simulation run the picture shows the overlay the canvas shows, with its legend',
      blocking: false,
      async run(s) {
        const { page } = s.session;
        const { journey } = s.sample;
        await page.click('[data-testid="activity-simulation"]');
        await page.waitForSelector('[data-testid="simulation-form"]');
        await runPalette(page, 'Run simulation', 'simulation.run');
        await waitForRunEnd(page);
        const legend = page.locator(`${canvasSel(s.sample.file)} [data-testid="overlay-legend"] .jo-legend-text`);
        await legend.waitFor();
        const legendText = (await legend.textContent()).trim();
        assert.match(legendText, /^Simulation · 1,000 customers/);
        const svg = await timedPicture(page, 'Map as SVG', `${journey.id}.svg`);
        const text = readFileSync(svg.path, 'utf8');
        const size = checkSvg(text);
        assert.ok(text.includes('class="overlay-legend" data-source="simulation"'), 'the legend is drawn');
        assert.ok(text.includes(`>${xmlEscape(legendText)}</text>`), `the legend reads “${legendText}”`);
        assert.match(text, /run 1,000 customers · seed 1/, 'the title block names the run');
        const png = await timedPicture(page, 'Map as PNG', `${journey.id}.png`);
        assert.deepEqual(pngSize(readFileSync(png.path)), { width: size.width * 2, height: size.height * 2 }, 'the PNG is the SVG at 2×');
        await keepAndLook(s, svg.path, `${s.spec}-overlay.svg`, size);
        await keepAndLook(s, png.path, `${s.spec}-overlay.png`, { width: size.width * 2, height: size.height * 2 });
        await page.click('[data-testid="activity-explorer"]');
      },
    },
    {
      name: `SVG and PNG of a generated 300-node journey: every node, under 2 MB, the PNG the SVG scaled; best of 3: SVG under ${SVG_BUDGET_MS / 1000} s, PNG under ${PNG_BOUND_MS / 1000} s (3× its target), no long task over ${LONG_TASK_BUDGET_MS} ms`,
      blocking: false,
      async run(s) {
        const { page } = s.session;
        const big = generateLargeJourney(300, { stages: 15 });
        await importJourney(page, BIG_FILE, big);
        const attempts = await timePictures(page, big.id, { enough: withinBounds, report: reportAttempt('300 nodes') });
        let picture;
        for (const { svg, png } of attempts) {
          const svgText = readFileSync(svg.path, 'utf8');
          const size = checkSvg(svgText);
          assert.equal((svgText.match(/class="node"/g) ?? []).length, 300, 'every node, not only those in view');
          const bytes = readFileSync(png.path);
          const got = pngSize(bytes);
          const scale = got.width / size.width;
          assert.ok(Math.abs(got.height - size.height * scale) <= 1, 'the PNG is the SVG scaled');
          assert.ok(scale <= 2 && Math.max(got.width, got.height) <= 16_384, 'within what browsers draw');
          if (scale < 2 && png === attempts.at(-1).png) assert.ok(await page.locator('[data-testid="notification"]', { hasText: 'instead of 2×' }).count(), 'the lowered scale is said');
          picture ??= { svg, png, size, got, scale, svgKB: svgText.length / 1024, pngMB: bytes.length / 1024 / 1024 };
        }
        const { svg, png, size, got, scale } = picture;
        console.log(`    300 nodes: SVG ${size.width}×${size.height}, ${picture.svgKB.toFixed(0)} KB; PNG ${got.width}×${got.height} (${scale.toFixed(2)}×), ${picture.pngMB.toFixed(1)} MB`);
        await keepAndLook(s, svg.path, `${s.spec}-300.svg`, size, { width: 2400, height: size.height });
        await keepAndLook(s, png.path, `${s.spec}-300.png`, got, { width: 2400, height: Math.round(got.height / 2) });
        await page.click(`[data-testid="explorer-item"][data-path="${s.sample.file}"]`);
        await page.waitForSelector(`[data-testid="canvas-editor"][data-path="${s.sample.file}"] .react-flow__node`);
        assertTimings('300 nodes', attempts);
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
        assert.match(await toast.textContent(), /Cannot export .* has \d+ errors?: fix the (\d+ )?problems? first\. First: J0\d\d/);
        await s.session.shot('export-refused');
        await page.locator(`${canvasSel(file)} .react-flow__pane`).click({ position: { x: 5, y: 5 } });
        await page.keyboard.press(`${mod}+z`);
        rmSync(s.dir, { recursive: true, force: true });
      },
    },
  ],
};

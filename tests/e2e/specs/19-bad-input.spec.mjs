import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mod, openSession, openWorkbench, sleep, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';

/**
 * Bad input, one rule everywhere: a file that does not parse or validate is imported all the same
 * and opened in its Source with its problems (the editor's and the CLI's words), and cannot be
 * simulated until fixed; notifications leave on their own unless they ask something.
 */

const BROKEN = 'broken.journey.json';
const COHORT = 'shares.cohort.json';

async function importViaDialog(page, files) {
  const chooser = page.waitForEvent('filechooser');
  await page.click('[data-testid="explorer-import"]');
  await (await chooser).setFiles(files.map(({ name, text }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })));
}

const source = (file) => `[data-testid="source-editor"][data-path="${file}"] .monaco-editor`;
const problemsOf = (page, file) => page.$$eval(`[data-testid="problem-group"][data-path="${file}"] [data-testid="problem"]`, (rows) => rows.map((r) => ({ code: r.dataset.code, message: r.querySelector('.ws-problem-message').textContent, where: r.querySelector('.ws-problem-where').textContent })));

/** What `journey validate` prints for this text: `file:line:col: error CODE message`. */
function cliLines(root, name, text) {
  const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
  try {
    writeFileSync(join(dir, name), text);
    try {
      return execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'runtime/cli/main.ts'), 'validate', name], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
    } catch (e) {
      return String(e.stdout).trim().split('\n');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function closeNotifications(page) {
  const close = page.locator('[data-testid="notification-close"]');
  for (let n = await close.count(); n > 0; n = await close.count()) await close.first().click();
}

async function shotAt(session, step, width, height) {
  await session.page.setViewportSize({ width, height });
  await sleep(300);
  await session.shot(`${step}-${width}x${height}`);
}

async function shotBoth(session, step) {
  await shotAt(session, step, 1280, 720);
  await shotAt(session, step, 1440, 900);
}

export default {
  name: 'Bad input: imported, opened in Source with its problems, not run until fixed; notifications that leave',
  sequential: true,
  async setup(env) {
    const sample = mainSample(env.root);
    const journey = JSON.parse(sample.text);
    journey.id = 'broken-copy';
    journey.name = 'Broken copy';
    const good = JSON.stringify(journey, null, 2);
    // A stray word after the first brace: the JSON does not parse.
    const broken = good.replace(/^\{/, '{ oops');
    return { ...env, session: await openSession(env), broken, good };
  },
  tests: [
    {
      name: 'a journey with a syntax error is imported and opened in its Source: the marker and the Problems entry say what the CLI says',
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await page.waitForSelector('[data-testid="journey-canvas"]');
        await importViaDialog(page, [{ name: BROKEN, text: s.broken }]);
        await page.waitForSelector(source(BROKEN), { timeout: 15_000 });
        assert.ok(await page.locator(`[data-testid="explorer-item"][data-path="${BROKEN}"]`).count(), 'in the Explorer');
        const [cli] = cliLines(s.root, BROKEN, s.broken);
        const m = /^broken\.journey\.json:(\d+):(\d+): error (J\d+) (.*)$/.exec(cli);
        assert.ok(m, `the CLI's line: ${cli}`);
        const [, line, col, code, message] = m;
        const rows = await until(async () => {
          const r = await problemsOf(page, BROKEN);
          return r.length > 0 && r;
        }, 'the Problems entry');
        assert.deepEqual(rows, [{ code, message, where: `[Ln ${line}, Col ${col}]` }]);
        // The marker in Monaco: one error squiggle, whose hover is the same message and code (and nothing else of Monaco's own).
        const squiggle = page.locator(`${source(BROKEN)} .squiggly-error`);
        await until(async () => (await squiggle.count()) > 0, 'the marker in Monaco');
        const box = await squiggle.first().boundingBox();
        assert.ok(box && box.width > 0, 'the squiggle has a place');
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        const hover = await until(async () => {
          const t = (await page.locator('.monaco-hover').allTextContents()).join(' ');
          return t.includes(message) && t;
        }, 'the marker hover');
        assert.ok(hover.includes(code), `the code in the hover: ${hover}`);
        const toast = page.locator('[data-testid="notification"]', { hasText: `Imported ${BROKEN}` });
        assert.match(await toast.textContent(), /with 1 error, opened in its Source: fix the problem first to simulate or export it\. First: J001 \(Ln 1, Col 3\)/);
        await shotBoth(s.session, 'broken-journey-imported');
      },
    },
    {
      name: 'while it has errors it cannot be simulated; fixed in the editor, Run becomes available',
      async run(s) {
        const { page } = s.session;
        await page.click('[data-testid="activity-simulation"]');
        const blocked = page.locator('[data-testid="simulation-blocked"]');
        await blocked.waitFor();
        assert.match(await blocked.textContent(), /^Cannot simulate it: broken\.journey\.json has 1 error: fix the problem first\. First: J001/);
        await page.locator(source(BROKEN)).click({ position: { x: 300, y: 60 } });
        await page.keyboard.press('F5');
        await until(async () => (await page.locator('[data-testid="notification"][data-severity="error"]').allTextContents()).some((t) => /Cannot simulate it: broken\.journey\.json has 1 error: fix the problem first/.test(t)), 'F5 refused, naming the file');
        await shotAt(s.session, 'run-refused', 1440, 900);
        // Fix it: the stray word goes.
        await page.keyboard.press(`${mod}+Home`);
        await page.keyboard.press('End');
        for (let i = 0; i < ' oops'.length; i++) await page.keyboard.press('Backspace');
        await until(async () => (await problemsOf(page, BROKEN)).every((r) => r.code !== 'J001'), 'the syntax error to go');
        await page.waitForSelector('[data-testid="simulation-run"]:not([disabled])');
        assert.equal(await blocked.count(), 0, 'no longer blocked');
        assert.equal(await page.locator('[data-testid="simulation-notice"]').count(), 0, 'no stale refusal left in the view');
        assert.equal(await page.locator(`${source(BROKEN)} .squiggly-error`).count(), 0, 'no error marker left');
        await shotAt(s.session, 'fixed-run-available', 1440, 900);
      },
    },
    {
      name: 'a cohort whose shares sum to 1.5 is imported flagged: its J022 is in Problems and on the text',
      async run(s) {
        const { page } = s.session;
        await closeNotifications(page);
        await page.click('[data-testid="activity-explorer"]');
        const cohort = { format: 'cohort/1', id: 'shares', name: 'Shares', segments: [{ id: 'a', name: 'A', share: 1 }, { id: 'b', name: 'B', share: 0.5 }] };
        await importViaDialog(page, [{ name: COHORT, text: JSON.stringify(cohort, null, 2) }]);
        await page.waitForSelector(source(COHORT), { timeout: 15_000 });
        const rows = await until(async () => {
          const r = await problemsOf(page, COHORT);
          return r.length > 0 && r;
        }, 'the cohort problem');
        assert.equal(rows.length, 1);
        assert.equal(rows[0].code, 'J022');
        assert.match(rows[0].message, /segment shares sum to 1\.5, not 1/);
        await until(async () => (await page.locator(`${source(COHORT)} .squiggly-error`).count()) > 0, 'the marker');
        assert.match(await page.locator('[data-testid="notification"]', { hasText: `Imported ${COHORT}` }).textContent(), /with 1 error.*J022/);
        await shotBoth(s.session, 'cohort-shares-flagged');
      },
    },
    {
      name: 'a notification leaves on its own; a question stays until answered',
      async run(s) {
        const { page } = s.session;
        await closeNotifications(page);
        await page.mouse.move(10, 450);
        await page.keyboard.press(`${mod}+s`);
        const saved = page.locator('[data-testid="notification"]', { hasText: 'All changes are saved' });
        await saved.waitFor();
        await until(async () => (await saved.count()) === 0, 'the info notification to leave on its own', 12_000);
        // A question: deleting the cohort offers Undo, and waits.
        await page.click(`[data-testid="explorer-item"][data-path="${COHORT}"]`, { button: 'right' });
        await page.getByRole('menuitem', { name: /^Delete/ }).click();
        const question = page.locator('[data-testid="notification"][data-question="true"]', { hasText: `Deleted ${COHORT}` });
        await question.waitFor();
        await sleep(9_000);
        assert.equal(await question.count(), 1, 'the question is still there');
        await shotAt(s.session, 'question-stays', 1440, 900);
        await question.getByRole('button', { name: 'Undo' }).click();
        await until(async () => (await page.locator(`[data-testid="explorer-item"][data-path="${COHORT}"]`).count()) === 1, 'the cohort back');
        assert.equal(await question.count(), 0, 'answered, it is gone');
      },
    },
  ],
};

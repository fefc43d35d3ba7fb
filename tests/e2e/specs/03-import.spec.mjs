import assert from 'node:assert/strict';
import { openSession, openWorkbench, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';

async function importViaDialog(page, files) {
  const chooser = page.waitForEvent('filechooser');
  await page.click('[data-testid="explorer-import"]');
  await (await chooser).setFiles(files.map(({ name, text, bytes }) => ({ name, mimeType: 'application/json', buffer: bytes ?? Buffer.from(text) })));
}

const explorerPaths = (page) => page.$$eval('[data-testid="explorer-item"]', (els) => els.map((e) => e.dataset.path).sort());

export default {
  name: 'Import: validated, a bad file is refused',
  sequential: true,
  async setup(env) {
    return { ...env, session: await openSession(env) };
  },
  tests: [
    {
      name: 'refuses a broken file with its reason, and changes nothing else',
      async run({ session }) {
        const { page } = session;
        await openWorkbench(session);
        const before = await until(async () => {
          const p = await explorerPaths(page);
          return p.length > 0 && p;
        }, 'the explorer');
        await importViaDialog(page, [{ name: 'broken.journey.json', text: '{ "format": "journey/1", "id": "x", ' }]);
        const toast = page.locator('[data-testid="notification"][data-severity="error"]');
        await toast.waitFor();
        const message = await toast.textContent();
        assert.match(message, /Refused broken\.journey\.json: broken\.journey\.json:1:\d+: error J001/);
        assert.deepEqual(await explorerPaths(page), before);
        await page.click('[data-testid="panel-tab-output"]');
        await until(async () => (await page.locator('[data-testid="output-line"]').allTextContents()).some((l) => l.includes('Refused broken.journey.json') && l.includes('J001')), 'the refusal in Output');
        await session.shot('broken-file-refused');
      },
    },
    {
      name: 'refuses a file that is not UTF-8 (J035, its line, column and byte), and the map stays as it was',
      async run({ session, root }) {
        const { page } = session;
        const canvas = async () => ({
          path: await page.getAttribute('[data-testid="canvas-editor"]', 'data-path'),
          nodes: (await page.locator('[data-testid="canvas-editor"] .react-flow__node').allTextContents()).join('|'),
        });
        const mapBefore = await until(async () => {
          const c = await canvas();
          return c.path && c.nodes && c;
        }, 'the map of the open journey');
        const pathsBefore = await explorerPaths(page);
        // The sample with its name beginning "Café", the é written as Latin-1 does it: the one byte 0xE9.
        const text = mainSample(root).text;
        const cut = text.indexOf('"name": "') + '"name": "'.length;
        const before = Buffer.from(`${text.slice(0, cut)}Caf`);
        const bytes = Buffer.concat([before, Buffer.from([0xe9]), Buffer.from(` ${text.slice(cut)}`)]);
        const offset = before.length;
        const line = text.slice(0, cut).split('\n').length;
        await importViaDialog(page, [{ name: 'latin1.journey.json', bytes }]);
        const expected = new RegExp(`Refused latin1\\.journey\\.json: latin1\\.journey\\.json:${line}:\\d+: error J035 invalid UTF-8 at byte ${offset} \\(0xE9\\)`);
        await until(async () => (await page.locator('[data-testid="notification"][data-severity="error"]').allTextContents()).some((t) => expected.test(t)), 'the refusal naming the byte');
        assert.deepEqual(await explorerPaths(page), pathsBefore);
        assert.deepEqual(await canvas(), mapBefore);
        await session.shot('latin1-file-refused');
      },
    },
    {
      name: 'refuses a journey of the wrong shape (an unknown node kind), naming the place',
      async run({ session, root }) {
        const { page } = session;
        const bad = JSON.parse(mainSample(root).text);
        bad.nodes[1].kind = 'teleport';
        await importViaDialog(page, [{ name: 'bad-kind.journey.json', text: JSON.stringify(bad, null, 2) }]);
        await until(async () => (await page.locator('[data-testid="notification"][data-severity="error"]').allTextContents()).some((t) => /Refused bad-kind\.journey\.json: bad-kind\.journey\.json:\d+:\d+: error J004 .*teleport/.test(t)), 'the refusal');
        assert.ok(!(await explorerPaths(page)).includes('bad-kind.journey.json'));
      },
    },
    {
      name: 'imports a valid file and opens it',
      async run({ session, root }) {
        const { page } = session;
        const good = JSON.parse(mainSample(root).text);
        good.id = 'imported-copy';
        good.name = 'Imported copy';
        await importViaDialog(page, [{ name: 'imported-copy.journey.json', text: JSON.stringify(good, null, 2) }]);
        await until(async () => (await explorerPaths(page)).includes('imported-copy.journey.json'), 'the imported file in the explorer');
        await page.waitForSelector('[data-testid="canvas-editor"][data-path="imported-copy.journey.json"] [data-testid="journey-canvas"]');
        await session.shot('valid-file-imported');
      },
    },
    {
      name: 'imports files dropped on the Explorer',
      async run({ session }) {
        const { page } = session;
        const cohort = { format: 'cohort/1', id: 'dropped', name: 'Dropped', segments: [{ id: 'all', name: 'All', share: 1 }] };
        const dt = await page.evaluateHandle((text) => {
          const d = new DataTransfer();
          d.items.add(new File([text], 'dropped.cohort.json', { type: 'application/json' }));
          return d;
        }, JSON.stringify(cohort));
        const explorer = page.locator('[data-testid="explorer"]');
        await explorer.dispatchEvent('dragover', { dataTransfer: dt });
        await explorer.dispatchEvent('drop', { dataTransfer: dt });
        await until(async () => (await explorerPaths(page)).includes('dropped.cohort.json'), 'the dropped cohort');
      },
    },
  ],
};

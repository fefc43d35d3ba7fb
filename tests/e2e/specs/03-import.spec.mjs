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
  name: 'Import: validated; a bad file comes in with its problems, only what cannot be held is refused',
  sequential: true,
  async setup(env) {
    return { ...env, session: await openSession(env) };
  },
  tests: [
    {
      name: 'imports a broken file all the same, opened in its Source with its problem; refuses binary data with its reason',
      async run({ session }) {
        const { page } = session;
        await openWorkbench(session);
        const before = await until(async () => {
          const p = await explorerPaths(page);
          return p.length > 0 && p;
        }, 'the explorer');
        await importViaDialog(page, [{ name: 'broken.journey.json', text: '{ "format": "journey/1", "id": "x", ' }]);
        await page.waitForSelector('[data-testid="source-editor"][data-path="broken.journey.json"]');
        await until(async () => (await page.locator('[data-testid="problem-group"][data-path="broken.journey.json"] [data-testid="problem"][data-code="J001"]').count()) === 1, 'its J001 in Problems');
        assert.deepEqual(await explorerPaths(page), [...before, 'broken.journey.json'].sort());
        await importViaDialog(page, [{ name: 'image.journey.json', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) }]);
        const toast = page.locator('[data-testid="notification"][data-severity="error"]');
        await toast.waitFor();
        assert.match(await toast.textContent(), /Refused image\.journey\.json: image\.journey\.json: cannot import: it is binary data, not text/);
        assert.ok(!(await explorerPaths(page)).includes('image.journey.json'));
        await page.click('[data-testid="panel-tab-output"]');
        await until(async () => (await page.locator('[data-testid="output-line"]').allTextContents()).some((l) => l.includes('Refused image.journey.json')), 'the refusal in Output');
        await session.shot('broken-file-refused');
      },
    },
    {
      name: 'imports a file that is not UTF-8 with its J035 (line, column and byte), opened in its Source; the map open before stays as it was',
      async run({ session, root }) {
        const { page } = session;
        await page.click(`[data-testid="explorer-item"][data-path="${mainSample(root).file}"]`);
        const canvas = async () => ({
          path: await page.getAttribute('[data-testid="canvas-editor"]', 'data-path'),
          nodes: (await page.locator('[data-testid="canvas-editor"] .react-flow__node').allTextContents()).join('|'),
        });
        const mapBefore = await until(async () => {
          const c = await canvas();
          return c.path && c.nodes && c;
        }, 'the map of the open journey');
        // The sample with its name beginning "Café", the é written as Latin-1 does it: the one byte 0xE9.
        const text = mainSample(root).text;
        const cut = text.indexOf('"name": "') + '"name": "'.length;
        const before = Buffer.from(`${text.slice(0, cut)}Caf`);
        const bytes = Buffer.concat([before, Buffer.from([0xe9]), Buffer.from(` ${text.slice(cut)}`)]);
        const offset = before.length;
        const line = text.slice(0, cut).split('\n').length;
        await importViaDialog(page, [{ name: 'latin1.journey.json', bytes }]);
        await page.waitForSelector('[data-testid="source-editor"][data-path="latin1.journey.json"]');
        const row = page.locator('[data-testid="problem-group"][data-path="latin1.journey.json"] [data-testid="problem"][data-code="J035"]');
        await row.waitFor();
        assert.match(await row.textContent(), new RegExp(`invalid UTF-8 at byte ${offset} \\(0xE9\\).*\\[Ln ${line}, Col \\d+\\]`));
        await page.click(`[data-testid="explorer-item"][data-path="${mainSample(root).file}"]`);
        assert.deepEqual(await until(async () => {
          const c = await canvas();
          return c.path === mapBefore.path && c;
        }, 'the sample map again'), mapBefore);
        await session.shot('latin1-file-refused');
      },
    },
    {
      name: 'imports a journey of the wrong shape (an unknown node kind), its problem naming the place',
      async run({ session, root }) {
        const { page } = session;
        const bad = JSON.parse(mainSample(root).text);
        bad.nodes[1].kind = 'teleport';
        await importViaDialog(page, [{ name: 'bad-kind.journey.json', text: JSON.stringify(bad, null, 2) }]);
        const row = page.locator('[data-testid="problem-group"][data-path="bad-kind.journey.json"] [data-testid="problem"][data-code="J004"]');
        await row.waitFor();
        assert.match(await row.textContent(), /teleport/);
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

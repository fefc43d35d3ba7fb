import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, openWorkbench, until } from '../session.mjs';
import { mainSample, lanesOf } from '../samples.mjs';

export default {
  name: 'First start: the samples',
  sequential: true,
  async setup(env) {
    return { ...env, session: await openSession(env) };
  },
  tests: [
    {
      name: 'finds the samples in the Explorer on first start',
      async run({ session, root }) {
        const { page } = session;
        await openWorkbench(session);
        const expected = readdirSync(join(root, 'samples'))
          .filter((n) => /\.(journey|cohort)\.json$/.test(n))
          .sort();
        const found = await until(async () => {
          const paths = await page.$$eval('[data-testid="explorer-item"]', (els) => els.map((e) => e.dataset.path));
          return paths.length >= expected.length && paths;
        }, 'the samples in the explorer');
        assert.deepEqual([...found].sort(), expected);
        await session.shot('samples-in-explorer');
      },
    },
    {
      name: 'opens a sample and shows its lanes, stages and every node',
      async run({ session, root }) {
        const { page } = session;
        const { file, journey } = mainSample(root);
        await page.click(`[data-testid="explorer-item"][data-path="${file}"]`);
        await page.waitForSelector(`[data-testid="canvas-editor"][data-path="${file}"] [data-testid="journey-canvas"]`);
        const canvas = page.locator(`[data-testid="canvas-editor"][data-path="${file}"]`);
        for (const lane of lanesOf(journey)) await until(() => canvas.locator(`[data-testid="lane-${lane.id}"]`).count(), `lane ${lane.id}`);
        for (const stage of journey.stages ?? []) await until(() => canvas.locator(`[data-testid="stage-${stage.id}"]`).count(), `stage ${stage.id}`);
        for (const node of journey.nodes) assert.equal(await canvas.locator(`[data-testid="node-${node.id}"]`).count(), 1, `node ${node.id} is drawn once`);
        const counts = await page.textContent('[data-testid="status-counts"]');
        assert.match(counts, new RegExp(`${journey.nodes.length} nodes · ${journey.edges.length} edges`));
        assert.equal(await page.getAttribute('[data-testid="status-validity"]', 'data-valid'), 'true');
        await session.shot('sample-open-on-canvas');
      },
    },
  ],
};

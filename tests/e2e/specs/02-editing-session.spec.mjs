import assert from 'node:assert/strict';
import { mod, openSession, openWorkbench, until } from '../session.mjs';
import { emptyCell, mainSample } from '../samples.mjs';
import { canvasSel, cellCenter, connectNodes, dropFromPalette, problemRows, reachHandles, waitForCounts, zoomAt } from '../canvasActions.mjs';

/**
 * One editing session on a sample, as a user would do it: canvas, inspector, undo/redo, the source
 * in Monaco, broken JSON, and a reload that must find everything.
 */
const NEW_NODE = 'new-touchpoint';
const NEW_LABEL = 'Life event noticed by the customer';
const EVENT = 'CUSTOMER_ASKS';

export default {
  name: 'Editing session: canvas, inspector, source, reload',
  sequential: true,
  async setup(env) {
    const session = await openSession(env);
    const sample = mainSample(env.root);
    const cell = emptyCell(sample.journey);
    const source = sample.journey.nodes.find((n) => n.stage === cell.stage && n.kind !== 'outcome');
    return { ...env, session, sample, cell, source, counts: { nodes: sample.journey.nodes.length, edges: sample.journey.edges.length } };
  },
  tests: [
    {
      name: 'drags a touchpoint from the Nodes palette into a lane',
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await page.click(`[data-testid="explorer-item"][data-path="${s.sample.file}"]`);
        await page.waitForSelector(canvasSel(s.sample.file));
        s.before = await problemRows(page);
        await page.click('[data-testid="activity-nodes"]');
        await page.waitForSelector('[data-testid="palette-touchpoint"]');
        await s.session.shot('nodes-palette');
        const point = await cellCenter(page, s.sample.file, s.cell.stage, s.cell.lane);
        await dropFromPalette(page, s.sample.file, 'touchpoint', point);
        await page.waitForSelector(`${canvasSel(s.sample.file)} [data-testid="node-${NEW_NODE}"]`);
        await waitForCounts(page, s.counts.nodes + 1, s.counts.edges);
        const problems = await until(async () => {
          const rows = await problemRows(page);
          return rows.some((r) => r.node === NEW_NODE) && rows;
        }, 'problems about the new node');
        assert.ok(problems.some((r) => r.code === 'J014' && r.node === NEW_NODE), 'the new node is unreachable (J014)');
        s.afterDrop = problems;
        await s.session.shot('touchpoint-dropped');
      },
    },
    {
      name: 'connects it: the Problems panel changes',
      async run(s) {
        const { page } = s.session;
        const root = page.locator(canvasSel(s.sample.file));
        const a = await root.locator(`.react-flow__node[data-id="${s.source.id}"]`).boundingBox();
        const b = await root.locator(`.react-flow__node[data-id="${NEW_NODE}"]`).boundingBox();
        await zoomAt(page, { x: (a.x + b.x) / 2 + 40, y: (a.y + b.y) / 2 + 20 }, async () => {
          const n = await root.locator(`.react-flow__node[data-id="${NEW_NODE}"]`).boundingBox();
          const m = await root.locator(`.react-flow__node[data-id="${s.source.id}"]`).boundingBox();
          return (n && n.width > 110) || !m || m.y < 60;
        });
        await reachHandles(page, s.sample.file, s.source.id, NEW_NODE);
        await connectNodes(page, s.sample.file, s.source.id, NEW_NODE);
        await waitForCounts(page, s.counts.nodes + 1, s.counts.edges + 1);
        await until(async () => !(await problemRows(page)).some((r) => r.code === 'J014' && r.node === NEW_NODE), 'the unreachable problem to go');
        await s.session.shot('connected');
      },
    },
    {
      name: 'sets the new edge’s event in the inspector',
      blocking: false,
      async run(s) {
        const { page } = s.session;
        const trigger = page.locator('[data-testid="inspector"] select[name="trigger"]');
        await trigger.waitFor({ timeout: 5000 });
        s.inspectorEdits = 0;
        if ((await trigger.inputValue()) !== 'event') {
          await trigger.selectOption('event');
          s.inspectorEdits++;
        }
        const input = page.locator('[data-testid="inspector"] input[name="event"]');
        await input.waitFor({ timeout: 5000 });
        await input.fill(EVENT);
        await input.press('Enter');
        s.inspectorEdits++;
        await page.locator(`${canvasSel(s.sample.file)} .react-flow__pane`).click({ position: { x: 5, y: 5 } });
        await until(async () => (await page.locator(canvasSel(s.sample.file)).textContent()).includes(EVENT), 'the event on the edge');
        s.eventSet = true;
        await s.session.shot('event-set');
      },
    },
    {
      name: 'undoes and redoes the edits',
      async run(s) {
        const { page } = s.session;
        await page.locator(`${canvasSel(s.sample.file)} .react-flow__pane`).click({ position: { x: 5, y: 5 } });
        for (let i = 0; i < (s.inspectorEdits ?? 0); i++) await page.keyboard.press(`${mod}+z`); // trigger and event
        await page.keyboard.press(`${mod}+z`); // the connection
        await waitForCounts(page, s.counts.nodes + 1, s.counts.edges);
        await page.keyboard.press(`${mod}+z`); // the drop
        await waitForCounts(page, s.counts.nodes, s.counts.edges);
        assert.equal(await page.locator(`${canvasSel(s.sample.file)} [data-testid="node-${NEW_NODE}"]`).count(), 0);
        await s.session.shot('undone');
        await page.keyboard.press(`${mod}+Shift+z`);
        await page.keyboard.press(`${mod}+y`);
        for (let i = 0; i < (s.inspectorEdits ?? 0); i++) await page.keyboard.press(`${mod}+Shift+z`);
        await waitForCounts(page, s.counts.nodes + 1, s.counts.edges + 1);
        if (s.eventSet) await until(async () => (await page.locator(`${canvasSel(s.sample.file)}`).textContent()).includes(EVENT), 'the event back after redo');
        await s.session.shot('redone');
      },
    },
    {
      name: 'renames a label in Monaco and the canvas follows',
      async run(s) {
        const { page } = s.session;
        await page.click('[data-testid="action-open-source"]');
        const editor = page.locator(`[data-testid="source-editor"][data-path="${s.sample.file}"] .monaco-editor`);
        await editor.waitFor({ timeout: 15_000 });
        await until(() => editor.locator('.view-lines').textContent().then((t) => t.includes('"format"')), 'the text in Monaco');
        await editor.click({ position: { x: 200, y: 60 } });
        const node = s.sample.journey.nodes.find((n) => n.id === s.source.id);
        await page.keyboard.press(`${mod}+f`);
        await page.keyboard.type(node.label);
        await page.keyboard.press('Enter');
        await page.keyboard.press('Escape');
        await page.keyboard.type(NEW_LABEL);
        await until(async () => (await page.locator(`${canvasSel(s.sample.file)} [data-testid="node-${s.source.id}"]`).textContent()).includes(NEW_LABEL), 'the new label on the canvas');
        await s.session.shot('label-renamed-in-source');
      },
    },
    {
      name: 'types broken JSON: the problem shows, the canvas keeps the last valid journey',
      async run(s) {
        const { page } = s.session;
        await page.keyboard.press(`${mod}+Home`);
        await page.keyboard.press('End');
        await page.keyboard.type(' oops');
        await page.waitForSelector('[data-testid="source-error-banner"]');
        await until(async () => (await problemRows(page)).some((r) => r.code === 'J001'), 'a J001 problem');
        assert.equal(await page.getAttribute('[data-testid="status-validity"]', 'data-valid'), 'false');
        for (const n of [...s.sample.journey.nodes.map((x) => x.id), NEW_NODE]) assert.equal(await page.locator(`${canvasSel(s.sample.file)} [data-testid="node-${n}"]`).count(), 1, `node ${n} still on the canvas`);
        assert.ok((await page.locator(`${canvasSel(s.sample.file)} [data-testid="node-${s.source.id}"]`).textContent()).includes(NEW_LABEL));
        await until(async () => (await editor(page, s).locator('.squiggly-error').count()) > 0, 'an error marker in Monaco');
        await s.session.shot('broken-json');
      },
    },
    {
      name: 'reloads and finds every edit',
      async run(s) {
        const { page } = s.session;
        await until(async () => (await page.textContent('[data-testid="status-save"]')) === 'Saved', 'Saved in the status bar');
        await page.reload();
        await page.waitForSelector(canvasSel(s.sample.file), { timeout: 15_000 });
        // The broken text is still there, and the canvas still shows the last valid journey.
        await page.waitForSelector('[data-testid="source-error-banner"]');
        await page.waitForSelector(`${canvasSel(s.sample.file)} [data-testid="node-${NEW_NODE}"]`);
        assert.ok((await page.locator(`${canvasSel(s.sample.file)} [data-testid="node-${s.source.id}"]`).textContent()).includes(NEW_LABEL));
        await until(() => editor(page, s).locator('.view-lines').textContent().then((t) => t.includes('oops')), 'the broken text in Monaco after reload');
        await waitForCounts(page, s.counts.nodes + 1, s.counts.edges + 1);
        await s.session.shot('after-reload');
        // Undo first gives back the last valid version.
        await page.locator(`${canvasSel(s.sample.file)} .react-flow__pane`).click({ position: { x: 5, y: 5 } });
        await page.keyboard.press(`${mod}+z`);
        await until(async () => (await page.locator('[data-testid="source-error-banner"]').count()) === 0, 'the banner to go after undo');
        await until(async () => !(await problemRows(page)).some((r) => r.code === 'J001'), 'the JSON problem to go');
        assert.ok((await page.locator(`${canvasSel(s.sample.file)} [data-testid="node-${s.source.id}"]`).textContent()).includes(NEW_LABEL));
        await s.session.shot('fixed-by-undo');
      },
    },
  ],
};

function editor(page, s) {
  return page.locator(`[data-testid="source-editor"][data-path="${s.sample.file}"] .monaco-editor`);
}

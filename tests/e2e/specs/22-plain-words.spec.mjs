import assert from 'node:assert/strict';
import { mod, openSession, openWorkbench, sleep, until } from '../session.mjs';
import { canvasSel, clickEdgeLabel } from '../canvasActions.mjs';
import { importJourney } from '../importJourney.mjs';

/**
 * Words for people who do not read JSON: a J105 (an event nobody simulates) says on the canvas, in
 * the inspector and in the Problems panel where to fix it in the inspector, naming the node by its
 * label; the Source tab's marker keeps the JSON-level hint the CLI prints; a rename of the label
 * shows in the messages and in History at once; the generated event name is edited where it shows.
 */
const FILE = 'plain-words.journey.json';
const JOURNEY = {
  format: 'journey/1',
  id: 'plain-words',
  name: 'Plain words',
  start: 'visit',
  nodes: [
    { id: 'visit', kind: 'touchpoint', label: 'Visit the site', channel: 'web', position: { x: 40, y: 160 } },
    { id: 'applied', kind: 'outcome', label: 'Applied', result: 'success', position: { x: 420, y: 60 } },
    { id: 'gone', kind: 'outcome', label: 'Gone', result: 'failure', position: { x: 420, y: 300 } },
  ],
  edges: [
    { id: 'apply', from: 'visit', to: 'applied', event: 'APPLY', sim: { p: 0.5, delay: '1d' } },
    { id: 'chat', from: 'visit', to: 'gone', event: 'CHAT' },
    { id: 'timeout', from: 'visit', to: 'gone', after: '3d' },
  ],
};
const PLAIN = 'Customers at ‘Visit the site’ never send CHAT, so the simulation never takes the edge from ‘Visit the site’ to ‘Gone’: set how likely they are to do it, and when, under Simulation › Probability p and Delay.';
const JSON_HINT = `event CHAT of edge 'chat' has no "sim": the simulator never emits it; add "sim": {"p": 0.3, "delay": "1d"} to model how often and when it happens`;

const edgeLabel = (page, id) => page.locator(`${canvasSel(FILE)} [data-testid="edge-${id}"]`);
const inspectorJ105 = (page) => page.locator('[data-testid="inspector"] [data-code="J105"]');
const problemRow = (page) => page.locator(`[data-testid="problem-group"][data-path="${FILE}"] [data-testid="problem"][data-code="J105"]`);

async function shotBoth(session, step) {
  for (const [width, height] of [[1440, 900], [1280, 720]]) {
    await session.page.setViewportSize({ width, height });
    await sleep(300);
    await session.shot(`${step}-${width}x${height}`);
  }
}

export default {
  name: 'Plain words: messages in the inspector’s terms, nodes by their labels, event names edited where shown',
  sequential: true,
  async setup(env) {
    return { ...env, session: await openSession(env) };
  },
  tests: [
    {
      name: 'a J105 speaks of the Simulation section on the canvas, in the inspector and in the Problems panel',
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await page.waitForSelector('[data-testid="journey-canvas"]');
        await importJourney(page, FILE, JOURNEY);
        // The canvas: the edge is marked, its tooltip is the plain message.
        const label = edgeLabel(page, 'chat');
        await until(async () => (await label.getAttribute('title'))?.includes(`J105 ${PLAIN}`), 'the plain message on the edge');
        assert.ok(!(await label.getAttribute('title')).includes('"sim"'), 'no JSON on the canvas');
        assert.match((await label.getAttribute('class')) ?? '', /je-warning/);
        // The inspector of the edge.
        await label.click();
        await until(async () => (await inspectorJ105(page).textContent())?.includes(PLAIN), 'the plain message in the inspector');
        assert.ok(!(await inspectorJ105(page).textContent()).includes('{'), 'no braces in the inspector');
        // The Problems panel: the plain words first, the CLI's message beside them, the node by its label.
        await until(async () => (await problemRow(page).count()) === 1, 'the J105 row');
        assert.equal(await problemRow(page).locator('.ws-problem-plain').textContent(), PLAIN);
        assert.equal(await problemRow(page).locator('.ws-problem-message').textContent(), JSON_HINT);
        assert.equal(await problemRow(page).locator('.ws-problem-element').textContent(), 'edge from ‘Visit the site’ to ‘Gone’');
        await shotBoth(s.session, 'j105-plain-in-inspector');
      },
    },
    {
      name: 'the Source tab’s marker keeps the JSON-level hint the CLI prints',
      async run(s) {
        const { page } = s.session;
        await page.setViewportSize({ width: 1440, height: 900 });
        await page.click('[data-testid="action-open-source"]');
        const source = `[data-testid="source-editor"][data-path="${FILE}"]`;
        await page.waitForSelector(`${source} .monaco-editor`, { timeout: 15_000 });
        // The Problems row reveals its line in the source.
        await problemRow(page).click();
        const squiggle = page.locator(`${source} .squiggly-warning`);
        await until(async () => (await squiggle.count()) > 0, 'the warning marker in Monaco');
        const box = await squiggle.first().boundingBox();
        await page.mouse.move(box.x + 2, box.y + box.height / 2);
        await page.mouse.move(box.x + Math.min(box.width / 2, 30), box.y + box.height / 2);
        const hover = await until(async () => {
          const t = (await page.locator('.monaco-hover').allTextContents()).join(' ');
          return t.includes('add "sim": {"p": 0.3, "delay": "1d"}') && t;
        }, 'the JSON-level hint in the marker hover');
        assert.ok(hover.includes('J105'), `the code in the hover: ${hover}`);
        await s.session.shot('source-marker-json-hint');
        await page.mouse.move(5, 5);
        await page.click(`[data-testid="tab"][data-kind="canvas"][data-path="${FILE}"]`);
      },
    },
    {
      name: 'renaming the node’s label: the messages and History follow at once',
      async run(s) {
        const { page } = s.session;
        await page.locator(`${canvasSel(FILE)} .react-flow__node[data-id="visit"]`).click();
        const input = page.locator('[data-testid="inspector"] input[name="label"]');
        await input.waitFor();
        await input.fill('Call back');
        await input.press('Enter');
        const renamed = PLAIN.replaceAll('‘Visit the site’', '‘Call back’');
        await until(async () => (await edgeLabel(page, 'chat').getAttribute('title'))?.includes(`J105 ${renamed}`), 'the renamed node in the edge’s message');
        await until(async () => (await problemRow(page).locator('.ws-problem-plain').textContent()) === renamed, 'the renamed node in the Problems panel');
        assert.equal(await problemRow(page).locator('.ws-problem-element').textContent(), 'edge from ‘Call back’ to ‘Gone’');
        await clickEdgeLabel(page, FILE, 'chat');
        await until(async () => (await inspectorJ105(page).textContent())?.includes(renamed), 'the renamed node in the inspector');
        // History names the node by its label, not by its id.
        await until(async () => (await page.textContent('[data-testid="status-save"]')) === 'Saved', 'saved');
        await page.click('[data-testid="activity-history"]');
        const versions = page.locator('[data-testid="history-version"] .ws-version-label');
        await until(async () => (await versions.allTextContents()).some((t) => t.startsWith('Set label of ‘Call back’')), 'the version named by the label');
        assert.ok(!(await versions.allTextContents()).some((t) => /\bof visit\b/.test(t)), 'no stale id in History');
        await shotBoth(s.session, 'renamed-messages-follow');
      },
    },
    {
      name: 'a double-click on the edge’s event opens its Event field; the new name is one undoable edit',
      async run(s) {
        const { page } = s.session;
        await page.setViewportSize({ width: 1440, height: 900 });
        await page.locator(`${canvasSel(FILE)} .react-flow__pane`).click({ position: { x: 5, y: 5 } });
        await clickEdgeLabel(page, FILE, 'apply', 'dblclick');
        const event = page.locator('[data-testid="inspector"] [data-edge-id="apply"] input[name="event"]');
        await until(async () => page.evaluate(() => document.activeElement?.getAttribute('name') === 'event' && document.activeElement.closest('[data-edge-id]')?.getAttribute('data-edge-id')), 'the Event field of the edge focused');
        assert.equal(await event.inputValue(), 'APPLY');
        await page.keyboard.type('SUBMIT_APPLICATION');
        await page.keyboard.press('Enter');
        await until(async () => (await edgeLabel(page, 'apply').textContent()) === 'SUBMIT_APPLICATION', 'the new event name on the canvas');
        await shotBoth(s.session, 'event-renamed-on-canvas');
        await page.setViewportSize({ width: 1440, height: 900 });
        await page.locator(`${canvasSel(FILE)} .react-flow__pane`).click({ position: { x: 5, y: 5 } });
        await page.keyboard.press(`${mod}+z`);
        await until(async () => (await edgeLabel(page, 'apply').textContent()) === 'APPLY', 'the old event name back after one undo');
      },
    },
  ],
};

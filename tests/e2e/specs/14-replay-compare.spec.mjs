import assert from 'node:assert/strict';
import { mod, openSession, openWorkbench, sleep, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { canvasSel, centerOn, openOnCanvas } from '../canvasActions.mjs';

async function runCommand(page, title) {
  await page.keyboard.press(`${mod}+Shift+P`);
  const input = page.locator('[data-testid="command-palette-input"]');
  await input.fill(`>${title}`);
  await until(async () => (await page.locator('[data-testid="quick-item"]').first().textContent())?.includes(title), `"${title}" first in the palette`);
  await page.keyboard.press('Enter');
}

/** The node the canvas marks as the customer's current position. */
const currentOnCanvas = (page, file) => page.evaluate((sel) => [...document.querySelectorAll(`${sel} .react-flow__node`)].filter((n) => n.querySelector('.jo-ring.jo-tone-current')).map((n) => n.dataset.id), canvasSel(file));

/** The node is on screen: inside the canvas's pane (the canvas follows the customer). */
async function inView(page, file, id) {
  const pane = await page.locator(`${canvasSel(file)} .react-flow__pane`).boundingBox();
  const node = await page.locator(`${canvasSel(file)} .react-flow__node[data-id="${id}"]`).boundingBox();
  return !!pane && !!node && node.x >= pane.x && node.y >= pane.y && node.x + node.width <= pane.x + pane.width && node.y + node.height <= pane.y + pane.height;
}

export default {
  name: 'Replay a customer, play one by hand, compare two versions',
  sequential: true,
  async setup(env) {
    return { ...env, session: await openSession(env), sample: mainSample(env.root) };
  },
  tests: [
    {
      name: 'replays a random customer of a segment step by step; the highlighted node moves',
      async run(s) {
        const { page } = s.session;
        const { file, journey } = s.sample;
        await openWorkbench(s.session);
        await openOnCanvas(page, file);
        await runCommand(page, 'Replay a Customer');
        await page.click('[data-testid="replay-pick-segment"]');
        await page.selectOption('[data-testid="replay-segment-select"]', 'first-time');
        await page.click('[data-testid="replay-start"]');
        await page.waitForSelector('[data-testid="replay-step"]');
        assert.equal(await page.getAttribute('[data-testid="replay-segment"]', 'data-segment'), 'first-time');
        assert.equal(await page.textContent('[data-testid="replay-position"]'), `Step 1 of ${await page.locator('[data-testid="replay-step-row"]').count()}`);
        const first = await page.getAttribute('[data-testid="replay-step"]', 'data-node');
        assert.equal(first, journey.start);
        await until(async () => (await currentOnCanvas(page, file)).join() === first, 'the start highlighted on the canvas');
        assert.match(await page.textContent('[data-testid="replay-moved-by"]'), /start of the journey/);
        await s.session.shot('replay-first-step');
        // Next, by button and by key, until the customer is at another node.
        await page.click('[data-testid="replay-next"]');
        for (let i = 0; i < 30 && (await page.getAttribute('[data-testid="replay-step"]', 'data-node')) === first; i++) {
          await page.locator('[data-testid="replay-panel"]').press('ArrowRight');
        }
        const second = await page.getAttribute('[data-testid="replay-step"]', 'data-node');
        assert.notEqual(second, first);
        await until(async () => (await currentOnCanvas(page, file)).join() === second, 'the highlight to move to the next node');
        assert.match(await page.textContent('[data-testid="replay-moved-by"]'), /event|timer|rule/);
        assert.ok(await page.locator(`${canvasSel(file)} .react-flow__node[data-id="${first}"] .jo-ring.jo-tone-visited`).count(), 'the start is marked visited');
        await page.click('[data-testid="replay-last"]');
        const last = await page.getAttribute('[data-testid="replay-step"]', 'data-node');
        await until(async () => (await currentOnCanvas(page, file)).join() === last, 'the last node highlighted');
        assert.match(await page.textContent('[data-testid="replay-time"]'), /\d/);
        await until(() => inView(page, file, last), 'the canvas to follow the customer to its last node');
        await s.session.shot('replay-last-step');
        await page.locator('[data-testid="replay-panel"]').press('Home');
        await until(async () => (await currentOnCanvas(page, file)).join() === first, 'Home goes back to the start');
      },
    },
    {
      name: 'plays a customer by hand to an outcome, with a timer and events',
      async run(s) {
        const { page } = s.session;
        const { file } = s.sample;
        await runCommand(page, 'Play the Customer');
        await page.waitForSelector('[data-testid="play-form"]');
        await page.selectOption('[data-testid="play-segment"]', 'first-time');
        await page.fill('[data-testid="play-attr-creditScore"]', '760');
        await page.fill('[data-testid="play-attr-income"]', '85,000');
        await page.click('[data-testid="play-start"]');
        await page.waitForSelector('[data-testid="play-status"]');
        assert.equal(await page.getAttribute('[data-testid="play-status"]', 'data-node'), 'first-home-invite');
        await until(async () => (await currentOnCanvas(page, file)).join() === 'first-home-invite', 'the invitation highlighted');
        await s.session.shot('play-started');
        // Let the reminder timer fire, then answer with events; staff steps as they come.
        await page.click('[data-testid="play-choice"][data-kind="timer"]');
        await until(async () => (await page.getAttribute('[data-testid="play-status"]', 'data-node')) === 'awaiting-response', 'the customer reminded, waiting');
        assert.match(await page.textContent('[data-testid="play-vars"]'), /reminders = 1/);
        const plan = ['START_APPLICATION', 'SUBMIT_APPLICATION', 'DOCS_UPLOADED', 'work.start', 'work.done', 'OFFER_ACCEPTED'];
        for (let i = 0; i < 12 && (await page.getAttribute('[data-testid="play-status"]', 'data-done')) !== 'true'; i++) {
          const events = await page.$$eval('[data-testid="play-choice"]:not([disabled])', (bs) => bs.map((b) => b.dataset.event));
          const next = plan.find((e) => events.includes(e));
          assert.ok(next, `one of the planned events is possible (${events.join(', ')})`);
          await page.click(`[data-testid="play-choice"][data-event="${next}"]:not([disabled])`);
          await sleep(30);
        }
        const output = await page.textContent('[data-testid="play-output"]');
        assert.match(output, /"outcome":"mortgage-opened"/);
        assert.match(output, /success/);
        await until(async () => (await currentOnCanvas(page, file)).join() === 'mortgage-opened', 'the outcome highlighted');
        await until(() => inView(page, file, 'mortgage-opened'), 'the outcome in view');
        await s.session.shot('play-outcome');
        await page.click('[data-testid="play-close"]');
      },
    },
    {
      name: 'compares the edited journey with its first version: the diff table and the change on the map',
      async run(s) {
        const { page } = s.session;
        const { file } = s.sample;
        // Two edits, each saved: the credit policy renamed, and its rule to decline made stricter.
        const saved = () => until(async () => (await page.textContent('[data-testid="status-save"]')) === 'Saved', 'saved');
        await centerOn(page, file, ['credit-decision', 'declined']);
        await page.click(`${canvasSel(file)} .react-flow__node[data-id="credit-decision"]`);
        const label = page.locator('[data-testid="inspector"] input[name="label"]');
        await label.fill('Credit policy (stricter)');
        await label.press('Enter');
        await saved();
        await page.click(`${canvasSel(file)} [data-testid="edge-credit-decision-to-declined"]`);
        const guard = page.locator('[data-testid="inspector"] input[name="guard"]');
        await guard.waitFor();
        const before = await guard.inputValue();
        await guard.fill(before.replace('620.0', '700.0'));
        await guard.press('Enter');
        await saved();
        await page.locator(`${canvasSel(file)} .react-flow__pane`).click({ position: { x: 5, y: 5 } });
        await runCommand(page, 'Compare Two Journeys');
        await page.waitForSelector('[data-testid="compare-form"]');
        // By default A is the previous saved version, B the file now; A: the first version instead, from the History.
        await until(async () => (await page.inputValue('[data-testid="compare-a"]')).startsWith('version:'), 'the previous version chosen as A');
        assert.equal(await page.inputValue('[data-testid="compare-b"]'), 'current');
        const versions = await page.$$eval('[data-testid="compare-a"] optgroup[label="Saved versions"] option', (os) => os.map((o) => ({ value: o.value, text: o.textContent })));
        assert.ok(versions.length >= 3, `three saved versions (${versions.map((v) => v.text).join(' | ')})`);
        await page.selectOption('[data-testid="compare-a"]', versions.at(-1).value);
        await page.fill('[data-testid="compare-customers"]', '3000');
        await page.click('[data-testid="compare-run"]');
        const declined = page.locator('[data-testid="compare-row"][data-outcome="declined"]');
        await declined.waitFor({ timeout: 30_000 });
        assert.equal(await declined.getAttribute('data-significant'), 'true');
        assert.equal(await declined.getAttribute('data-verdict'), 'worse');
        assert.ok((await page.locator('[data-testid="compare-row"]').count()) >= 5, 'a row per outcome');
        assert.equal(await page.getAttribute('[data-testid="compare-changed"]', 'data-count'), '2');
        assert.match(await page.textContent('[data-testid="compare-changed"]'), /Credit policy \(stricter\)/);
        await until(() => page.locator(`${canvasSel(file)} .react-flow__node[data-id="credit-decision"] .jo-ring.jo-tone-changed`).count(), 'the changed node highlighted on the map');
        await until(() => page.locator(`${canvasSel(file)} .je-heat-changed`).count(), 'the changed rule highlighted on the map');
        await until(() => inView(page, file, 'credit-decision'), 'the change in view');
        assert.equal(await page.getAttribute(`${canvasSel(file)} [data-testid="overlay-legend"]`, 'data-source'), 'compare');
        await s.session.shot('compare-versions');
      },
    },
  ],
};

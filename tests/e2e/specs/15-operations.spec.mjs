import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mod, openSession, openWorkbench, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { canvasSel, centerOn, openOnCanvas } from '../canvasActions.mjs';
import { runItems, runPalette, simulationPanel, waitForRunEnd } from '../simulationActions.mjs';
import { a11yProblems } from '../a11y.mjs';

/**
 * Operations, as a new user meets them: the sample's cohort in the cohort editor (arrivals spread
 * over a time, a weekly bar dragged, a daily bar set with the keys, one undo step per gesture), the
 * team editor in the inspector (a week painted in one gesture, a service-level target), a run with
 * the load in words, the team's load through the week and its service level, then "Suggest
 * staffing", Apply, and one Ctrl+Z back.
 */

const TEAM = 'advisors';
const byId = (id) => `[data-testid="${id}"]`;
const text = async (page, id) => ((await page.textContent(byId(id))) ?? '').trim();
const value = async (page, id) => Number(await page.getAttribute(byId(id), 'data-value'));
const staffAt = async (page, day, hour) => Number(await page.getAttribute(byId(`schedule-cell-${day}-${hour}`), 'data-staff'));
const monacoText = async (page, selector) => ((await page.locator(`${selector} .monaco-editor .view-lines`).textContent()) ?? '').replace(/\u00a0/g, ' ');
const center = (b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Drag a profile bar with the mouse (pointer events) so that its top sits at `fraction` of its column. */
async function dragBar(page, id, fraction) {
  const bar = page.locator(byId(id));
  await bar.scrollIntoViewIfNeeded();
  const box = await bar.boundingBox();
  const x = box.x + box.width / 2;
  const from = box.y + box.height * 0.8;
  const to = box.y + box.height * (1 - fraction);
  await page.mouse.move(x, from);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(x, from + ((to - from) * i) / 6);
  await page.mouse.up();
}

/** Paint the rectangle of the week grid from one cell to another in one pointer gesture. */
async function paintCells(page, [d0, h0], [d1, h1]) {
  const a = page.locator(byId(`schedule-cell-${d0}-${h0}`));
  await a.scrollIntoViewIfNeeded();
  const start = center(await a.boundingBox());
  const end = center(await page.locator(byId(`schedule-cell-${d1}-${h1}`)).boundingBox());
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(start.x + ((end.x - start.x) * i) / 8, start.y + ((end.y - start.y) * i) / 8);
  await page.mouse.up();
}

/** Drag the sash above the bottom panel until the panel is about `height` px tall. */
async function resizePanel(page, height) {
  const panel = await page.locator('.ws-panel').boundingBox();
  const sash = await page.locator('.ws-sash-horizontal').boundingBox();
  const x = sash.x + sash.width / 2;
  const y = sash.y + sash.height / 2;
  const to = y - (height - panel.height);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(x, y + ((to - y) * i) / 5);
  await page.mouse.up();
  // The panel takes at most its share of the column (src/shell/panelHeight.ts): it stops there.
  const cap = await page.evaluate(() => Math.floor((document.querySelector('.ws-panel')?.parentElement?.getBoundingClientRect().height ?? 0) * 0.35));
  const want = Math.min(height, cap);
  await until(async () => Math.abs((await page.locator('.ws-panel').boundingBox()).height - want) < 40, `the panel ${want} px tall`);
}

/** The chart has drawn something: a canvas (or svg) of real size with more than its background in it. */
async function chartDrawn(page, selector) {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel);
    const canvas = box?.querySelector('canvas');
    if (canvas) {
      if (canvas.width < 50 || canvas.height < 50) return false;
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      if (!data) return false;
      const colours = new Set();
      for (let i = 0; i < data.length && colours.size < 20; i += 4 * 97) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
      return colours.size >= 5;
    }
    const svg = box?.querySelector('svg');
    return !!svg && svg.getBoundingClientRect().width > 50 && svg.querySelectorAll('path, rect').length > 5;
  }, selector);
}

/** A screenshot of one element (beside the session's numbered page shots). */
async function shotOf(s, locator, step) {
  await locator.screenshot({ path: join(s.artifacts, `${s.spec}-${step}.png`) });
}

async function assertAccessible(page, selector, what) {
  const problems = await a11yProblems(page, selector);
  assert.deepEqual(problems, [], `accessibility of ${what}:\n  ${problems.join('\n  ')}`);
}

export default {
  name: 'Operations: arrivals in the cohort editor, a team’s week, load and service level, suggested staffing',
  sequential: true,
  async setup(env) {
    const sample = mainSample(env.root);
    assert.ok(sample.journey.cohort, 'the sample names its cohort');
    assert.ok(sample.journey.teams?.some((t) => t.id === TEAM), `the sample has team ${TEAM}`);
    return { ...env, session: await openSession(env), sample, cohortFile: sample.journey.cohort };
  },
  tests: [
    {
      name: 'opens the sample’s cohort from the Explorer in the cohort editor, its arrivals spread over time',
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await page.click(`[data-testid="explorer-item"][data-path="${s.cohortFile}"]`);
        const editor = page.locator(`[data-testid="cohort-editor"][data-path="${s.cohortFile}"]`);
        await editor.waitFor();
        await page.locator(`[data-testid="tab"][data-kind="cohort"][data-path="${s.cohortFile}"][aria-selected="true"]`).waitFor();
        assert.ok((await editor.locator('[data-testid^="segment-share-"]').count()) >= 2, 'the segments with their shares');
        assert.match(await text(page, 'segments-total'), /100/, 'the shares add up to 100 %');
        if ((await page.getAttribute(byId('arrivals-toggle'), 'data-mode')) !== 'spread') {
          await page.click(byId('arrivals-spread'));
          await until(async () => (await page.getAttribute(byId('arrivals-toggle'), 'data-mode')) === 'spread', 'arrivals spread');
        }
        assert.equal(await page.isChecked(byId('arrivals-spread')), true);
        assert.equal(await page.locator('[data-testid^="weekly-bar-"]').count(), 7, 'a bar a day');
        assert.equal(await page.locator('[data-testid^="daily-bar-"]').count(), 24, 'a bar an hour');
        assert.match(await text(page, 'arrivals-peak'), /^Peak: .+ the average hour\)$/);
        await page.locator(byId('arrivals-section')).scrollIntoViewIfNeeded();
        await s.session.shot('cohort-editor');
      },
    },
    {
      name: 'cohort editor: accessibility smoke check (names, ids, references)',
      blocking: false,
      async run(s) {
        await assertAccessible(s.session.page, `[data-testid="cohort-editor"][data-path="${s.cohortFile}"]`, 'the cohort editor');
      },
    },
    {
      name: 'spreads the arrivals over 14 days, drags Saturday’s bar (one undo step), sets 06:00 with the keys; the Source follows',
      async run(s) {
        const { page } = s.session;
        // Over: typed, committed with Enter.
        await page.fill(byId('arrivals-over'), '14d');
        await page.press(byId('arrivals-over'), 'Enter');

        // Drag Saturday (bar 5) up to three quarters of its column.
        const saturday = await value(page, 'weekly-bar-5');
        await dragBar(page, 'weekly-bar-5', 0.75);
        await until(async () => (await value(page, 'weekly-bar-5')) > saturday + 0.5, 'Saturday’s weight to follow the drag');
        const dragged = await value(page, 'weekly-bar-5');
        assert.ok(Math.abs(dragged - 1.5) <= 0.1, `the drag set about 1.5 (${dragged})`);
        assert.match(await text(page, 'weekly-readout'), new RegExp(`^Saturday: ${dragged} \\(.+ the average day\\)$`));
        await s.session.shot('cohort-weekly-dragged');

        // One Ctrl+Z undoes the whole drag (not the over), Ctrl+Shift+Z brings it back.
        await page.keyboard.press(`${mod}+z`);
        await until(async () => (await value(page, 'weekly-bar-5')) === saturday, 'the drag undone in one step');
        assert.equal(await page.inputValue(byId('arrivals-over')), '14d', 'the edit before the drag stays');
        await page.keyboard.press(`${mod}+Shift+z`);
        await until(async () => (await value(page, 'weekly-bar-5')) === dragged, 'the drag redone');

        // The keyboard on the daily chart: focus it (one tab stop), → to 06:00, ↑ twice (+0.2).
        const six = await value(page, 'daily-bar-6');
        await page.locator('[data-testid^="daily-bar-"][tabindex="0"]').focus();
        await page.keyboard.press('Home');
        for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
        await until(() => page.evaluate(() => document.activeElement?.dataset.testid === 'daily-bar-6'), '06:00 focused');
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('ArrowUp');
        const raised = Math.round((six + 0.2) * 100) / 100;
        await until(async () => (await value(page, 'daily-bar-6')) === raised, `06:00 raised to ${raised}`);
        assert.match(await text(page, 'daily-readout'), new RegExp(`^06:00–07:00: ${raised} \\(.+ the average hour\\)$`));
        await s.session.shot('cohort-daily-keys');
        // Each key press was one step: one Ctrl+Z takes back 0.1.
        await page.keyboard.press(`${mod}+z`);
        await until(async () => (await value(page, 'daily-bar-6')) === Math.round((six + 0.1) * 100) / 100, 'one key press undone');
        await page.keyboard.press(`${mod}+Shift+z`);
        await until(async () => (await value(page, 'daily-bar-6')) === raised, 'redone');

        // The document itself: the Source tab shows the new arrivals.
        await page.click(byId('action-open-source'));
        const source = `[data-testid="source-editor"][data-path="${s.cohortFile}"]`;
        await page.waitForSelector(`${source} .monaco-editor`);
        await until(async () => {
          const t = (await monacoText(page, source)).replace(/\s+/g, ' ');
          return t.includes('"over": "14d"') && new RegExp(`"weekly": \\[[^\\]]*\\b${dragged}\\b`).test(t) && new RegExp(`"daily": \\[ ?(?:[\\d.]+, ?){6}${raised},`).test(t);
        }, 'the arrivals in the Source');
        await s.session.shot('cohort-source');
        // Close the Source, back to the editor alone.
        await page.click(`[data-testid="tab"][data-kind="source"][data-path="${s.cohortFile}"] .ws-tab-close`);
        await until(async () => (await page.locator(source).count()) === 0, 'the Source closed');
      },
    },
    {
      name: 'paints the weekend on the advisors’ week grid in one gesture (one undo step), sets a service-level target',
      async run(s) {
        const { page } = s.session;
        await openOnCanvas(page, s.sample.file);
        await runPalette(page, 'edit teams', 'journey.editTeams');
        await page.locator(byId('team-list')).waitFor();
        const row = page.locator(byId(`team-row-${TEAM}`));
        const before = await row.textContent();
        await page.click(byId(`team-edit-${TEAM}`));
        await page.locator(`[data-testid="team-editor"][data-team="${TEAM}"]`).waitFor();
        assert.equal(await page.isChecked(byId('schedule-toggle')), true, 'the advisors work a schedule');
        const summary = await text(page, 'schedule-summary');
        assert.ok(before.includes(summary), `the list shows the schedule in words (${summary})`);
        const hours = Number(/(\d+) staff-hours a week$/.exec(summary)?.[1]);
        assert.ok(hours > 0, `staff-hours in the summary: ${summary}`);
        assert.equal(await staffAt(page, 6, 14), 0, 'nobody on Sunday afternoon');

        // Paint 2 staff over Saturday and Sunday 13:00–17:00.
        await page.fill(byId('paint-staff'), '2');
        await paintCells(page, [5, 13], [6, 16]);
        await until(async () => (await text(page, 'schedule-summary')) !== summary, 'the summary to change');
        const painted = await text(page, 'schedule-summary');
        assert.match(painted, /Sat–Sun 13:00–17:00 · 2 staff/, painted);
        assert.match(painted, new RegExp(`; ${hours + 16} staff-hours a week$`), painted);
        assert.match(await text(page, 'schedule-total'), new RegExp(`^${hours + 16} staff-hours a week`));
        for (const [d, h] of [[5, 13], [5, 16], [6, 13], [6, 16]]) assert.equal(await staffAt(page, d, h), 2, `2 staff at ${d}-${h}`);
        assert.equal(await staffAt(page, 6, 17), 0, 'nothing painted beyond the rectangle');
        await page.locator(byId('schedule-grid')).scrollIntoViewIfNeeded();
        await s.session.shot('team-editor-painted');
        await shotOf(s, page.locator(byId('schedule-grid')).locator('xpath=..'), 'team-week-grid');

        // One Ctrl+Z undoes the whole rectangle; redo keeps it for the run.
        await page.keyboard.press(`${mod}+z`);
        await until(async () => (await text(page, 'schedule-summary')) === summary, 'the paint undone in one step');
        assert.equal(await staffAt(page, 6, 14), 0);
        await page.keyboard.press(`${mod}+Shift+z`);
        await until(async () => (await text(page, 'schedule-summary')) === painted, 'the paint redone');

        // The target: 90 % answered within 4 hours.
        if (!(await page.isChecked(byId('target-service-level')))) await page.click(byId('target-service-level'));
        await page.fill(byId('target-answer'), '90');
        await page.press(byId('target-answer'), 'Enter');
        await page.fill(byId('target-within'), '4h');
        await page.press(byId('target-within'), 'Enter');
        await until(async () => (await text(page, 'target-service-level-words')) === '90 % of the customers offered reach a staff member within 4 hours.', 'the target in words');
        await page.locator(byId('target-service-level-words')).scrollIntoViewIfNeeded();
        await s.session.shot('team-editor-target');
      },
    },
    {
      name: 'team editor: accessibility smoke check (names, ids, references)',
      blocking: false,
      async run(s) {
        await assertAccessible(s.session.page, `[data-testid="team-editor"][data-team="${TEAM}"]`, 'the team editor');
      },
    },
    {
      name: 'runs a simulation: the load in words, the advisors’ load through the week, their service level, the map by service level',
      async run(s) {
        const { page } = s.session;
        await page.click('[data-testid="activity-simulation"]');
        await page.waitForSelector('[data-testid="simulation-form"]');
        assert.equal(await page.inputValue('[data-testid="sim-cohort"]'), s.cohortFile);
        const load = page.locator(byId('run-load-summary'));
        await until(async () => /^1,000 customers over 14 days ≈ 71 a day/.test((await load.textContent()) ?? ''), 'the load in words, over the cohort’s 14 days');
        assert.equal(await load.getAttribute('data-source'), 'cohort');
        assert.equal(await page.locator(byId('run-load-hint')).count(), 0, 'no "all at once" warning');
        await page.click(byId('simulation-run'));
        // The run is over when it is stored (the Run button alone is back before it starts, too).
        await until(async () => (await runItems(page).count()) === 1, 'the run stored', 60_000);
        await waitForRunEnd(page);

        const panel = simulationPanel(page);
        await panel.waitFor();
        const hoursChart = panel.locator(byId('chart-team-hours'));
        await hoursChart.scrollIntoViewIfNeeded();
        await until(() => chartDrawn(page, '[data-testid="chart-team-hours"]'), 'the load-through-the-week chart drawn', 15_000);
        const card = panel.locator('[data-testid="result-card"]', { has: page.locator(byId('chart-team-hours')) });
        const picker = card.locator(byId('team-hours-team'));
        if (await picker.count()) assert.equal(await picker.inputValue(), TEAM, 'the first team is shown');
        assert.ok((await card.locator('[data-testid="result-row"]').count()) > 0, 'the chart has its table');

        const levels = panel.locator(byId('team-service-levels'));
        const advisors = levels.locator('tr', { hasText: s.sample.journey.teams.find((t) => t.id === TEAM).name });
        assert.equal(await advisors.count(), 1, 'a row for the advisors');
        const rowText = (await advisors.textContent()) ?? '';
        assert.match(rowText, /\d+(\.\d+)?\s?%/, `a service level figure: ${rowText}`);
        assert.match(rowText, /90\s?% in 4h|90\s?%.*4\s?h/, `the target it is judged by: ${rowText}`);
        s.serviceLevelRow = rowText;
        // Make the panel taller (drag its sash up) to read the cards whole.
        await resizePanel(page, 560);
        await levels.scrollIntoViewIfNeeded();
        await s.session.shot('results-service-levels');
        await shotOf(s, levels.locator('xpath=ancestor::section[1]'), 'card-service-levels');
        await card.scrollIntoViewIfNeeded();
        await until(() => chartDrawn(page, '[data-testid="chart-team-hours"]'), 'the chart drawn at its new size');
        await s.session.shot('results-team-hours');
        await shotOf(s, card, 'card-team-hours');
        await shotOf(s, page.locator(byId('simulation-form')), 'run-form');

        // The map coloured by service level.
        await page.click(byId('heat-mode-service'));
        const legend = page.locator(`${canvasSel(s.sample.file)} [data-testid="overlay-legend"]`);
        await until(async () => /colour: service level/i.test((await legend.textContent()) ?? ''), 'service level in the legend');
        // The step where the customers queue for an advisor is coloured by the team's service level.
        const workNode = s.sample.journey.nodes.find((n) => n.work?.team === TEAM).id;
        const badge = page.locator(`${canvasSel(s.sample.file)} [data-testid="overlay-badge-${workNode}"]`);
        await until(async () => (await badge.count()) === 1 && /^SL \d+%$/.test(((await badge.textContent()) ?? '').trim()), `the service level on ${workNode}`);
        assert.match((await badge.getAttribute('title')) ?? '', /\(SL \d+(\.\d+)?% \(target 90% in 4h\)/, 'the tooltip names the target');
        assert.ok(['good', 'warn', 'bad'].includes(await badge.getAttribute('data-tone')), 'a tone against the target');
        await centerOn(page, s.sample.file, [workNode]);
        await s.session.shot('map-service-level');
        await shotOf(s, page.locator(byId('overlay-controls')), 'overlay-controls');
      },
    },
    {
      name: 'results: accessibility smoke check of the Simulation view and panel',
      blocking: false,
      async run(s) {
        await assertAccessible(s.session.page, '[data-testid="view-simulation"]', 'the Simulation view');
        await assertAccessible(s.session.page, '[data-testid="simulation-panel"]', 'the results panel');
      },
    },
    {
      name: 'Suggest staffing proposes staff for the target; Apply changes the advisors’ staff in one step, Ctrl+Z reverts it',
      async run(s) {
        const { page } = s.session;
        const editorSummary = () => text(page, 'schedule-summary');
        await page.locator(`[data-testid="team-editor"][data-team="${TEAM}"]`).waitFor();
        const before = await editorSummary();
        await page.locator(byId('suggest-staffing')).scrollIntoViewIfNeeded();
        await page.click(byId('suggest-staffing'));
        const proposal = page.locator(byId('staffing-proposal'));
        await until(async () => (await proposal.count()) > 0, 'the staffing proposal', 80_000);
        const team = proposal.locator(`[data-testid="staffing-team"][data-team="${TEAM}"]`);
        assert.equal(await team.count(), 1, 'a proposal for the advisors');
        const changed = team.locator('[data-testid="staffing-row"][data-changed="true"]');
        const rows = await changed.allTextContents();
        assert.ok(rows.some((r) => r.includes('→')), `the proposal changes the advisors’ staff: ${rows.join(' | ')}`);
        await proposal.scrollIntoViewIfNeeded();
        await s.session.shot('staffing-proposal');
        await shotOf(s, proposal, 'staffing-proposal-element');
        await assertAccessible(page, '[data-testid="staffing-proposal"]', 'the staffing proposal');

        await page.click(byId('staffing-apply'));
        await until(async () => (await proposal.count()) === 0, 'the proposal applied');
        await until(async () => (await editorSummary()) !== before, 'the advisors’ schedule to change');
        const after = await editorSummary();
        const staffOf = (t) => [...t.matchAll(/(\d+) staff(?!-)/g)].map((m) => Number(m[1]));
        assert.notDeepEqual(staffOf(after), staffOf(before), `the staff changed: ${before} → ${after}`);
        await s.session.shot('staffing-applied');

        await page.keyboard.press(`${mod}+z`);
        await until(async () => (await editorSummary()) === before, 'one Ctrl+Z to revert the staffing');
      },
    },
  ],
};

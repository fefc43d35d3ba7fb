import assert from 'node:assert/strict';
import { openSession, openWorkbench, sleep, until } from '../session.mjs';
import { mainSample } from '../samples.mjs';
import { canvasSel, openOnCanvas } from '../canvasActions.mjs';
import { runItems, simulationPanel, waitForRunEnd } from '../simulationActions.mjs';

/** The sample with the most outcomes (the mortgage journey: 7, and "no outcome"). */
const OUTCOMES_CARD = '[data-testid="result-card"][data-title="Outcomes by segment"]';
const ECONOMICS_CARD = '[data-testid="result-card"][data-title="Cost to serve and value per customer"]';

/** Every chart's legend as drawn (read back from echarts), and every table's fit, in the panel. */
async function layoutFacts(page) {
  return simulationPanel(page).evaluate((panel) => {
    const charts = [...panel.querySelectorAll('[data-testid="result-card"]')].map((card) => {
      const chart = card.querySelector('[data-testid="result-chart"]');
      return { title: card.dataset.title, legend: chart?.dataset.legend, colours: chart?.dataset.colours ?? '' };
    });
    const tables = [...panel.querySelectorAll('[data-testid="result-table-wrap"]')].map((wrap) => {
      const first = wrap.querySelector('th');
      const cut = [...wrap.querySelectorAll('th, td')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent);
      return {
        title: wrap.closest('[data-testid="result-card"]')?.dataset.title,
        fits: wrap.scrollWidth <= wrap.clientWidth + 1,
        stickyFirst: !!first && getComputedStyle(first).position === 'sticky' && getComputedStyle(first).left === '0px',
        cut,
      };
    });
    return { charts, tables };
  });
}

function assertLayout(facts, where) {
  for (const c of facts.charts) assert.notEqual(c.legend, 'scroll', `${where}: "${c.title}" has a paging legend`);
  for (const t of facts.tables) {
    assert.deepEqual(t.cut, [], `${where}: clipped text in the table of "${t.title}"`);
    assert.ok(t.fits || t.stickyFirst, `${where}: the table of "${t.title}" neither fits nor keeps its first column in view`);
  }
}

/**
 * Charts and tables read whole at 1440×900 and 1280×720: no paging legend, a colour per outcome
 * (in its result's hue), tables that fit or scroll with their first column in view, and money in
 * the workspace's currency (€ by default; $ once Settings says USD).
 */
export default {
  name: 'Charts and tables: legends that fit, distinct outcome colours, whole tables, the currency',
  sequential: true,
  async setup(env) {
    return { ...env, session: await openSession(env), sample: mainSample(env.root) };
  },
  tests: [
    {
      name: 'runs the sample with the most outcomes; no paging legend, every outcome its own colour',
      async run(s) {
        const { page } = s.session;
        await openWorkbench(s.session);
        await openOnCanvas(page, s.sample.file);
        await page.click('[data-testid="activity-simulation"]');
        await page.waitForSelector('[data-testid="simulation-form"]');
        await page.click('[data-testid="simulation-run"]');
        await waitForRunEnd(page);
        assert.equal(await runItems(page).count(), 1);
        const panel = simulationPanel(page);
        await panel.waitFor();
        const cards = panel.locator('[data-testid="result-card"]');
        await until(async () => (await panel.locator('[data-testid="result-chart"][data-legend]').count()) >= (await cards.count()), 'every chart drawn', 15_000);
        const outcomes = panel.locator(OUTCOMES_CARD);
        await outcomes.scrollIntoViewIfNeeded();
        await sleep(500);
        await s.session.shot('outcomes-1440');

        const facts = await layoutFacts(page);
        assertLayout(facts, '1440×900');
        const chart = facts.charts.find((c) => c.title === 'Outcomes by segment');
        const colours = chart.colours.split(' ');
        const outcomeCount = s.sample.journey.nodes.filter((n) => n.kind === 'outcome').length;
        assert.ok(colours.length >= outcomeCount, `a series per outcome (${colours.length})`);
        assert.equal(new Set(colours).size, colours.length, `outcome colours all distinct: ${colours.join(' ')}`);
        // The legend: the chart's own (not paging) or the table, each row with the chart's colour.
        if (chart.legend === 'hidden') {
          const swatches = await outcomes.locator('[data-testid="row-swatch"]').evaluateAll((els) => els.map((e) => e.dataset.colour));
          assert.deepEqual(swatches, colours, 'the table is the legend: its swatches are the chart’s colours');
        }
        const text = await outcomes.textContent();
        assert.doesNotMatch(text, /\b\d+\/\d+\b/, 'no "1/8" pager');
      },
    },
    {
      name: 'money shows in euros by default: the economics chart and table, the chips on the map',
      async run(s) {
        const { page } = s.session;
        const panel = simulationPanel(page);
        const economics = panel.locator(ECONOMICS_CARD);
        await economics.scrollIntoViewIfNeeded();
        await sleep(400);
        await s.session.shot('economics-eur');
        const text = await economics.locator('table').textContent();
        assert.match(text, /€\d/, `euros in the table: ${text.slice(0, 120)}`);
        assert.doesNotMatch(text, /¤/);
        const chips = page.locator(`${canvasSel(s.sample.file)} .jn-cost`);
        if ((await chips.count()) > 0) assert.match(await chips.first().textContent(), /^€/);
        assert.equal(await page.locator(`${canvasSel(s.sample.file)} :text("¤")`).count(), 0, 'no "¤" on the map');
      },
    },
    {
      name: 'Settings: Currency USD shows dollars everywhere at once, and is kept after a reload',
      async run(s) {
        const { page } = s.session;
        await page.click('[data-testid="activity-settings"]');
        const select = page.locator('[data-testid="setting-currency"]');
        await select.waitFor();
        assert.equal(await select.inputValue(), 'EUR');
        await select.selectOption('USD');
        await s.session.shot('settings-usd');
        const economics = simulationPanel(page).locator(ECONOMICS_CARD);
        await until(async () => /\$\d/.test(await economics.locator('table').textContent()), 'dollars in the economics table');
        assert.doesNotMatch(await economics.locator('table').textContent(), /€/);
        const chips = page.locator(`${canvasSel(s.sample.file)} .jn-cost`);
        if ((await chips.count()) > 0) assert.match(await chips.first().textContent(), /^\$/);
        await economics.scrollIntoViewIfNeeded();
        await sleep(300);
        await s.session.shot('economics-usd');
        await page.reload();
        await page.waitForSelector('[data-testid="activity-settings"]');
        // The side bar comes back as it was (Settings); a click on its activity would close it.
        if ((await page.locator('[data-testid="setting-currency"]').count()) === 0) await page.click('[data-testid="activity-settings"]');
        await until(async () => (await page.locator('[data-testid="setting-currency"]').inputValue().catch(() => '')) === 'USD', 'USD after a reload');
        await page.locator('[data-testid="setting-currency"]').selectOption('EUR');
      },
    },
    {
      name: 'at 1280×720 too: no paging legend, no clipped table text, tables fit or scroll with a sticky first column',
      async run(s) {
        const { page } = s.session;
        await page.setViewportSize({ width: 1280, height: 720 });
        await page.click('[data-testid="activity-simulation"]');
        await page.waitForSelector('[data-testid="simulation-form"]');
        await runItems(page).first().click();
        const panel = simulationPanel(page);
        await panel.waitFor();
        const cards = panel.locator('[data-testid="result-card"]');
        await until(async () => (await panel.locator('[data-testid="result-chart"][data-legend]').count()) >= (await cards.count()), 'every chart drawn', 15_000);
        await sleep(600);
        assertLayout(await layoutFacts(page), '1280×720');
        await panel.locator(OUTCOMES_CARD).scrollIntoViewIfNeeded();
        await sleep(300);
        await s.session.shot('outcomes-1280');
        const teams = panel.locator('[data-testid="result-card"][data-title="Service level and abandonment by team"]');
        if ((await teams.count()) > 0) {
          await teams.scrollIntoViewIfNeeded();
          await sleep(300);
          await s.session.shot('team-table-1280');
        }
        await panel.locator(ECONOMICS_CARD).scrollIntoViewIfNeeded();
        await sleep(300);
        await s.session.shot('economics-1280');
      },
    },
  ],
};

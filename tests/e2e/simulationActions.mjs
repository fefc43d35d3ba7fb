// Simulation gestures for the browser tests, through the agreed selectors (data-testid).
import { mod, until } from './session.mjs';

/** Set fields of the Simulation view's form (customers, seed, horizon). */
export async function fillRunForm(page, fields) {
  for (const [name, value] of Object.entries(fields)) await page.fill(`[data-testid="sim-${name}"]`, value);
}

/** Run a command from the palette by typing its words; checks that the first match is `id`. */
export async function runPalette(page, words, id, session) {
  await page.keyboard.press(`${mod}+Shift+P`);
  const input = page.locator('[data-testid="command-palette-input"]');
  await input.waitFor();
  await input.type(words);
  const first = page.locator('[data-testid="quick-item"]').first();
  await until(async () => (await first.getAttribute('data-id')) === id, `"${words}" to find ${id} first`);
  if (session && id === 'simulation.run') await session.shot('palette-run-simulation');
  await page.keyboard.press('Enter');
}

/** The progress text while a run goes on (undefined otherwise). */
export const runningText = (page) => async () => {
  const el = page.locator('[data-testid="simulation-progress-text"]');
  return (await el.count()) > 0 ? await el.textContent() : undefined;
};

/** Wait until no run is in progress (the Run button is back); throws with the view's notice when the run failed. */
export async function waitForRunEnd(page, ms = 60_000) {
  await until(async () => (await page.locator('[data-testid="simulation-progress"]').count()) === 0 && (await page.locator('[data-testid="simulation-run"]').count()) > 0, 'the run to end', ms);
  const failed = page.locator('[data-testid="simulation-notice"][data-kind="error"]');
  if ((await failed.count()) > 0) throw new Error(`the run failed: ${await failed.textContent()}`);
}

export const runItems = (page) => page.locator('[data-testid="run-item"]');
export const simulationPanel = (page) => page.locator('[data-testid="simulation-panel"]');

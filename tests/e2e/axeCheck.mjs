// axe-core in the browser tests, through @axe-core/playwright (it works with playwright-core):
// serious and critical violations fail, printed one a line with the elements they are about.
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';

const FAILING = new Set(['serious', 'critical']);

/** The serious and critical violations of the page (or of the part under `include`). */
export async function axeViolations(page, { include, exclude = [] } = {}) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  for (const e of exclude) builder = builder.exclude(e);
  const { violations } = await builder.analyze();
  return violations.filter((v) => FAILING.has(v.impact));
}

/** One violation as lines a reader can act on: rule, impact, help, and each element with its target and summary. */
export function describeViolation(v) {
  const nodes = v.nodes.slice(0, 6).map((n) => `      ${n.target.join(' ')}\n        ${(n.failureSummary ?? '').replace(/\n\s*/g, ' ')}\n        ${n.html.slice(0, 200)}`);
  const more = v.nodes.length > 6 ? [`      … and ${v.nodes.length - 6} more`] : [];
  return [`  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'})`, `    ${v.helpUrl}`, ...nodes, ...more].join('\n');
}

/** Fail with the violations, readably, when a view has any serious or critical one. */
export async function assertNoSeriousViolations(page, view, options) {
  const violations = await axeViolations(page, options);
  // the runner prints only the first lines of a failure: the whole list goes to the log first
  if (violations.length) console.log(`    axe in ${view}:\n${violations.map(describeViolation).join('\n')}`);
  assert.ok(violations.length === 0, `axe: ${violations.length} serious or critical violation(s) in ${view}:\n${violations.map(describeViolation).join('\n')}`);
}

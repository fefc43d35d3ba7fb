/**
 * A small valid journey for tests: visit (touchpoint) → applied (success) on APPLY, or → gone
 * (failure) after 3 days. Returned as plain JSON so tests can break it as they like.
 */
export function minimalJourney(): Record<string, unknown> & { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] } {
  return {
    format: 'journey/1',
    id: 'mini',
    name: 'Mini journey',
    customer: { income: 'number' },
    vars: { reminders: 0 },
    stages: [{ id: 'explore', name: 'Explore' }],
    teams: [{ id: 'advisors', name: 'Advisors', staff: 1 }],
    start: 'visit',
    nodes: [
      { id: 'visit', kind: 'touchpoint', label: 'Visit', channel: 'web', stage: 'explore', lane: 'customer' },
      { id: 'applied', kind: 'outcome', label: 'Applied', result: 'success', value: 100 },
      { id: 'gone', kind: 'outcome', label: 'Gone', result: 'failure' },
    ],
    edges: [
      { id: 'apply', from: 'visit', to: 'applied', event: 'APPLY', sim: { p: 0.5, delay: '1d' } },
      { id: 'timeout', from: 'visit', to: 'gone', after: '3d' },
    ],
  };
}

export function minimalCohort(): Record<string, unknown> & { segments: Record<string, unknown>[] } {
  return {
    format: 'cohort/1',
    id: 'mini-cohort',
    name: 'Mini cohort',
    segments: [
      { id: 'young', name: 'Young', share: 0.4, attributes: { income: { dist: 'normal', mean: 40000, sd: 5000 } } },
      { id: 'old', name: 'Old', share: 0.6, attributes: { income: 60000 }, patience: { dist: 'exponential', mean: '20m' } },
    ],
  };
}

/** The 1-based line of the first occurrence of `needle` in `text` (after `after`, when given). */
export function lineOf(text: string, needle: string, after?: string): number {
  const from = after === undefined ? 0 : text.indexOf(after);
  const at = text.indexOf(needle, Math.max(0, from));
  if (at < 0) throw new Error(`'${needle}' not in text`);
  return text.slice(0, at).split('\n').length;
}

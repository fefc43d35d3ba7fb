import { describe, expect, it } from 'vitest';
import { exportMermaid } from './exportMermaid';
import { journeySchema } from '../../model/journey';
import { mortgageJourney, onboardingJourney } from '../testJourneys';

/** The ids Mermaid reads in a line: `state "…" as id`, `a --> b : …`. */
function declared(text: string): Set<string> {
  return new Set([...text.matchAll(/^\s*state "[^"]*" as ([^\s{]+)\{?$/gm)].map((m) => m[1]!));
}

describe('exportMermaid', () => {
  const text = exportMermaid(mortgageJourney);

  it('draws stages as composite states holding their nodes, the start first', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(lines[1]).toBe('  [*] --> explore');
    expect(text).toContain('  state "Explore" as explore{\n    [*] --> visit\n    state "Visit website" as visit\n    state "Send reminder" as remind\n');
    expect(text).toContain('  state "Apply" as apply{\n    [*] --> apply_form\n');
  });

  it('labels transitions with their trigger and guard', () => {
    expect(text).toContain('    visit --> remind : after 3d\n');
    expect(text).toContain('  visit --> apply_form : APPLY\n');
    expect(text).toContain('  check --> approved : [customer.income >= 50000 #38;#38; customer.digital]\n');
    expect(text).toContain('    check --> review : [customer.income >= 50000]\n');
    expect(text).toContain('  check --> declined : always\n');
    expect(text).toContain('  explore --> lost : QUIT\n');
    expect(text).toContain('  apply --> lost : after 14d\n');
  });

  it('shows the steps of staffed work and ends outcomes with [*]', () => {
    expect(text).toContain('      review_queued --> review_handling : work.start\n');
    expect(text).toContain('  review_handled --> approved : always\n');
    for (const outcome of ['approved', 'declined', 'lost']) expect(text).toContain(`  ${outcome} --> [*]\n`);
  });

  it('only uses declared ids that Mermaid can lex (no "-", no keywords) and keeps labels on one line', () => {
    for (const journey of [mortgageJourney, onboardingJourney]) {
      const t = exportMermaid(journey);
      const ids = declared(t);
      for (const m of t.matchAll(/^\s*(\S+) --> (\S+)(?: : (.*))?$/gm)) {
        for (const end of [m[1]!, m[2]!]) if (end !== '[*]') expect(ids, `${end} in ${m[0]}`).toContain(end);
        expect((m[3] ?? '').replace(/#\d+;/g, '')).not.toMatch(/[:;"]/);
      }
      for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_]+$/);
    }
    const odd = journeySchema.parse({
      ...onboardingJourney,
      nodes: onboardingJourney.nodes.map((n) => (n.id === 'nudge' ? { ...n, id: 'state', label: 'Nudge: "soft"; then wait' } : n)),
      edges: onboardingJourney.edges.map((e) => ({ ...e, from: e.from === 'nudge' ? 'state' : e.from, to: e.to === 'nudge' ? 'state' : e.to, ...(e.id === 'remind' ? { guard: 'journey.nudges < 1 ? true : false' } : {}) })),
    });
    const t = exportMermaid(odd);
    expect(t).toContain('state "Nudge#58; #34;soft#34;#59; then wait" as state_S');
    expect(t).toContain('waiting --> state_S : after 2d [journey.nudges #60; 1 ? true #58; false]');
  });
});

import { describe, expect, it } from 'vitest';
import { exportMermaid } from './exportMermaid';
import { journeySchema } from '../../model/journey';
import { collidingIdsJourney, mortgageJourney, onboardingJourney } from '../testJourneys';

/** The ids Mermaid reads in a line: `state "…" as id`, `a --> b : …`. */
function declared(text: string): Set<string> {
  return new Set([...text.matchAll(/^\s*state "[^"]*" as ([^\s{]+)\{?$/gm)].map((m) => m[1]!));
}

/** The text a Mermaid label shows (its `#<code>;` decoded). */
const shown = (label: string) => label.replace(/#(\d+);/g, (_, c: string) => String.fromCodePoint(Number(c)));

/** Each arrow of a diagram as `from label --> to label : arrow label`, by the states' labels. */
function arrowsByLabel(text: string): string[] {
  const labels = new Map([...text.matchAll(/^\s*state "([^"]*)" as ([^\s{]+)\{?$/gm)].map((m) => [m[2]!, shown(m[1]!)]));
  return [...text.matchAll(/^\s*(\S+) --> (\S+) : (.*)$/gm)].map((m) => `${labels.get(m[1]!) ?? m[1]} --> ${labels.get(m[2]!) ?? m[2]} : ${shown(m[3]!)}`);
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

describe('exportMermaid with ids whose Mermaid forms collide', () => {
  const text = exportMermaid(collidingIdsJourney);

  it('gives every state its own id (also ignoring case), the document\'s nodes first', () => {
    const ids = [...text.matchAll(/^\s*state "[^"]*" as ([^\s{]+)\{?$/gm)].map((m) => m[1]!);
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
    expect(text).toContain('state "Node call-queued" as call_queued\n');
    expect(text).toContain('state "Queued" as call_queued_2\n');
    expect(text).toContain('state "Node state" as state_S\n');
    expect(text).toContain('state "Node state-s" as state_s_2\n');
    expect(text).toContain('state "Node x-direction-s" as x_direction_s\n');
    expect(text).toContain('state "Stage x-directio#110;" as x_direction_S_2{');
  });

  it('draws each edge to the state it names', () => {
    expect(arrowsByLabel(text).sort()).toEqual(
      [
        'Queued --> Handling : work.start',
        'Handling --> Handled : work.done',
        'Node call --> Node call-queued : HANGUP',
        'Handled --> Node state : always',
        'Node call-queued --> Node state-s : after 1d',
        'Node state --> Node x-direction-s : NEXT',
        'Node state-s --> Node end : always',
        'Node x-direction-s --> Node end-s : STOP',
        'Stage x-direction --> Node end : after 2d',
      ].sort(),
    );
    expect(text).toMatch(/^\s*\[\*\] --> call$/m);
    expect(text).toMatch(/ as call\{\n\s*\[\*\] --> call_queued_2$/m);
  });

  it('is the same text every time', () => {
    expect(exportMermaid(collidingIdsJourney)).toBe(text);
  });
});

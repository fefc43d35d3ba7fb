import { describe, expect, it } from 'vitest';
import { CATALOGUE, type DiagnosticCode } from '../diagnostics/catalogue';
import { validateText } from './validateText';
import { cohortSchema } from '../model/cohort';
import { lineOf, minimalCohort, minimalJourney } from '../testing/minimalJourney';

type Doc = ReturnType<typeof minimalJourney>;
const text = (doc: unknown) => JSON.stringify(doc, null, 2);
const node = (doc: Doc, id: string) => doc.nodes.find((n) => n.id === id)!;
const edge = (doc: Doc, id: string) => doc.edges.find((e) => e.id === id)!;

interface Case {
  /** The document text that triggers the code. */
  text: string;
  /** A unique piece of that text on the line the diagnostic must point at. */
  at: string;
  after?: string;
  nodeId?: string;
  edgeId?: string;
  /** Validate as a journey against this cohort. */
  cohort?: unknown;
  /** Expected column (1-based) when it matters, e.g. inside an expression. */
  column?: number;
  /** Validate for a run with this horizon. */
  horizonMs?: number;
}

function cohortCase(mutate: (c: ReturnType<typeof minimalCohort>) => void, at: string, extra: Partial<Case> = {}): Case {
  const c = minimalCohort();
  mutate(c);
  return { text: text(c), at, ...extra };
}

const team = (d: Doc) => (d.teams as Record<string, unknown>[])[0]!;

/** The minimal journey with an experiment after APPLY: variants a, b and holdout h (45/45/10), each to `applied`. */
function withSplit(d: Doc): { split: Record<string, unknown>; variants: Record<string, unknown>[] } {
  const variants: Record<string, unknown>[] = [{ id: 'a', weight: 45 }, { id: 'b', weight: 45 }, { id: 'h', weight: 10, holdout: true }];
  const split = { id: 'exp', kind: 'split', label: 'Experiment', variants, goal: 'applied' };
  d.nodes.push(split);
  edge(d, 'apply').to = 'exp';
  d.edges.push({ id: 'va', from: 'exp', to: 'applied', always: true, variant: 'a' }, { id: 'vb', from: 'exp', to: 'applied', always: true, variant: 'b' }, { id: 'vh', from: 'exp', to: 'applied', always: true, variant: 'h' });
  return { split, variants };
}

function journeyCase(mutate: (d: Doc) => void, at: string, extra: Partial<Case> = {}): Case {
  const d = minimalJourney();
  mutate(d);
  return { text: text(d), at, ...extra };
}

const CASES: Record<Exclude<DiagnosticCode, 'J005' | 'J035' | 'J040'>, Case> = {
  J001: { text: '{\n  "format": "journey/1",\n  "id": "x"\n  "name": "y"\n}', at: '"name"' },
  J002: journeyCase((d) => (d.format = 'journey/9'), '"format"'),
  J003: journeyCase((d) => (d.name = 42), '"name"'),
  J004: journeyCase((d) => (node(d, 'gone').kind = 'teleport'), '"teleport"', { nodeId: 'gone' }),
  J010: journeyCase((d) => (edge(d, 'timeout').id = 'visit'), '"id": "visit"', { after: '"edges"', edgeId: 'visit' }),
  J011: journeyCase((d) => (edge(d, 'timeout').to = 'nowhere'), '"to": "nowhere"', { edgeId: 'timeout' }),
  J012: journeyCase((d) => (d.start = ''), '"start"'),
  J013: journeyCase((d) => (d.start = 'entrance'), '"start"'),
  J014: journeyCase((d) => d.nodes.push({ id: 'island', kind: 'outcome', label: 'Island', result: 'neutral' }), '"id": "island"', { nodeId: 'island' }),
  J015: journeyCase((d) => {
    d.nodes.push({ id: 'stuck', kind: 'touchpoint', label: 'Stuck', channel: 'email' });
    d.edges.push({ id: 'to-stuck', from: 'visit', to: 'stuck', event: 'MAIL', sim: { p: 0.1, delay: '1h' } });
  }, '"id": "stuck"', { nodeId: 'stuck' }),
  J016: journeyCase((d) => {
    d.nodes.push({ id: 'route', kind: 'decision', label: 'Route' });
    edge(d, 'apply').to = 'route';
    d.edges.push({ id: 'rich', from: 'route', to: 'applied', always: true, guard: 'customer.income > 50000' });
  }, '"id": "route"', { nodeId: 'route' }),
  J017: journeyCase((d) => {
    d.nodes.push({ id: 'route', kind: 'decision', label: 'Route' });
    edge(d, 'apply').to = 'route';
    d.edges.push({ id: 'wrong', from: 'route', to: 'applied', event: 'CLICK', sim: { p: 1, delay: '1m' } }, { id: 'dflt', from: 'route', to: 'gone', always: true });
  }, '"id": "wrong"', { edgeId: 'wrong', nodeId: 'route' }),
  J018: journeyCase((d) => {
    d.nodes.push({ id: 'hold', kind: 'wait', label: 'Hold' });
    edge(d, 'apply').to = 'hold';
    d.edges.push({ id: 'done', from: 'hold', to: 'applied', event: 'DONE', sim: { p: 1, delay: '1d' } });
  }, '"id": "hold"', { nodeId: 'hold' }),
  J019: journeyCase((d) => d.edges.push({ id: 'again', from: 'applied', to: 'gone', after: '1d' }), '"id": "again"', { edgeId: 'again', nodeId: 'applied' }),
  J020: journeyCase((d) => d.edges.push({ id: 'apply-2', from: 'visit', to: 'gone', event: 'APPLY', sim: { p: 0.1, delay: '1d' } }), '"sim"', { after: '"id": "apply-2"', edgeId: 'apply-2' }),
  J021: journeyCase((d) => d.edges.push({ id: 'call', from: 'visit', to: 'gone', event: 'CALL', sim: { p: 0.7, delay: '1d' } }), '"id": "visit"', { nodeId: 'visit' }),
  J022: { text: text({ ...minimalCohort(), segments: minimalCohort().segments.map((s) => ({ ...s, share: 0.45 })) }), at: '"segments"' },
  J023: journeyCase((d) => (edge(d, 'timeout').after = '3 days'), '"after": "3 days"', { edgeId: 'timeout' }),
  J024: journeyCase((d) => ((edge(d, 'apply').sim as { delay: unknown }).delay = { dist: 'lognormal', median: '2h', p90: '1h' }), '"delay"', { edgeId: 'apply' }),
  J025: journeyCase((d) => {
    d.nodes.push({ id: 'route', kind: 'decision', label: 'Route' });
    edge(d, 'apply').to = 'route';
    d.edges.push({ id: 'rich', from: 'route', to: 'applied', always: true, guard: 'customer.incme > 50000' }, { id: 'dflt', from: 'route', to: 'gone', always: true });
  }, '"guard"', { edgeId: 'rich' }),
  J026: journeyCase((d) => (edge(d, 'timeout').event = 'LEAVE'), '"id": "timeout"', { edgeId: 'timeout' }),
  J027: journeyCase((d) => (d.customer = { income: 'number', digital: 'bool' }), '"digital"', { cohort: minimalCohort() }),
  J028: journeyCase((d) => ((edge(d, 'apply').sim as Record<string, unknown>).segments = { retired: { p: 0.2 } }), '"retired"', { edgeId: 'apply', cohort: minimalCohort() }),
  J029: journeyCase((d) => (node(d, 'visit').actions = [{ type: 'assign', var: 'visits', expr: 'journey.reminders + 1' }]), '"var": "visits"', { nodeId: 'visit' }),
  J030: journeyCase((d) => {
    d.nodes.push({ id: 'spin', kind: 'action', label: 'Spin' }, { id: 'spun', kind: 'action', label: 'Spun' });
    edge(d, 'timeout').to = 'spin';
    d.edges.push({ id: 'round', from: 'spin', to: 'spun', always: true }, { id: 'back', from: 'spun', to: 'spin', always: true, guard: 'customer.income > 1' }, { id: 'exit', from: 'spun', to: 'gone', always: true });
  }, '"id": "round"', { edgeId: 'round' }),
  J031: journeyCase((d) => (team(d).schedule = [{ days: 'mon-fri', from: '09:00', to: '17:00', staff: 2 }, { days: 'sund', from: '10:00', to: '14:00', staff: 1 }]), '"sund"'),
  J032: cohortCase((c) => (c.arrivals = { over: '28d', weekly: [1, 1, 1, 1, 1, 0.5] }), '"weekly"'),
  J033: journeyCase((d) => (team(d).serviceLevel = { answer: 80, within: '20s' }), '"answer"'),
  J034: cohortCase((c) => (c.arrivals = { over: '400d' }), '"over"', { horizonMs: 365 * 86_400_000 }),
  J050: journeyCase((d) => {
    d.nodes.push({ id: 'route', kind: 'decision', label: 'Route' });
    edge(d, 'apply').to = 'route';
    d.edges.push({ id: 'deep', from: 'route', to: 'applied', always: true, guard: `${'('.repeat(40)}customer.income > 1${')'.repeat(40)}` }, { id: 'dflt', from: 'route', to: 'gone', always: true });
  }, '"guard"', { edgeId: 'deep' }),
  J051: journeyCase((d) => {
    d.nodes.push({ id: 'route', kind: 'decision', label: 'Route' });
    edge(d, 'apply').to = 'route';
    d.edges.push({ id: 'loops', from: 'route', to: 'applied', always: true, guard: '[1.0, 2.0].exists(a, [3.0, 4.0].exists(b, a == b))' }, { id: 'dflt', from: 'route', to: 'gone', always: true });
  }, '"guard"', { edgeId: 'loops' }),
  J036: { text: text(minimalJourney()).replace('"id": "mini",', `"id": "mini",\n  "x-deep": ${'['.repeat(300)}${']'.repeat(300)},`), at: '"x-deep"' },
  J037: { text: text(minimalJourney()).replace('"value": 100', '"value": 1e309'), at: '"value": 1e309' },
  J038: journeyCase((d) => (node(d, 'applied').value = 2e12), '"value"', { nodeId: 'applied' }),
  J045: journeyCase((d) => (edge(d, 'apply').event = '__proto__'), '"event": "__proto__"', { edgeId: 'apply' }),
  J046: journeyCase((d) => (d.customer = { income: 'string' }), '"income"', { cohort: minimalCohort() }),
  J047: journeyCase((d) => (node(d, 'visit').actions = [{ type: 'assign', var: 'reminders', expr: '"many"' }]), '"expr"', { nodeId: 'visit' }),
  J048: journeyCase((d) => ((edge(d, 'apply').sim as { p: unknown }).p = '2.0'), '"p": "2.0"', { edgeId: 'apply' }),
  J039: journeyCase((d) => (edge(d, 'apply').guard = 'customer.segment.matches("(a)\\\\1")'), '"guard"', { edgeId: 'apply' }),
  J041: journeyCase((d) => (node(d, 'visit').emotion = '5.0'), '"emotion"', { nodeId: 'visit' }),
  J101: journeyCase((d) => (node(d, 'visit').momentOfTruth = true), '"momentOfTruth"', { nodeId: 'visit' }),
  J102: journeyCase((d) => {
    d.nodes.push({ id: 'ask', kind: 'survey', label: 'Ask', metric: 'csat', questions: ['1', '2', '3', '4', '5', '6'], responseRate: 0.3 });
    edge(d, 'timeout').to = 'ask';
    d.edges.push({ id: 'asked', from: 'ask', to: 'gone', after: '1d' });
  }, '"questions"', { nodeId: 'ask' }),
  J103: journeyCase((d) => {
    const ids = ['h1', 'h2', 'h3', 'h4'];
    ids.forEach((id, i) => {
      d.nodes.push({ id, kind: 'handoff', label: id, repeatsInfo: false });
      d.edges.push({ id: `to-${id}`, from: i === 0 ? 'visit' : ids[i - 1]!, to: id, ...(i === 0 ? { event: 'HELP', sim: { p: 0.1, delay: '1h' } } : { always: true }) });
    });
    d.edges.push({ id: 'out', from: 'h4', to: 'gone', always: true });
  }, '"id": "h4"', { nodeId: 'h4' }),
  J104: journeyCase((d) => {
    d.nodes.push({ id: 'pass', kind: 'handoff', label: 'Pass', repeatsInfo: true });
    edge(d, 'timeout').to = 'pass';
    d.edges.push({ id: 'passed', from: 'pass', to: 'gone', always: true });
  }, '"repeatsInfo"', { nodeId: 'pass' }),
  J105: journeyCase((d) => d.edges.push({ id: 'chat', from: 'visit', to: 'gone', event: 'CHAT' }), '"id": "chat"', { edgeId: 'chat' }),
  J106: journeyCase((d) => (node(d, 'applied').result = 'neutral'), '"nodes"'),
  J108: journeyCase((d) => (team(d).serviceLevel = { answer: 0.8, withn: '20s', within: '20s' }), '"withn"'),
  J109: { text: text(minimalJourney()).replace('"name": "Mini journey",', '"name": "Draft",\n  "name": "Mini journey",'), at: '"name": "Mini journey"' },
  J110: journeyCase((d) => (withSplit(d).variants[1]!.weight = 0), '"weight": 0', { nodeId: 'exp' }),
  J111: journeyCase((d) => (withSplit(d).variants[2]!.id = 'a'), '"id": "a"', { after: '"id": "b"', nodeId: 'exp' }),
  J112: journeyCase((d) => {
    withSplit(d);
    d.edges = d.edges.filter((e) => e.id !== 'vb');
  }, '"id": "b"', { nodeId: 'exp' }),
  J113: journeyCase((d) => {
    withSplit(d);
    d.edges.push({ id: 'late', from: 'exp', to: 'gone', after: '1d' });
  }, '"id": "late"', { edgeId: 'late', nodeId: 'exp' }),
  J114: journeyCase((d) => {
    withSplit(d);
    edge(d, 'vb').guard = 'customer.income > 50000';
  }, '"guard"', { edgeId: 'vb', nodeId: 'exp' }),
  J115: journeyCase((d) => (edge(d, 'timeout').variant = 'x'), '"variant": "x"', { edgeId: 'timeout' }),
  J116: journeyCase((d) => (withSplit(d).split.goal = 'nowhere'), '"goal"', { nodeId: 'exp' }),
  J117: journeyCase((d) => {
    withSplit(d);
    edge(d, 'vh').to = 'gone';
  }, '"id": "vh"', { edgeId: 'vh', nodeId: 'exp' }),
  J118: journeyCase((d) => (withSplit(d).variants[0]!.holdout = true), '"holdout"', { after: '"id": "h"', nodeId: 'exp' }),
  J119: journeyCase((d) => delete withSplit(d).variants[2]!.holdout, '"variants"', { nodeId: 'exp' }),
  J107: journeyCase((d) => {
    d.nodes.push({ id: 'route', kind: 'decision', label: 'Route' });
    edge(d, 'apply').to = 'route';
    d.edges.push({ id: 'dflt', from: 'route', to: 'gone', always: true }, { id: 'rich', from: 'route', to: 'applied', always: true, guard: 'customer.income > 50000' });
  }, '"id": "dflt"', { edgeId: 'dflt', nodeId: 'route' }),
};

describe('the diagnostic catalogue', () => {
  it('has a triggering document for every code (J005 is the CLI\'s, J035 of bytes, not text: tested there and in decodeDocument; J040 takes 65,537 nodes: rules/nodeLimit.test.ts)', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(CATALOGUE).filter((c) => c !== 'J005' && c !== 'J035' && c !== 'J040').sort());
  });

  it('the minimal journey and cohort are clean, so each case shows only its own problem', () => {
    expect(validateText(text(minimalJourney()), { cohort: cohortSchema.parse(minimalCohort()) }).diagnostics).toEqual([]);
    expect(validateText(journeyCase((d) => withSplit(d), '"id"').text, { cohort: cohortSchema.parse(minimalCohort()) }).diagnostics).toEqual([]);
    expect(validateText(text(minimalCohort())).diagnostics).toEqual([]);
  });

  for (const [code, c] of Object.entries(CASES)) {
    it(`${code} (${CATALOGUE[code as DiagnosticCode].title}) is reported at the right place`, () => {
      const cohort = c.cohort ? cohortSchema.parse(c.cohort) : undefined;
      const { diagnostics } = validateText(c.text, { file: 'case.json', ...(cohort ? { cohort } : {}), ...(c.horizonMs ? { horizonMs: c.horizonMs } : {}) });
      const found = diagnostics.filter((d) => d.code === code);
      expect(found, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
      const d = found[0]!;
      expect(d.severity).toBe(CATALOGUE[code as DiagnosticCode].severity);
      expect(d.file).toBe('case.json');
      expect(d.start?.line).toBe(lineOf(c.text, c.at, c.after));
      if (c.nodeId) expect(d.nodeId).toBe(c.nodeId);
      if (c.edgeId) expect(d.edgeId).toBe(c.edgeId);
      expect(d.message.length).toBeGreaterThan(20);
    });
  }

  it('checks the operations objects precisely (J031, J032, J033, J023, J108)', () => {
    const journeyCodes = (mutate: (d: Doc) => void) => validateText(journeyCase(mutate, '"id"').text).diagnostics.map((d) => `${d.code} ${d.message}`);
    expect(journeyCodes((d) => (team(d).schedule = [{ days: 'mon', from: '17:00', to: '09:00', staff: 1 }]))).toEqual([expect.stringMatching(/^J031 .*not before "to".*overnight shift is two entries/)]);
    expect(journeyCodes((d) => (team(d).schedule = [{ days: ['mon', 'thu'], from: '9:00', to: '24:00', staff: 1 }]))).toEqual([expect.stringMatching(/^J031 .*"from" is "9:00".*HH:MM/)]);
    expect(journeyCodes((d) => (team(d).schedule = [{ days: 'fri-mon', from: '00:00', to: '24:00', staff: 1, shift: 'night' }]))).toEqual([expect.stringMatching(/^J108 .*"shift"/)]);
    expect(journeyCodes((d) => (team(d).maxAbandon = -0.1))).toEqual([expect.stringMatching(/^J033 .*maxAbandon/)]);
    expect(journeyCodes((d) => (team(d).serviceLevel = { answer: 0.8, within: '20 s' }))).toEqual([expect.stringMatching(/^J023 .*within/)]);
    const cohortCodes = (arrivals: unknown) => validateText(text({ ...minimalCohort(), arrivals })).diagnostics.map((d) => `${d.code} ${d.message}`);
    expect(cohortCodes({ over: '28d', daily: new Array(24).fill(0) })).toEqual([expect.stringMatching(/^J032 .*all zeros/)]);
    expect(cohortCodes({ over: '28d', weekly: [1, 1, 1, 1, 1, -1, 0] })).toEqual([expect.stringMatching(/^J032 .*weekly\[5\] is -1/)]);
    expect(cohortCodes({ over: '0d' })).toEqual([expect.stringMatching(/^J023 .*arrivals.over/)]);
    expect(cohortCodes({ over: '28d', weekly: [1, 1, 1, 1, 1.2, 0.5, 0.2], daily: new Array(24).fill(1), peak: 3 })).toEqual([expect.stringMatching(/^J108 .*"peak"/)]);
    expect(cohortCodes({ over: '28d', weekly: [1, 1, 1, 1, 1.2, 0.5, 0.2] })).toEqual([]);
  });

  it('points inside an expression at the offending name', () => {
    const c = CASES.J025;
    const d = validateText(c.text).diagnostics.find((x) => x.code === 'J025')!;
    const line = c.text.split('\n')[d.start!.line - 1]!;
    expect(line.slice(d.start!.column - 1)).toMatch(/^incme/);
    expect(d.message).toContain('incme');
  });
});

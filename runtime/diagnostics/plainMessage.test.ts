import { describe, expect, it } from 'vitest';
import { CATALOGUE, type DiagnosticCode } from './catalogue';
import { diagnostic, formatDiagnostic } from './diagnostic';
import { PLAIN_FORMS } from './plainForms';
import { plainElement, plainMessage } from './plainMessage';
import { validateText } from '../lint/validateText';
import { cohortSchema } from '../model/cohort';
import { minimalCohort, minimalJourney } from '../testing/minimalJourney';

type Doc = ReturnType<typeof minimalJourney>;
const node = (d: Doc, id: string) => d.nodes.find((n) => n.id === id)!;
const edge = (d: Doc, id: string) => d.edges.find((e) => e.id === id)!;
const team = (d: Doc) => (d.teams as Record<string, unknown>[])[0]!;

/** JSON showing through: braces, quoted keys, paths, "key": value pairs. */
const JSON_SYNTAX = /[{}[\]]|"[a-zA-Z_]+"|"\w+"\s*:|\w\[\d|\bsim\b|\b(repeatsInfo|momentOfTruth|serviceLevel|maxAbandon|responseRate|costPerHour|toTeam)\b|: true\b/;

/** Documents that trigger what a person editing on the map can meet (and some more), each named. */
const MUTATIONS: [string, (d: Doc) => void][] = [
  ['silent event', (d) => d.edges.push({ id: 'chat', from: 'visit', to: 'gone', event: 'CHAT' })],
  ['unreachable', (d) => d.nodes.push({ id: 'island', kind: 'outcome', label: 'Lonely island', result: 'neutral' })],
  ['dead end', (d) => {
    d.nodes.push({ id: 'stuck', kind: 'touchpoint', label: 'Stuck here', channel: 'email' });
    d.edges.push({ id: 'to-stuck', from: 'visit', to: 'stuck', event: 'MAIL', sim: { p: 0.1, delay: '1h' } });
  }],
  ['decision without default, not a rule', (d) => {
    d.nodes.push({ id: 'route', kind: 'decision', label: 'Route them' });
    edge(d, 'apply').to = 'route';
    d.edges.push({ id: 'rich', from: 'route', to: 'applied', always: true, guard: 'customer.incme > 50000' }, { id: 'wrong', from: 'route', to: 'gone', event: 'CLICK', sim: { p: 1, delay: '1m' } });
  }],
  ['wait without timer', (d) => {
    d.nodes.push({ id: 'hold', kind: 'wait', label: 'On hold' });
    edge(d, 'apply').to = 'hold';
    d.edges.push({ id: 'done', from: 'hold', to: 'applied', event: 'DONE', sim: { p: 1, delay: '1d' } });
  }],
  ['edge out of outcome, bad timer', (d) => d.edges.push({ id: 'again', from: 'applied', to: 'gone', after: '3 days' })],
  ['two sims, sums above 1', (d) => d.edges.push({ id: 'apply-2', from: 'visit', to: 'gone', event: 'APPLY', sim: { p: 0.1, delay: '1d' } }, { id: 'call', from: 'visit', to: 'gone', event: 'CALL', sim: { p: 0.7, delay: '1d' } })],
  ['bad distribution, constant p', (d) => (edge(d, 'apply').sim = { p: '2.0', delay: { dist: 'lognormal', median: '2h', p90: '1h' } })],
  ['two triggers', (d) => (edge(d, 'timeout').event = 'LEAVE')],
  ['assignments', (d) => (node(d, 'visit').actions = [{ type: 'assign', var: 'visits', expr: 'journey.reminders + 1' }, { type: 'assign', var: 'reminders', expr: '"many"' }])],
  ['rule loop', (d) => {
    d.nodes.push({ id: 'spin', kind: 'action', label: 'Spin' }, { id: 'spun', kind: 'action', label: 'Spun' });
    edge(d, 'timeout').to = 'spin';
    d.edges.push({ id: 'round', from: 'spin', to: 'spun', always: true }, { id: 'back', from: 'spun', to: 'spin', always: true, guard: 'customer.income > 1' }, { id: 'exit', from: 'spun', to: 'gone', always: true });
  }],
  ['team targets', (d) => Object.assign(team(d), { serviceLevel: { answer: 80, within: '20 s' }, maxAbandon: -1, schedule: [{ days: 'sund', from: '9:00', to: '17:00', staff: 1 }] })],
  ['emotion, moment of truth', (d) => Object.assign(node(d, 'visit'), { emotion: '5.0', momentOfTruth: true })],
  ['money', (d) => (node(d, 'visit').cost = 2e12)],
  ['unknown field', (d) => (team(d).serviceLevel = { answer: 0.8, within: '20s', withn: '20s' })],
  ['survey', (d) => {
    d.nodes.push({ id: 'ask', kind: 'survey', label: 'Ask them', metric: 'csat', questions: ['1', '2', '3', '4', '5', '6'], responseRate: 0.3 });
    edge(d, 'timeout').to = 'ask';
    d.edges.push({ id: 'asked', from: 'ask', to: 'gone', after: '1d' });
  }],
  ['handoffs', (d) => {
    const ids = ['h1', 'h2', 'h3', 'h4'];
    ids.forEach((id, i) => {
      d.nodes.push({ id, kind: 'handoff', label: `Pass ${i + 1}`, repeatsInfo: true, toTeam: i === 0 ? 'ghosts' : 'advisors' });
      d.edges.push({ id: `to-${id}`, from: i === 0 ? 'visit' : ids[i - 1]!, to: id, ...(i === 0 ? { event: 'HELP', sim: { p: 0.1, delay: '1h' } } : { always: true }) });
    });
    d.edges.push({ id: 'out', from: 'h4', to: 'gone', always: true });
  }],
  ['no success', (d) => (node(d, 'applied').result = 'neutral')],
  ['default first', (d) => {
    d.nodes.push({ id: 'route', kind: 'decision', label: 'Route them' });
    edge(d, 'apply').to = 'route';
    d.edges.push({ id: 'dflt', from: 'route', to: 'gone', always: true }, { id: 'rich', from: 'route', to: 'applied', always: true, guard: 'customer.income > 50000' });
  }],
  ['references', (d) => {
    Object.assign(node(d, 'visit'), { stage: 'nowhere', lane: 'moon', work: { team: 'ghosts', handle: '5m' } });
    edge(d, 'timeout').to = 'nobody';
  }],
  ['shapes', (d) => {
    node(d, 'visit').label = 42;
    node(d, 'gone').kind = 'teleport';
    node(d, 'applied').colour = 'red';
  }],
  ['expressions', (d) => {
    edge(d, 'apply').guard = 'customer.segment.matches("(a)\\\\1")';
    edge(d, 'timeout').guard = `${'('.repeat(40)}customer.income > 1${')'.repeat(40)}`;
  }],
];

const validate = (d: Doc) => validateText(JSON.stringify(d, null, 2), { cohort: cohortSchema.parse(minimalCohort()) });

describe('plain messages', () => {
  it('every catalogued code has a plain form, and no form is for a code the catalogue lacks', () => {
    expect(Object.keys(PLAIN_FORMS).sort()).toEqual(Object.keys(CATALOGUE).sort());
    for (const code of Object.keys(CATALOGUE) as DiagnosticCode[]) {
      const text = plainMessage(diagnostic(code, 'the JSON-level message', { path: [] }), minimalJourney());
      expect(text, code).not.toBe('the JSON-level message');
      expect(text.length, code).toBeGreaterThan(30);
      expect(text, code).not.toMatch(JSON_SYNTAX);
    }
  });

  const seen = new Set<string>();
  for (const [name, mutate] of MUTATIONS) {
    it(`say what the rules find without JSON, naming nodes by label: ${name}`, () => {
      const d = minimalJourney();
      mutate(d);
      const { diagnostics, journey } = validate(d);
      expect(diagnostics.length).toBeGreaterThan(0);
      for (const x of diagnostics) {
        seen.add(x.code);
        const text = plainMessage(x, journey ?? d);
        if (process.env.DUMP) console.log(`${x.code} ${text}`);
        expect(text, `${x.code}: ${x.message}`).not.toMatch(JSON_SYNTAX);
        expect(text).not.toBe(x.message);
        // A node the diagnostic is about is named by its label, never by its bare id.
        const about = (journey ?? d).nodes.find((n) => n.id === x.nodeId);
        if (about && typeof about.label === 'string') expect(text, `${x.code}: ${text}`).toContain(`‘${about.label}’`);
      }
    });
  }

  it('the cases above cover the codes a person can meet from editing on the map', () => {
    const onTheMap: DiagnosticCode[] = ['J003', 'J004', 'J011', 'J014', 'J015', 'J016', 'J017', 'J018', 'J019', 'J020', 'J021', 'J023', 'J024', 'J025', 'J026', 'J029', 'J030', 'J031', 'J033', 'J038', 'J039', 'J041', 'J047', 'J048', 'J050', 'J101', 'J102', 'J103', 'J104', 'J105', 'J106', 'J107', 'J108'];
    expect(onTheMap.filter((c) => !seen.has(c))).toEqual([]);
  });

  it('J105 speaks of the Simulation section, the CLI line keeps the JSON hint', () => {
    const d = minimalJourney();
    d.edges.push({ id: 'chat', from: 'visit', to: 'gone', event: 'CHAT' });
    const x = validate(d).diagnostics.find((y) => y.code === 'J105')!;
    expect(plainMessage(x, d)).toBe('Customers at ‘Visit’ never send CHAT, so the simulation never takes the edge from ‘Visit’ to ‘Gone’: set how likely they are to do it, and when, under Simulation › Probability p and Delay.');
    expect(formatDiagnostic({ ...x, file: 'a.json' })).toMatch(/: warning J105 event CHAT of edge 'chat' has no "sim": the simulator never emits it; add "sim": \{"p": 0.3, "delay": "1d"\}/);
  });

  it('follows a rename of the label without linting again', () => {
    const d = minimalJourney();
    d.edges.push({ id: 'chat', from: 'visit', to: 'gone', event: 'CHAT' });
    const x = validate(d).diagnostics.find((y) => y.code === 'J105')!;
    const renamed = { ...d, nodes: d.nodes.map((n) => (n.id === 'visit' ? { ...n, label: 'Call back' } : n)) };
    expect(plainMessage(x, renamed)).toMatch(/^Customers at ‘Call back’ never send CHAT, so the simulation never takes the edge from ‘Call back’ to ‘Gone’/);
    const mot = { ...diagnostic('J101', 'moment of truth', { path: ['nodes', 0, 'momentOfTruth'], nodeId: 'visit' }) };
    expect(plainMessage(mot, renamed)).toMatch(/^‘Call back’ is a moment of truth/);
    expect(plainElement(mot, renamed)).toBe('node ‘Call back’');
    expect(plainElement(x, renamed)).toBe('edge from ‘Call back’ to ‘Gone’');
  });

  it('names the inspector field of a kind\'s own property, and cuts long labels', () => {
    const d = minimalJourney();
    d.nodes.push({ id: 'ask', kind: 'survey', label: 'A'.repeat(80), metric: 'csat', questions: ['1'], responseRate: 0.3 });
    const x = diagnostic('J102', 'survey', { path: ['nodes', 3, 'questions'], nodeId: 'ask' });
    expect(plainMessage(x, d)).toBe(`Survey ‘${'A'.repeat(47)}…’ asks 1 question: keep 2 to 5 under Survey › The questions asked.`);
  });
});

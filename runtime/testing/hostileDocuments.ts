// fast-check arbitraries of hostile input for the command line, one per class of issue 9 (hostile,
// huge and malformed input), for the property-based suite runtime/cli/hostileDocuments.test.ts.
// A case is files (written by writeHostileCase) and command lines in which `@name` stands for the
// path of file `name`; it says which exit codes it allows and which diagnostic codes it promises.
import fc from 'fast-check';
import { MAX_DOCUMENT_BYTES } from '../model/documentLimits';
import { generateChainJourney } from './generateChainJourney';
import { generateTreeJourney } from './generateTreeJourney';
import { minimalCohort, minimalJourney } from './minimalJourney';
import { documentsNamedEverywhere, PROTOTYPE_NAMES, type IdUse } from './namedEverywhere';

/** A file of a case: text or bytes; or a folder, a named pipe, or a sparse file of `size` bytes. */
export type HostileFile =
  | { name: string; kind: 'file'; content: string | Uint8Array }
  | { name: string; kind: 'folder' | 'fifo' }
  | { name: string; kind: 'sparse'; size: number };

export interface HostileCase {
  /** What the case is, for the report of a failure. */
  label: string;
  files: HostileFile[];
  /** Command lines; `@name` is the path of the case's file `name` (other paths, like /dev/zero, as they are). */
  runs: string[][];
  /** The exit codes every run may end with (within 0, 1, 2). */
  exits: readonly number[];
  /** Diagnostic codes that must be printed (by some run). */
  codes: readonly string[];
  /** The longest a run may take, when longer than the suite's bound (a document of megabytes). */
  maxMs?: number;
}

type Doc = Record<string, unknown> & { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };

const pretty = (x: unknown) => JSON.stringify(x, null, 2);
const ANY_EXIT = [0, 1, 2] as const;
const COHORT = 'mini.cohort.json';
const JOURNEY = 'case.journey.json';
/** The simulator is given few customers: the suite is about input, not about scale of runs. */
const CUSTOMERS = ['--customers', '20'];

/** validate, compile to each format and simulate `@journey` (with the cohort file when it is given). */
export function journeyRuns(journey = JOURNEY, cohort: string | undefined = COHORT): string[][] {
  const withCohort = cohort === undefined ? [] : ['--cohort', cohort.startsWith('/') ? cohort : `@${cohort}`];
  return [
    ['validate', `@${journey}`],
    ['compile', `@${journey}`, '--format', 'ts'],
    ['compile', `@${journey}`, '--format', 'json'],
    ['compile', `@${journey}`, '--format', 'mermaid'],
    ['simulate', `@${journey}`, ...withCohort, ...CUSTOMERS],
  ];
}

/** A journey (text or bytes) with the mini cohort, through every document command. */
function journeyCase(label: string, content: string | Uint8Array, expect: { exits?: readonly number[]; codes?: readonly string[] } = {}, cohort: unknown = minimalCohort()): HostileCase {
  return {
    label,
    files: [{ name: JOURNEY, kind: 'file', content }, { name: COHORT, kind: 'file', content: typeof cohort === 'string' ? cohort : pretty(cohort) }],
    runs: journeyRuns(),
    exits: expect.exits ?? ANY_EXIT,
    codes: expect.codes ?? [],
  };
}

/** A cohort (text or bytes) validated, and used by a run of the mini journey. */
function cohortCase(label: string, content: string | Uint8Array, expect: { exits?: readonly number[]; codes?: readonly string[] } = {}): HostileCase {
  return {
    label,
    files: [{ name: JOURNEY, kind: 'file', content: pretty(minimalJourney()) }, { name: COHORT, kind: 'file', content }],
    runs: [['validate', `@${COHORT}`], ['simulate', `@${JOURNEY}`, '--cohort', `@${COHORT}`, ...CUSTOMERS]],
    exits: expect.exits ?? ANY_EXIT,
    codes: expect.codes ?? [],
  };
}

const mini = (change: (d: Doc) => void): Doc => {
  const d = minimalJourney() as Doc;
  change(d);
  return d;
};

const utf8 = (text: string) => new TextEncoder().encode(text);

// ---------------------------------------------------------------------------------------------
// (a) Bytes and reading

/** Byte sequences that are not UTF-8: a stray continuation byte, truncated and overlong forms, surrogates, 5-byte forms. */
export const INVALID_UTF8 = [[0xff], [0x80], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80]] as const;

const invalidUtf8 = fc.record({ at: fc.nat(), bad: fc.constantFrom(...INVALID_UTF8), inCohort: fc.boolean() }).map(({ at, bad, inCohort }) => {
  const text = utf8(pretty(inCohort ? minimalCohort() : minimalJourney()));
  const offset = at % text.length;
  const bytes = new Uint8Array([...text.subarray(0, offset), ...bad, ...text.subarray(offset)]);
  const label = `invalid UTF-8 ${bad.map((b) => b.toString(16)).join(' ')} at byte ${offset} of the ${inCohort ? 'cohort' : 'journey'}`;
  return inCohort ? cohortCase(label, bytes, { exits: [1], codes: ['J035'] }) : journeyCase(label, bytes, { exits: [1], codes: ['J035'] });
});

const withBom = fc.boolean().map((inCohort) => {
  const bom = (doc: unknown) => `\uFEFF${pretty(doc)}`;
  return inCohort ? cohortCase('a byte-order mark before the cohort', bom(minimalCohort()), { exits: [0] }) : journeyCase('a byte-order mark before the journey', bom(minimalJourney()), { exits: [0] });
});

const truncated = fc.record({ at: fc.nat(), inCohort: fc.boolean() }).map(({ at, inCohort }) => {
  const text = pretty(inCohort ? minimalCohort() : minimalJourney());
  const cut = text.slice(0, 1 + (at % (text.length - 2)));
  const label = `${inCohort ? 'cohort' : 'journey'} cut after ${cut.length} characters`;
  return inCohort ? cohortCase(label, cut, { exits: [1], codes: ['J001'] }) : journeyCase(label, cut, { exits: [1], codes: ['J001'] });
});

const notJson = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('', ' ', 'null', '[]', '"journey/1"', 'NaN', 'Infinity', '{"format": "journey/1"', "{'format': 'journey/1'}", '// comment\n{}', '{"a": 1,}', '\u0000'), fc.uint8Array({ maxLength: 40 }))
  .map((content) => journeyCase(`not a journey: ${JSON.stringify(typeof content === 'string' ? content : [...content])}`, content, { exits: [1] }));

/** `{"format": "journey/1", "x": [[…]]}` with `depth` levels in all (the object is the first). */
export function nestedText(depth: number, open = '[', close = ']'): string {
  return `{"format": "journey/1", "x": ${open.repeat(depth - 1)}${close.repeat(depth - 1)}}`;
}

const deepNesting = fc.record({ depth: fc.integer({ min: 250, max: 262 }), objects: fc.boolean() }).map(({ depth, objects }) => {
  const text = objects ? `{"format": "journey/1", "x": ${'{"y": '.repeat(depth - 1)}1${'}'.repeat(depth - 1)}}` : nestedText(depth);
  return journeyCase(`${depth} levels of ${objects ? 'objects' : 'arrays'}`, text, { exits: [1], codes: depth > 256 ? ['J036'] : [] });
});

/** Numbers as written in JSON: those that overflow to ±Infinity, and others that look alarming but hold. */
export const HUGE_NUMBERS = ['1e309', '-1e309', '1E400', `1${'0'.repeat(400)}`, `-${'9'.repeat(330)}`, `${'123456789'.repeat(40)}.5`, '1e308', '-0', '0.0', `0.${'0'.repeat(400)}1`, '1e-400', '5e-324', '123456789012345678901234567890'] as const;
/** Would `JSON.parse` make ±Infinity of it? */
export const overflows = (literal: string) => !Number.isFinite(Number(literal));

const hugeNumbers = fc.record({ literal: fc.constantFrom(...HUGE_NUMBERS), where: fc.constantFrom('position', 'responseRate', 'staff') }).map(({ literal, where }) => {
  const doc = mini((d) => {
    d.nodes[0]!.position = { x: 0, y: 0 };
  });
  const marker = where === 'position' ? '"x": 0' : where === 'staff' ? '"staff": 1' : '"position"';
  let text = pretty(doc);
  text = where === 'position' ? text.replace(marker, `"x": ${literal}`) : where === 'staff' ? text.replace(marker, `"staff": ${literal}`) : text.replace(marker, `"weight": ${literal}, "position"`);
  return journeyCase(`the number ${literal.length > 24 ? `${literal.slice(0, 20)}… (${literal.length} characters)` : literal} as ${where}`, text, { codes: overflows(literal) ? ['J037'] : [] });
});

/** Where money is written: a node's cost, an outcome's value, a team's cost per hour, an incentive's cost. */
const amounts = fc.record({ where: fc.constantFrom('cost', 'value', 'costPerHour', 'incentive'), amount: fc.oneof(fc.constantFrom(1e12, 1e12 + 1, 1e13, 1.7e308, -1e15), fc.double({ min: 1e12, max: 1e300, noNaN: true })) }).map(({ where, amount }) => {
  const doc = mini((d) => {
    if (where === 'cost') d.nodes[0]!.cost = amount;
    if (where === 'value') d.nodes[1]!.value = amount;
    if (where === 'costPerHour') (d.teams as Record<string, unknown>[])[0]!.costPerHour = amount;
    if (where === 'incentive') d.nodes[0]!.actions = [{ type: 'incentive', name: 'gift', cost: amount }];
  });
  // Above 1e12: J038; a negative amount is a shape error (J003).
  return journeyCase(`${where} of ${amount}`, pretty(doc), { codes: amount > 1e12 ? ['J038'] : [], exits: Math.abs(amount) > 1e12 ? [1] : ANY_EXIT });
});

const duplicateKeys = fc.constantFrom('"name": "Mini journey"', '"label": "Visit"', '"value": 100', '"p": 0.5', '"start": "visit"').map((entry) => {
  const text = pretty(minimalJourney()).replace(entry, `${entry.replace(/: .*/, ': "first"')}, ${entry}`);
  return journeyCase(`the key of ${entry} written twice`, text, { exits: [0], codes: ['J109'] });
});

const notRegular = fc.record({ what: fc.constantFrom('folder', 'fifo', '/dev/zero', '/dev/null'), as: fc.constantFrom('journey', 'cohort', 'journey cohort') }).map(({ what, as }): HostileCase => {
  const path = what.startsWith('/') ? what : `@${what}`;
  const files: HostileFile[] = what.startsWith('/') ? [] : [{ name: what, kind: what as 'folder' | 'fifo' }];
  const base = { label: `${what} as the ${as}`, files, exits: [2], codes: [] as string[] };
  if (as === 'journey') return { ...base, runs: [['validate', path], ['compile', path, '--format', 'ts'], ['simulate', path, '--cohort', `@${COHORT}`, ...CUSTOMERS]], files: [...files, { name: COHORT, kind: 'file', content: pretty(minimalCohort()) }] };
  if (as === 'cohort') return { ...base, runs: [['simulate', `@${JOURNEY}`, '--cohort', path, ...CUSTOMERS], ['validate', path]], files: [...files, { name: JOURNEY, kind: 'file', content: pretty(minimalJourney()) }] };
  // The journey's own `cohort` names it: validate reports it on that line (J005, exit 1), a run cannot start (exit 2).
  const journey = pretty({ ...minimalJourney(), cohort: what.startsWith('/') ? what : what });
  return { ...base, exits: [1, 2], codes: ['J005'], runs: [['validate', `@${JOURNEY}`], ['simulate', `@${JOURNEY}`, ...CUSTOMERS]], files: [...files, { name: JOURNEY, kind: 'file', content: journey }] };
});

const oversized = fc.integer({ min: 1, max: 4096 }).map((extra): HostileCase => ({
  label: `a sparse file of ${MAX_DOCUMENT_BYTES + extra} bytes`,
  files: [{ name: 'big.journey.json', kind: 'sparse', size: MAX_DOCUMENT_BYTES + extra }, { name: COHORT, kind: 'file', content: pretty(minimalCohort()) }, { name: JOURNEY, kind: 'file', content: pretty(minimalJourney()) }],
  runs: [['validate', '@big.journey.json'], ['compile', '@big.journey.json', '--format', 'json'], ['simulate', '@big.journey.json', '--cohort', `@${COHORT}`, ...CUSTOMERS], ['simulate', `@${JOURNEY}`, '--cohort', '@big.journey.json', ...CUSTOMERS]],
  exits: [2],
  codes: [],
}));

/** (a) bytes and reading: invalid UTF-8, a BOM, truncated and non-JSON text, deep nesting, huge numbers and amounts, repeated keys, files that are not regular or too large. */
export const hostileBytes: fc.Arbitrary<HostileCase> = fc.oneof(invalidUtf8, withBom, truncated, notJson, deepNesting, hugeNumbers, amounts, duplicateKeys, notRegular, oversized);

// ---------------------------------------------------------------------------------------------
// (b) Scale

/** The simulator's node limit (J040) plus one: the one large case of the scale class. */
export const OVER_NODE_LIMIT = 65_537;

/** One node with `width` events, each to its own outcome. */
export function fanOutJourney(width: number): Doc {
  const nodes: Record<string, unknown>[] = [{ id: 'hub', kind: 'touchpoint', label: 'Hub', channel: 'web' }];
  const edges: Record<string, unknown>[] = [];
  for (let i = 0; i < width; i++) {
    nodes.push({ id: `out-${i}`, kind: 'outcome', label: `Out ${i}`, result: i === 0 ? 'success' : 'neutral' });
    edges.push({ id: `e${i}`, from: 'hub', to: `out-${i}`, event: `E${i}`, sim: { p: 0.9 / width, delay: '1h' } });
  }
  edges.push({ id: 'late', from: 'hub', to: 'out-0', after: '2d' });
  return { format: 'journey/1', id: `fan-${width}`, name: `Fan-out of ${width}`, start: 'hub', nodes, edges };
}

/** 14.6 MB of JSON: validate takes about 1 s alone, several on a loaded machine (each command validates it twice). */
export const overNodeLimit: HostileCase = { ...journeyCase(`a chain of ${OVER_NODE_LIMIT} nodes`, JSON.stringify(generateChainJourney(OVER_NODE_LIMIT)), { exits: [1], codes: ['J040'] }), maxMs: 20_000 };

/** (b) scale: long chains, deep trees, wide fan-outs (a few thousand nodes), and more nodes than the simulator holds. */
export const hostileScale: fc.Arbitrary<HostileCase> = fc.oneof(
  fc.integer({ min: 500, max: 4000 }).map((n) => journeyCase(`a chain of ${n} nodes`, JSON.stringify(generateChainJourney(n, { stages: n % 7 })), { exits: [0] })),
  fc.record({ n: fc.integer({ min: 500, max: 4000 }), b: fc.integer({ min: 1, max: 4 }) }).map(({ n, b }) => journeyCase(`a tree of ${n} nodes, ${b} ways out of each`, JSON.stringify(generateTreeJourney(n, { branching: b })), { exits: [0] })),
  fc.integer({ min: 100, max: 2000 }).map((w) => journeyCase(`one node with ${w} events`, JSON.stringify(fanOutJourney(w)), { exits: [0] })),
  { weight: 1, arbitrary: fc.constant(overNodeLimit) },
);

// ---------------------------------------------------------------------------------------------
// (c) Prototype names

/** The names of Object.prototype, JavaScript's `__proto__`, and other names with a meaning in JavaScript. */
export const HOSTILE_NAMES = [...PROTOTYPE_NAMES, 'prototype', '__defineGetter__', 'propertyIsEnumerable', 'toLocaleString'] as const;

/** (c) prototype names as ids, events, variables, attributes, categories, segments, outcomes, teams, stage and lane names. */
export const hostileNames: fc.Arbitrary<HostileCase> = fc.record({ name: fc.constantFrom(...HOSTILE_NAMES), idUse: fc.constantFrom<IdUse>('node', 'stage', 'team'), lane: fc.boolean() }).map(({ name, idUse, lane }) => {
  const { journeyText, cohortText } = documentsNamedEverywhere(name, idUse);
  const journey = JSON.parse(journeyText) as Doc;
  if (lane) {
    journey.lanes = [{ id: 'customer', name, kind: 'customer' }];
    journey.nodes[0]!.lane = 'customer';
  }
  // The name as the label and description of an outcome, and as a task's title.
  journey.nodes[2]!.label = name;
  journey.nodes[2]!.description = name;
  journey.nodes[0]!.actions = [{ type: 'task', team: (journey.teams as { id: string }[])[0]!.id, title: name }, { type: 'track', name }];
  const proto = name === '__proto__';
  return journeyCase(`the name ${name} everywhere (${idUse} id${lane ? ', lane' : ''})`, pretty(journey), { exits: proto ? [1] : [0], codes: proto ? ['J045'] : [] }, cohortText);
});

// ---------------------------------------------------------------------------------------------
// (d) Type lies

/** Values of every JSON type, and some that fit no field anywhere. */
export const WRONG_VALUES: unknown[] = ['x', '', 7, -1, 0, 2.5, true, false, null, [], {}, [1, 'a'], { a: 1 }, '3 days', '09:00', 1e12, -1e-9];

/** Every path of `value` (objects' keys and arrays' indexes), the root excluded. */
export function jsonPaths(value: unknown, base: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...base, k], ...jsonPaths(v, [...base, k])]);
}

function setAt(doc: unknown, path: (string | number)[], value: unknown, remove = false): void {
  let at = doc as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (!remove) at[last] = value;
  else if (Array.isArray(at)) at.splice(Number(last), 1);
  else delete at[last];
}

/** A journey and a cohort whose operations objects and arrivals are all there, for the lies to land on. */
function richDocuments(): { journey: Doc; cohort: Record<string, unknown> & { segments: Record<string, unknown>[] } } {
  const journey = mini((d) => {
    // The journey names its cohort, so that validate and compile check the cohort's lies too.
    d.cohort = COHORT;
    d.teams = [{ id: 'advisors', name: 'Advisors', staff: 1, costPerHour: 40, schedule: [{ days: 'mon-fri', from: '09:00', to: '17:00', staff: 1 }], serviceLevel: { answer: 0.8, within: '1h' }, maxAbandon: 0.1 }];
    d.nodes[0]!.work = { team: 'advisors', handle: { dist: 'exponential', mean: '10m' } };
    d.nodes[0]!.emotion = 1;
    d.nodes[0]!.actions = [{ type: 'assign', var: 'reminders', expr: 'journey.reminders + 1' }];
  });
  const cohort = minimalCohort();
  cohort.arrivals = { over: '7d', weekly: [1, 1, 1, 1, 1, 0.5, 0.2], daily: Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 20 ? 1 : 0.1)) };
  return { journey, cohort };
}

interface Lie { label: string; apply: (docs: ReturnType<typeof richDocuments>) => void; codes: readonly string[] }

/** Lies with a code of their own. */
export const NAMED_LIES: readonly Lie[] = [
  { label: 'an attribute value of another type (a label for a number)', apply: ({ cohort }) => void ((cohort.segments[1]!.attributes as Record<string, unknown>).income = 'rich'), codes: ['J046'] },
  { label: 'a categorical of labels for a number attribute', apply: ({ cohort }) => void ((cohort.segments[1]!.attributes as Record<string, unknown>).income = { dist: 'categorical', weights: { rich: 1, poor: 1 } }), codes: ['J046'] },
  { label: 'an assign of a string to a number variable', apply: ({ journey }) => void (journey.nodes[0]!.actions = [{ type: 'assign', var: 'reminders', expr: '"many"' }]), codes: ['J047'] },
  { label: 'a probability as a string of CEL that is always 2', apply: ({ journey }) => void ((journey.edges[0]!.sim as Record<string, unknown>).p = '2.0'), codes: ['J048'] },
  { label: 'a probability as a word', apply: ({ journey }) => void ((journey.edges[0]!.sim as Record<string, unknown>).p = 'likely'), codes: ['J025'] },
  { label: 'a probability of 1.5', apply: ({ journey }) => void ((journey.edges[0]!.sim as Record<string, unknown>).p = 1.5), codes: ['J003'] },
  { label: 'a probability of -0.1', apply: ({ journey }) => void ((journey.edges[0]!.sim as Record<string, unknown>).p = -0.1), codes: ['J003'] },
  { label: 'cohort shares summing to 1.1', apply: ({ cohort }) => void (cohort.segments[0]!.share = 0.5), codes: ['J022'] },
  { label: 'cohort shares summing to 0', apply: ({ cohort }) => void cohort.segments.forEach((s) => (s.share = 0)), codes: ['J022'] },
  { label: 'a weekly profile of 6 days', apply: ({ cohort }) => void ((cohort.arrivals as Record<string, unknown>).weekly = [1, 1, 1, 1, 1, 1]), codes: ['J032'] },
  { label: 'a weekly profile of zeros', apply: ({ cohort }) => void ((cohort.arrivals as Record<string, unknown>).weekly = [0, 0, 0, 0, 0, 0, 0]), codes: ['J032'] },
  { label: 'a daily profile of 23 hours', apply: ({ cohort }) => void ((cohort.arrivals as Record<string, unknown>).daily = Array(23).fill(1)), codes: ['J032'] },
  { label: 'arrivals over 0 days', apply: ({ cohort }) => void ((cohort.arrivals as Record<string, unknown>).over = '0d'), codes: [] },
  { label: 'a schedule on an unknown day', apply: ({ journey }) => void ((journey.teams as Record<string, unknown>[])[0]!.schedule = [{ days: 'funday', from: '09:00', to: '17:00', staff: 1 }]), codes: ['J031'] },
  { label: 'a schedule from 17:00 to 09:00', apply: ({ journey }) => void ((journey.teams as Record<string, unknown>[])[0]!.schedule = [{ days: 'mon', from: '17:00', to: '09:00', staff: 1 }]), codes: ['J031'] },
  { label: 'a schedule from 09:00 to 09:00', apply: ({ journey }) => void ((journey.teams as Record<string, unknown>[])[0]!.schedule = [{ days: ['mon', 'tue'], from: '09:00', to: '09:00', staff: 1 }]), codes: ['J031'] },
  { label: 'a schedule at 25:00', apply: ({ journey }) => void ((journey.teams as Record<string, unknown>[])[0]!.schedule = [{ days: 'sun', from: '09:00', to: '25:00', staff: 1 }]), codes: ['J031'] },
  { label: 'no nodes', apply: ({ journey }) => void delete (journey as Record<string, unknown>).nodes, codes: ['J003'] },
  { label: 'no format', apply: ({ journey }) => void delete (journey as Record<string, unknown>).format, codes: ['J002'] },
];

/** (d) type lies: a value of another type anywhere in either document, a field removed, and the lies with a code of their own. */
export const hostileTypes: fc.Arbitrary<HostileCase> = fc.oneof(
  fc.record({ lie: fc.constantFrom(...NAMED_LIES) }).map(({ lie }) => {
    const docs = richDocuments();
    lie.apply(docs);
    return journeyCase(lie.label, pretty(docs.journey), { codes: lie.codes, exits: lie.codes.length > 0 ? [1] : ANY_EXIT }, docs.cohort);
  }),
  fc.record({ inCohort: fc.boolean(), pick: fc.nat(), value: fc.constantFrom(...WRONG_VALUES), remove: fc.boolean() }).map(({ inCohort, pick, value, remove }) => {
    const docs = richDocuments();
    const target = inCohort ? docs.cohort : docs.journey;
    const paths = jsonPaths(target);
    const path = paths[pick % paths.length]!;
    setAt(target, path, value, remove);
    const label = `${inCohort ? 'cohort' : 'journey'} ${path.join('.')} ${remove ? 'removed' : `set to ${JSON.stringify(value)}`}`;
    return journeyCase(label, pretty(docs.journey), {}, docs.cohort);
  }),
);

// ---------------------------------------------------------------------------------------------
// (e) Hostile CEL

interface CelLie { label: string; text: string; codes: readonly string[] }

/** Text that looks like JavaScript (or would be, if anything ran it). */
export const JAVASCRIPT_LOOKALIKES = ['constructor.constructor("return process")()', 'process.exit(1)', 'require("fs").rmSync("/")', 'eval("1")', 'globalThis', 'this.x', '${1}', '`x`', '() => 1', 'function () { return 1 }', 'x = 1', 'new Date()', '__proto__.polluted', 'customer.__proto__', 'journey["__proto__"]', 'customer.constructor', 'Object.keys(customer)', 'import("fs")', '1; while(true){}', '/(a+)+$/.test("a")'];

const celLies: fc.Arbitrary<CelLie> = fc.oneof(
  fc.integer({ min: 2, max: 60 }).map((d) => ({ label: `${d} parentheses deep`, text: `${'('.repeat(d)}1${')'.repeat(d)} > 0`, codes: d > 40 ? ['J050'] : [] })),
  fc.integer({ min: 2, max: 60 }).map((d) => ({ label: `${d} calls deep`, text: `${'double('.repeat(d)}1${')'.repeat(d)} > 0.0`, codes: d > 40 ? ['J050'] : [] })),
  // k terms and k − 1 operators, and the comparison: more than 2,000 parts from k = 1,000 on.
  fc.integer({ min: 100, max: 3000 }).map((k) => ({ label: `a sum of ${k} terms`, text: `${Array(k).fill('1').join(' + ')} > 0`, codes: 2 * k + 1 > 2000 ? ['J050'] : [] })),
  fc.integer({ min: 900, max: 1100 }).map((k) => ({ label: `a list literal of ${k} elements`, text: `size([${Array(k).fill('1').join(', ')}]) > 0`, codes: k > 1000 ? ['J050'] : [] })),
  fc.constantFrom(
    { label: 'map inside map', text: 'size([1, 2, 3].map(x, [1, 2].map(y, x + y))) > 0', codes: ['J051'] },
    { label: 'filter inside all', text: '[1, 2].all(x, [3, 4].filter(y, y > x).size() > 0)', codes: ['J051'] },
    { label: 'exists inside exists_one', text: '[1].exists_one(x, [2].exists(y, y == x))', codes: ['J051'] },
    { label: 'int overflow', text: '9223372036854775807 + 1 > 0', codes: [] },
    { label: 'int underflow', text: '-9223372036854775808 - 1 < 0', codes: [] },
    { label: 'int product overflow', text: '9223372036854775807 * 2 > 0', codes: [] },
    { label: 'division by zero', text: '1 / 0 > 0', codes: [] },
    { label: 'modulo by zero', text: '1 % 0 > 0', codes: [] },
    { label: 'double overflow', text: '1.7e308 * 10.0 > 0.0', codes: [] },
    { label: 'a huge uint', text: '18446744073709551615u > 0u', codes: [] },
    { label: 'an int literal beyond 64 bits', text: '99999999999999999999 > 0', codes: [] },
    { label: 'an unknown function', text: 'eval("1") == 1', codes: ['J025'] },
    { label: 'an unknown field', text: 'customer.nope > 1.0', codes: ['J025'] },
    { label: 'an unknown variable', text: 'window.x > 1', codes: ['J025'] },
    { label: 'a lookahead pattern', text: 'customer.segment.matches("(?=a)")', codes: ['J039'] },
    { label: 'a backreference', text: 'customer.segment.matches("(a)\\\\1")', codes: ['J039'] },
    { label: 'a pattern of 2000 characters', text: `customer.segment.matches("${'a'.repeat(2000)}")`, codes: ['J039'] },
    { label: 'a broken pattern', text: 'customer.segment.matches("[")', codes: ['J039'] },
    { label: 'a pattern that repeats too much', text: `customer.segment.matches("${'a{1000}'.repeat(20)}")`, codes: ['J039'] },
  ),
  // Catastrophic backtracking for a JavaScript RegExp: linear in RE2.
  fc.record({ n: fc.integer({ min: 25, max: 5000 }), pattern: fc.constantFrom('(a+)+$', '(a|aa)+$', '(a|a)*$', '(.*a){12}$', '^(\\\\w+\\\\s?)*$', '(a*)*b') }).map(({ n, pattern }) => ({ label: `"a"×${n}+"!" against ${pattern}`, text: `"${'a'.repeat(n)}!".matches("${pattern}") || customer.segment.matches("${pattern}")`, codes: [] })),
  fc.constantFrom(...JAVASCRIPT_LOOKALIKES).map((text) => ({ label: `JavaScript: ${text}`, text, codes: [] })),
);

/** Where the expression goes: a guard, an assign, an emotion, a probability. */
const CEL_PLACES = ['guard', 'assign', 'emotion', 'p'] as const;

/** A journey whose loop doubles journey.s (a string) or journey.l (a list) on every visit. */
function doublingJourney(list: boolean, viaMap: boolean): Doc {
  const grow = list ? (viaMap ? 'journey.l + journey.l.map(x, x)' : 'journey.l + journey.l') : 'journey.s + journey.s';
  return mini((d) => {
    d.vars = { reminders: 0, s: 'ab', l: [1, 2] };
    d.edges.push({ id: 'again', from: 'visit', to: 'visit', event: 'AGAIN', actions: [{ type: 'assign', var: list ? 'l' : 's', expr: grow }], sim: { p: 0.45, delay: '1m' } });
  });
}

/** (e) hostile CEL: deep, huge, nested comprehensions, doubling strings and lists, overflow, division by zero, catastrophic regexes, unknown names, JavaScript. */
export const hostileCel: fc.Arbitrary<HostileCase> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ lie: celLies, place: fc.constantFrom(...CEL_PLACES) }).map(({ lie, place }) => {
    const doc = mini((d) => {
      if (place === 'guard') d.edges[0]!.guard = lie.text;
      if (place === 'assign') d.nodes[0]!.actions = [{ type: 'assign', var: 'reminders', expr: `${lie.text} ? 1.0 : 0.0` }];
      if (place === 'emotion') d.nodes[0]!.emotion = `${lie.text} ? 1.0 : -1.0`;
      if (place === 'p') (d.edges[0]!.sim as Record<string, unknown>).p = `${lie.text} ? 0.5 : 0.1`;
    });
    return journeyCase(`${lie.label} in the ${place}`, pretty(doc), { codes: lie.codes, exits: lie.codes.length > 0 ? [1] : ANY_EXIT });
  }) },
  { weight: 1, arbitrary: fc.record({ list: fc.boolean(), viaMap: fc.boolean() }).map(({ list, viaMap }) => journeyCase(`a ${list ? 'list' : 'string'} that doubles on every visit${list && viaMap ? ' (through map)' : ''}`, pretty(doublingJourney(list, viaMap)))) },
);

// ---------------------------------------------------------------------------------------------
// (f) Run-time hostility

/** Two nodes that send the customer back and forth on events of zero delay, for ever. */
function zeroDelayLoop(): Doc {
  return mini((d) => {
    d.nodes.push({ id: 'echo', kind: 'touchpoint', label: 'Echo', channel: 'web' });
    d.edges[0] = { id: 'ping', from: 'visit', to: 'echo', event: 'PING', sim: { p: 1, delay: 0 } };
    d.edges.push({ id: 'pong', from: 'echo', to: 'visit', event: 'PONG', sim: { p: 1, delay: '0s' } });
    d.edges.push({ id: 'echo-timeout', from: 'echo', to: 'gone', after: '3d' });
    d.edges.push({ id: 'to-applied', from: 'echo', to: 'applied', event: 'NEVER' });
  });
}

/** Two rules that route the customer back and forth at once: refused at validate (J030). */
function ruleLoop(): Doc {
  return mini((d) => {
    d.nodes.push({ id: 'ask', kind: 'decision', label: 'Ask' }, { id: 'tell', kind: 'decision', label: 'Tell' });
    d.edges.push({ id: 'to-ask', from: 'visit', to: 'ask', event: 'ASK', sim: { p: 0.3, delay: '1h' } }, { id: 'ask-tell', from: 'ask', to: 'tell', always: true }, { id: 'tell-ask', from: 'tell', to: 'ask', always: true });
  });
}

/** Timer lengths as written: none, tiny, the longest the horizon allows and beyond any horizon. */
export const TIMERS: unknown[] = [0, '0s', 1, '1ms', '36500d', '5214w', 1e15, 8.64e15, 9e15, '999999999w', -1, '-3d', 1.5, 'NaN', '1e309d'];

/** Option values at and beyond the command line's maxima (README: limits), and ones that are no numbers. */
export const OPTION_VALUES: Record<string, readonly string[]> = {
  customers: ['100000001', '1000000000000', '-5', '0', 'abc', '1e3', '20.5', '', ' ', '0x10', '-0'],
  horizon: ['36500d', '36501d', '5214w', '5215w', '-1d', 'abc', '0', '3153600000000', '3153600000001', '1e309'],
  over: ['36500d', '36501d', '400d', '0', '-1d', 'x', '1ms'],
  seed: ['-1', '9007199254740991', '9007199254740992', '-9007199254740992', 'x', '1.5', '', '00007'],
};

const optionRuns = fc.record({ option: fc.constantFrom(...Object.keys(OPTION_VALUES)), pick: fc.nat(), engine: fc.constantFrom('fast', 'reference') }).map(({ option, pick, engine }): HostileCase => {
  const values = OPTION_VALUES[option]!;
  const value = values[pick % values.length]!;
  // The run is small whatever the option: 20 customers, or a maximum of customers paired with an
  // --over beyond the horizon (exit 1 before any customer runs).
  const args = option === 'customers' ? [`--customers=${value}`] : [`--${option}=${value}`, ...CUSTOMERS];
  const base = journeyCase(`--${option} ${JSON.stringify(value)} (${engine})`, pretty(minimalJourney()));
  const horizonFirst = option === 'over' ? ['--horizon', '36500d'] : [];
  return {
    ...base,
    runs: [
      ['simulate', `@${JOURNEY}`, '--cohort', `@${COHORT}`, '--engine', engine, ...horizonFirst, ...args],
      ['staff', `@${JOURNEY}`, '--cohort', `@${COHORT}`, ...args],
      ['compare', `@${JOURNEY}`, `@${JOURNEY}`, '--cohort', `@${COHORT}`, ...args],
    ],
  };
});

const atMaxCustomers: HostileCase = {
  ...journeyCase('--customers at the maximum, --over beyond the horizon', pretty(minimalJourney())),
  runs: [['simulate', `@${JOURNEY}`, '--cohort', `@${COHORT}`, '--customers', '100000000', '--over', '400d']],
  exits: [1],
};

const cohortReferences = fc.constantFrom('itself', 'missing', 'the journey as its cohort', 'a cohort as the journey', 'a folder name').map((what): HostileCase => {
  if (what === 'itself') return { ...journeyCase('a journey whose cohort is itself', pretty({ ...minimalJourney(), cohort: JOURNEY })), runs: [['validate', `@${JOURNEY}`], ['simulate', `@${JOURNEY}`, ...CUSTOMERS], ['staff', `@${JOURNEY}`]], exits: [1, 2] };
  if (what === 'missing') return { ...journeyCase('a journey whose cohort is missing', pretty({ ...minimalJourney(), cohort: 'nowhere/none.cohort.json' })), runs: [['validate', `@${JOURNEY}`], ['simulate', `@${JOURNEY}`, ...CUSTOMERS]], exits: [1, 2], codes: ['J005'] };
  if (what === 'the journey as its cohort') return { ...journeyCase('the journey passed as the cohort', pretty(minimalJourney())), runs: [['simulate', `@${JOURNEY}`, '--cohort', `@${JOURNEY}`, ...CUSTOMERS]], exits: [1], codes: ['J002'] };
  if (what === 'a cohort as the journey') return { ...journeyCase('the cohort passed as the journey', pretty(minimalJourney())), runs: [['simulate', `@${COHORT}`, '--cohort', `@${COHORT}`, ...CUSTOMERS], ['compile', `@${COHORT}`, '--format', 'ts']], exits: [1], codes: ['J002'] };
  return { ...journeyCase('a journey whose cohort is a folder', pretty({ ...minimalJourney(), cohort: '.' })), runs: [['validate', `@${JOURNEY}`], ['simulate', `@${JOURNEY}`, ...CUSTOMERS]], exits: [1, 2], codes: ['J005'] };
});

/** Emotions far out of −2…+2: written as numbers (J003), as CEL constants (J041), or per customer (clipped). */
export const EMOTIONS: { emotion: unknown; codes: readonly string[] }[] = [
  { emotion: 1e6, codes: ['J003'] }, { emotion: -3, codes: ['J003'] }, { emotion: '1000000.0', codes: ['J041'] }, { emotion: '-2.5', codes: ['J041'] },
  { emotion: '1.0 / 0.0', codes: ['J041'] }, { emotion: 'customer.segment == "young" ? 9.0 : 0.0', codes: ['J041'] }, { emotion: 'customer.income', codes: [] }, { emotion: '2.0', codes: [] }, { emotion: 'double(journey.reminders) * 1e300', codes: [] },
];

/** (f) run-time hostility: zero-delay loops, rule loops, timers of 0 and huge lengths, emotions far out of range, cohorts naming themselves or nothing, options at and over the maxima. */
export const hostileRuns: fc.Arbitrary<HostileCase> = fc.oneof(
  fc.constantFrom(journeyCase('events of zero delay for ever', pretty(zeroDelayLoop()), { exits: [0, 1] }), journeyCase('rules that loop for ever', pretty(ruleLoop()), { exits: [1], codes: ['J030'] }), atMaxCustomers),
  fc.record({ timer: fc.constantFrom(...TIMERS), delay: fc.boolean() }).map(({ timer, delay }) => journeyCase(`${delay ? 'an event delay' : 'a timer'} of ${JSON.stringify(timer)}`, pretty(mini((d) => {
    if (delay) (d.edges[0]!.sim as Record<string, unknown>).delay = timer;
    else d.edges[1]!.after = timer;
  })))),
  // The journey names its cohort: an emotion that reads the segment is checked for each one.
  fc.constantFrom(...EMOTIONS).map(({ emotion, codes }) => journeyCase(`an emotion of ${JSON.stringify(emotion)}`, pretty(mini((d) => Object.assign(d, { cohort: COHORT }).nodes[0]!.emotion = emotion)), { codes, exits: codes.length > 0 ? [1] : [0] })),
  cohortReferences,
  optionRuns,
);

// ---------------------------------------------------------------------------------------------

export interface HostileClass {
  id: 'bytes' | 'scale' | 'names' | 'types' | 'cel' | 'runs';
  title: string;
  /** What the class covers, as the issue lists it. */
  covers: readonly string[];
  arbitrary: fc.Arbitrary<HostileCase>;
}

/** The classes the property-based suite covers. */
export const HOSTILE_CLASSES: readonly HostileClass[] = [
  { id: 'bytes', title: 'bytes and reading', arbitrary: hostileBytes, covers: ['invalid UTF-8 at random offsets (journey and cohort)', 'a byte-order mark', 'truncated JSON', 'text and bytes that are not JSON', 'nesting of 250 to 262 levels (arrays and objects)', 'numbers that overflow (1e309, 400 digits), -0, 5e-324', 'money amounts at and above 1e12', 'keys written twice', 'a folder, a FIFO, /dev/zero, /dev/null as journey or cohort', 'a sparse file over 50 MB'] },
  { id: 'scale', title: 'scale', arbitrary: hostileScale, covers: ['chains of 500 to 4,000 nodes', 'trees of 500 to 4,000 nodes', 'fan-outs of 100 to 2,000 events', `${OVER_NODE_LIMIT} nodes (over the simulator's limit)`] },
  { id: 'names', title: 'prototype names', arbitrary: hostileNames, covers: HOSTILE_NAMES.map((n) => `${n} as node/stage/team id, event, variable, attribute, category, segment, lane name, outcome label, task title`) },
  { id: 'types', title: 'type lies', arbitrary: hostileTypes, covers: ['any value of either document replaced by a value of another type, or removed', ...NAMED_LIES.map((l) => l.label)] },
  { id: 'cel', title: 'hostile CEL', arbitrary: hostileCel, covers: ['deep parentheses and calls', 'sums of up to 3,000 terms, list literals around 1,000 elements', 'comprehensions in comprehensions', 'strings and lists that double', 'int overflow, division and modulo by zero, huge literals', 'catastrophic regexes against long strings', 'lookahead, backreferences, huge and broken patterns', 'unknown functions, fields and variables', 'text that looks like JavaScript', 'in guards, assigns, emotions and probabilities'] },
  { id: 'runs', title: 'run-time hostility', arbitrary: hostileRuns, covers: ['events of zero delay for ever', 'rules that loop', 'timers and delays of 0, negative, huge, non-numbers', 'emotions far out of range (numbers, constants, per customer)', 'cohorts naming themselves, nothing, a folder; journeys and cohorts swapped', '--customers, --horizon, --over, --seed at and over the maxima, negative, non-numeric (simulate, staff, compare)'] },
];

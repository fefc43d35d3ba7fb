// fast-check arbitraries of valid journeys (and their cohorts) whose every free-text field holds
// hostile text: arbitrary UTF-16 (lone surrogates included) mixed with what ends a comment, a string,
// a template literal, a Mermaid label or a CSV cell, and payloads that set `globalThis.injected` if
// they ever run. For the injection tests of the exports. Ids keep their grammar (slugs), node ids
// being words with a meaning in Mermaid (KEYWORD_IDS); event names are free text but keep a prefix
// (no `*` wildcard, no `xstate.` event); expressions get hostile text as a CEL string literal (an
// `assign` of the journey variable `note`).
import fc from 'fast-check';
import { cohortSchema, type Cohort } from '../model/cohort';
import { journeySchema, type Journey } from '../model/journey';
import { LANE_KINDS } from '../model/primitives';
import { arbitraryJourney, type JourneyWithCohort } from '../sim/testing/arbitraryJourney';

/** Characters and words with a meaning in some export's syntax. */
export const HOSTILE_FRAGMENTS = [
  '*/', '/*', '//', '\u2028', '\u2029', '\n', '\r', '\r\n', '\t', '`', '${', '}', "'", '"', '\\', '\\u2028',
  '-->', '%%', '%%{init: {}}%%', ':', ';', '#', '#35;', '#quot;', '<', '>', '&', '&amp;', '|', '[*]', '[[choice]]', '<<fork>>',
  'direction LR', 'ﬂ°', '¶ß', '<br>', '<b>x</b>', '$$x^2$$', 'fa:fa-car', '=', '+', '-', '@', '=1+1', '-3', ' ', '  ',
  '\uD800', '\uDFFF', '\uFEFF', '\u0000', '\u0085', '😀', 'é', '@ts-nocheck',
];

/** Code that sets the sentinel if the text it sits in is ever ended early. */
export const PAYLOADS = [
  '*/ globalThis.injected = "comment"; /*',
  '\u2028globalThis.injected = "u2028"; //',
  '\u2029globalThis.injected = "u2029"; //',
  '\nglobalThis.injected = "newline"; //',
  "'; globalThis.injected = 'single'; '",
  '"; globalThis.injected = "double"; "',
  '`; globalThis.injected = "backtick"; `',
  '${globalThis.injected = "template"}',
  '\\"; globalThis.injected = "backslash"; //',
  '</script><script>globalThis.injected = "html"</script>',
  '=HYPERLINK("http://example.invalid","x")',
  '@SUM(1+1)*cmd|" /C calc"!A0',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Arbitrary text, biased to the characters that matter. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
      { weight: 1, arbitrary: fc.constantFrom(...PAYLOADS) },
      { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** Lone surrogates made U+FFFD, as any UTF-8 file (and HTML) holds them. */
export const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** A CEL string literal of any well-formed text: everything but letters and digits as \u / \U escapes. */
export function celString(text: string): string {
  let out = '"';
  for (const ch of wellFormed(text)) {
    const cp = ch.codePointAt(0)!;
    out += /[A-Za-z0-9 ]/.test(ch) ? ch : cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
  }
  return out + '"';
}

type Doc = Record<string, unknown>;

/** Node ids the id grammar allows that are words of some export's syntax (Mermaid keywords, `direction` + `tb`). */
export const KEYWORD_IDS = ['state', 'direction', 'lr', 'end', 'note', 'my-direction', 'tb', 'click', 'default', 'class', 'style', 'as', '1', 'href'];

/** `journey` and `cohort` with their free text taken, in order, from `texts` (cycled). */
export function withHostileText({ journey, cohort }: JourneyWithCohort, texts: readonly string[]): JourneyWithCohort {
  let k = 0;
  const next = () => texts[k++ % texts.length]!;
  const events = new Map<string, string>();
  const event = (name: string) => {
    if (!events.has(name)) events.set(name, `${name} ${next().replace(/\*/g, '')}`);
    return events.get(name)!;
  };
  const action = (a: Doc): Doc => {
    if (a.type === 'message') return { ...a, template: next() };
    if (a.type === 'task') return { ...a, title: next() };
    if (a.type === 'incentive' || a.type === 'track') return { ...a, name: next() };
    return a;
  };
  const actions = (list: unknown) => (Array.isArray(list) ? { actions: (list as Doc[]).map(action) } : {});
  const ids = new Map(journey.nodes.map((n, i) => [n.id, KEYWORD_IDS[i] ?? n.id]));
  const id = (ref: string) => ids.get(ref) ?? ref;
  const nodes = journey.nodes.map((n, i) => {
    const node: Doc = { ...n, id: id(n.id), label: next(), description: next(), ...actions(n.actions) };
    if (i === 0) node.actions = [...((node.actions as Doc[] | undefined) ?? []), { type: 'message', channel: 'email', template: next() }, { type: 'assign', var: 'note', expr: celString(next()) }];
    if (typeof node.product === 'string') node.product = next();
    if (node.incentive) node.incentive = { ...(node.incentive as Doc), name: next() };
    if (Array.isArray(node.questions)) node.questions = node.questions.map(() => next());
    return node;
  });
  const edges = journey.edges.map((e) => {
    const edge: Doc = { ...e, from: id(e.from), to: id(e.to), label: next(), ...actions(e.actions) };
    if (typeof e.event === 'string') edge.event = event(e.event);
    if (typeof e.guard === 'string') edge.guard = e.guard.replace(/event\.type == "(\w+)"/g, (_, name: string) => `event.type == ${celString(event(name))}`);
    return edge;
  });
  const hostile = journeySchema.parse({
    ...journey,
    name: next(),
    description: next(),
    start: id(journey.start),
    vars: { ...journey.vars, note: '' },
    stages: (journey.stages ?? []).map((s) => ({ ...s, name: next() })),
    lanes: LANE_KINDS.map((kind) => ({ id: kind, kind, name: next() })),
    teams: (journey.teams ?? []).map((t) => ({ ...t, name: next() })),
    nodes,
    edges,
  });
  const hostileCohort = cohortSchema.parse({ ...cohort, name: next(), description: next(), segments: cohort.segments.map((s) => ({ ...s, name: next() })) });
  return { journey: hostile, cohort: hostileCohort };
}

/** A valid journey and its cohort, every free-text field hostile. */
export const arbitraryHostileJourney: fc.Arbitrary<{ journey: Journey; cohort: Cohort }> = fc
  .tuple(arbitraryJourney, fc.array(hostileText, { minLength: 1, maxLength: 40 }))
  .map(([base, texts]) => withHostileText(base, texts));

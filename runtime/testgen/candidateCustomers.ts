// Concrete customers to try, so that guarded paths can be followed without a cohort. Each attribute
// gets a few values: for numbers, the literals of the guards that read it (and one either side) and
// 0; for bools, false and true; for strings (and `segment`), '' (segment: 'default') and the string
// literals of those guards.
// Customers come in order of how many attributes differ from the first value of each: all defaults,
// then one changed, then two…, so the simplest customer that takes a path is found first.
import type { Journey } from '../model/journey';

export type Customer = Record<string, unknown>;

const STRING_LITERAL = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g;
const NUMBER_LITERAL = /(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])/g;

function unescape(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** Every CEL text of the journey that can decide a route: edge guards. */
function guardTexts(journey: Journey): string[] {
  return journey.edges.map((e) => e.guard ?? '').filter((g) => g.trim() !== '');
}

/** The candidate values of each attribute (`segment` included), the default first. */
export function attributeCandidates(journey: Journey): Record<string, unknown[]> {
  const guards = guardTexts(journey);
  const attributes: Record<string, string> = { ...(journey.customer ?? {}), segment: 'string' };
  const out: Record<string, unknown[]> = {};
  for (const [name, type] of Object.entries(attributes)) {
    const reading = guards.filter((g) => new RegExp(`\\bcustomer\\s*\\.\\s*${name.replace(/[^\w]/g, '\\$&')}\\b|customer\\s*\\[\\s*["']${name}["']`).test(g));
    const text = reading.join('\n');
    let values: unknown[];
    if (type === 'number') {
      const numbers = [...text.replace(STRING_LITERAL, '""').matchAll(NUMBER_LITERAL)].map((m) => Number(m[0]));
      values = [0, ...numbers.flatMap((n) => [n, n + 1, n - 1])];
    } else if (type === 'bool') {
      values = reading.length > 0 ? [false, true] : [false];
    } else {
      const strings = [...text.matchAll(STRING_LITERAL)].map((m) => unescape(m[1] ?? m[2] ?? ''));
      values = [name === 'segment' ? 'default' : '', ...strings];
      if (reading.length === 0) values = values.slice(0, 1);
    }
    out[name] = [...new Set(values)];
  }
  return out;
}

/** Up to `limit` customers: all defaults first, then one attribute changed, then two… */
export function* candidateCustomers(journey: Journey, limit = 128): Generator<Customer> {
  const candidates = attributeCandidates(journey);
  const names = Object.keys(candidates);
  const sizes = names.map((n) => candidates[n]!.length);
  let produced = 0;
  const customerAt = (choice: number[]): Customer => Object.fromEntries(names.map((n, i) => [n, candidates[n]![choice[i]!]]));
  // Choices with exactly k non-default attributes, in lexicographic order of positions and values.
  function* withChanged(k: number, from: number, choice: number[]): Generator<number[]> {
    if (k === 0) {
      yield choice;
      return;
    }
    for (let i = from; i < names.length; i++) {
      for (let v = 1; v < sizes[i]!; v++) {
        const next = [...choice];
        next[i] = v;
        yield* withChanged(k - 1, i + 1, next);
      }
    }
  }
  for (let k = 0; k <= names.length; k++) {
    for (const choice of withChanged(k, 0, names.map(() => 0))) {
      if (produced++ >= limit) return;
      yield customerAt(choice);
    }
  }
}

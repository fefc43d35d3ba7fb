import type { z } from 'zod';
import { diagnostic, type Diagnostic, type JsonPath } from '../diagnostics/diagnostic';
import { MAX_AMOUNT, MAX_AMOUNT_TEXT } from './documentLimits';

type Issue = z.core.$ZodIssue;

/** The issues of the union branch that got furthest: the one the author most likely meant. */
function bestBranch(branches: Issue[][]): Issue[] {
  let best: Issue[] = branches[0] ?? [];
  let bestDepth = -Infinity;
  for (const branch of branches) {
    const depth = Math.max(...branch.map((i) => i.path.length + (i.code === 'invalid_type' && i.path.length === 0 ? -1 : 0)));
    if (depth > bestDepth) {
      best = branch;
      bestDepth = depth;
    }
  }
  return best;
}

function flatten(issue: Issue, prefix: JsonPath): { issue: Issue; path: JsonPath }[] {
  const path = [...prefix, ...(issue.path as JsonPath)];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // A value of the wrong type for every branch (e.g. number | string): one issue naming them all.
    const rootTypes = issue.errors.every((b) => b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0);
    if (rootTypes) {
      const expected = issue.errors.map((b) => (b[0] as { expected: string }).expected).join(' or ');
      return [{ issue: { ...issue.errors[0]![0]!, expected } as Issue, path }];
    }
    return bestBranch(issue.errors).flatMap((i) => flatten(i, path));
  }
  return [{ issue, path }];
}

export function formatPath(path: JsonPath): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? p : `.${p}`;
  return s || '(document)';
}

function describe(issue: Issue, missing: boolean): string {
  if (missing) return issue.code === 'invalid_value' ? `is missing: use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` : `is missing${issue.code === 'invalid_type' ? ` (expected ${issue.expected})` : ''}`;
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${issue.expected}`;
    case 'invalid_value':
      return `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `allows at most ${String(issue.maximum)} item(s)` : `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.message;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        return `"${String(issue.discriminator)}" should be one of ${options.map((o) => JSON.stringify(o)).join(', ')}`;
      }
      return 'has an unexpected shape';
    default:
      return issue.message;
  }
}

/** A money amount beyond ±MAX_AMOUNT (amountSchema, costSchema in primitives). */
function isAmountIssue(issue: Issue): boolean {
  return (issue.code === 'too_big' && issue.origin === 'number' && Number(issue.maximum) === MAX_AMOUNT) || (issue.code === 'too_small' && issue.origin === 'number' && Number(issue.minimum) === -MAX_AMOUNT);
}

/** Turn zod issues on a document into diagnostics; `idAt` names the node or edge a path is inside. */
export function zodIssuesToDiagnostics(issues: readonly Issue[], doc: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const top of issues) {
    for (const { issue, path } of flatten(top, [])) {
      const place = { path, ...ownerOf(doc, path) };
      const last = path[path.length - 1];
      if (path.length === 1 && last === 'format') {
        out.push(diagnostic('J002', `"format" should be "journey/1" or "cohort/1"`, place));
      } else if (path[0] === 'nodes' && last === 'kind' && path.length === 3 && issue.code === 'invalid_union') {
        const kinds = ((issue as { options?: unknown[] }).options ?? []).join(', ');
        const value = valueAt(doc, path);
        out.push(diagnostic('J004', `${formatPath(path)}: unknown node kind ${JSON.stringify(value)}; use one of ${kinds}`, place));
      } else if (isAmountIssue(issue)) {
        const value = valueAt(doc, path);
        out.push(diagnostic('J038', `${formatPath(path)} is ${String(value)}: a money amount may be at most ${MAX_AMOUNT_TEXT} in size, so that the sums of a run stay well within what a number holds; count in a larger unit (thousands, millions)`, place));
      } else {
        out.push(diagnostic('J003', `${formatPath(path)} ${describe(issue, valueAt(doc, path) === undefined)}`, place));
      }
    }
  }
  return out;
}

function valueAt(doc: unknown, path: JsonPath): unknown {
  let v: unknown = doc;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

function ownerOf(doc: unknown, path: JsonPath): { nodeId?: string; edgeId?: string } {
  if (path.length >= 2 && (path[0] === 'nodes' || path[0] === 'edges')) {
    const id = valueAt(doc, [path[0], path[1]!, 'id']);
    if (typeof id === 'string') return path[0] === 'nodes' ? { nodeId: id } : { edgeId: id };
  }
  return {};
}

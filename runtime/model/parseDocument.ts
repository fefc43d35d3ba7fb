import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { createTextLocator, type TextLocator } from './textLocator';
import { createTextPositions } from './textPositions';
import { zodIssuesToDiagnostics } from './zodIssues';
import { journeySchema, JOURNEY_FORMAT, type Journey } from './journey';
import { cohortSchema, COHORT_FORMAT, type Cohort } from './cohort';
import { jsonTextProblems } from './jsonTextProblems';

export type DocumentKind = 'journey' | 'cohort';

export interface ParsedText {
  /** What the text holds, by its "format". */
  kind?: DocumentKind;
  /** The document, when it has the schema's shape (lint may still find errors in it). */
  journey?: Journey;
  cohort?: Cohort;
  /** The raw JSON value, when the text is JSON at all. */
  raw?: unknown;
  /**
   * Syntax and shape problems (J001–J004), nesting too deep (J036), numbers that overflow (J037),
   * located; and repeated keys (J109 warnings), also when the document has the schema's shape.
   */
  diagnostics: Diagnostic[];
  locator: TextLocator;
}

const FORMATS: Record<string, DocumentKind> = { [JOURNEY_FORMAT]: 'journey', [COHORT_FORMAT]: 'cohort' };

/**
 * Parse a journey or cohort text: nesting (at most MAX_JSON_DEPTH, checked before anything recursive
 * runs), JSON syntax, numbers that overflow, then `format`, then the schema of that format.
 */
export function parseDocumentText(text: string, expect?: DocumentKind): ParsedText {
  const problems = jsonTextProblems(text, createTextPositions(text));
  if (problems.tooDeep) return { diagnostics: [problems.tooDeep], locator: createTextLocator(text) };
  const warnings = problems.duplicates;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  // Valid JSON without a repeated key: locating may stop at the first occurrence of what it looks for.
  const locator = createTextLocator(text, { uniqueKeys: raw !== undefined && warnings.length === 0 });
  if (raw === undefined) {
    // Only the first syntax error: the later ones are nearly always its echoes.
    const diagnostics = locator.syntaxErrors.slice(0, 1).map((e) => ({ ...diagnostic('J001', `invalid JSON: ${e.message}`, { path: [] }), start: e.start, end: e.end }));
    if (diagnostics.length === 0) diagnostics.push({ ...diagnostic('J001', text.trim() === '' ? 'invalid JSON: the file is empty' : 'invalid JSON', { path: [] }), start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
    return { diagnostics, locator };
  }
  const format = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>).format : undefined;
  const kind = typeof format === 'string' ? FORMATS[format] : undefined;
  if (!kind || (expect && kind !== expect)) {
    const wanted = expect ? `"${expect === 'journey' ? JOURNEY_FORMAT : COHORT_FORMAT}"` : `"${JOURNEY_FORMAT}" or "${COHORT_FORMAT}"`;
    const got = format === undefined ? 'no "format"' : `"format": ${JSON.stringify(format)}`;
    const d = diagnostic('J002', `${got}: expected ${wanted}`, { path: format === undefined ? [] : ['format'] });
    return { raw, diagnostics: [...locate([d], locator), ...warnings], locator };
  }
  // A number that overflowed is Infinity in `raw`: the document is refused rather than run or exported wrong.
  if (problems.overflows.length > 0) return { kind, raw, diagnostics: [...problems.overflows, ...warnings], locator };
  if (kind === 'journey') {
    const r = journeySchema.safeParse(raw);
    if (r.success) return { kind, raw, journey: r.data, diagnostics: warnings, locator };
    return { kind, raw, diagnostics: [...locate(zodIssuesToDiagnostics(r.error.issues, raw), locator), ...warnings], locator };
  }
  const r = cohortSchema.safeParse(raw);
  if (r.success) return { kind, raw, cohort: r.data, diagnostics: warnings, locator };
  return { kind, raw, diagnostics: [...locate(zodIssuesToDiagnostics(r.error.issues, raw), locator), ...warnings], locator };
}

/** Give diagnostics their line:column in the text (and inside expressions, the character): all in one pass over the text. */
export function locate(diagnostics: Diagnostic[], locator: TextLocator, file?: string): Diagnostic[] {
  const unplaced = diagnostics.filter((d) => !d.start);
  const places = locator.locateAll(unplaced.map((d) => (d.exprOffset !== undefined ? { path: d.path, stringOffset: d.exprOffset } : { path: d.path })));
  let next = 0;
  return diagnostics.map((d) => {
    const located: Diagnostic = { ...d };
    if (file !== undefined) located.file = file;
    if (!d.start) {
      const place = places[next++]!;
      located.start = place.inString ?? place.range.start;
      located.end = place.inString ? { line: place.inString.line, column: place.inString.column + 1 } : place.range.end;
    }
    return located;
  });
}

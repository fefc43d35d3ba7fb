import { CATALOGUE, type DiagnosticCode, type Severity } from './catalogue';

/** A JSON path into a document: object keys and array indexes. */
export type JsonPath = (string | number)[];

/** A position in a text: 1-based line and column. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * A problem found in a journey or cohort. Data only: the CLI, the Problems panel, the canvas and Monaco
 * all render the same objects.
 */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** What is wrong and how to fix it. */
  message: string;
  /** Where in the document (JSON path). */
  path: JsonPath;
  nodeId?: string;
  edgeId?: string;
  /** The file, when the document came from one. */
  file?: string;
  /** Where in the text, once located (see locateDiagnostics). */
  start?: TextPosition;
  end?: TextPosition;
  /** Inside an expression string: the character offset of the problem in the expression. */
  exprOffset?: number;
}

export interface DiagnosticPlace {
  path: JsonPath;
  nodeId?: string;
  edgeId?: string;
  exprOffset?: number;
}

/** Make a diagnostic of a catalogued code. */
export function diagnostic(code: DiagnosticCode, message: string, place: DiagnosticPlace): Diagnostic {
  const d: Diagnostic = { code, severity: CATALOGUE[code].severity, message, path: place.path };
  if (place.nodeId !== undefined) d.nodeId = place.nodeId;
  if (place.edgeId !== undefined) d.edgeId = place.edgeId;
  if (place.exprOffset !== undefined) d.exprOffset = place.exprOffset;
  return d;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** The order the CLI and the Problems panel show: by position, then code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const la = a.start?.line ?? 0;
  const lb = b.start?.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.start?.column ?? 0;
  const cb = b.start?.column ?? 0;
  if (ca !== cb) return ca - cb;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** `file:line:col: severity CODE message`, the CLI's line format. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file ?? '<input>'}:${d.start?.line ?? 1}:${d.start?.column ?? 1}`;
  return `${where}: ${d.severity} ${d.code} ${d.message}`;
}

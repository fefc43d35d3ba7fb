import type { Diagnostic } from './diagnostic';
import { PLAIN_FORMS } from './plainForms';
import { plainSubject } from './plainSubject';

/**
 * A diagnostic in plain words, for the canvas, the inspector and the Problems panel: what is wrong
 * and where to fix it in the inspector, naming nodes by their labels in `doc` — the document as it
 * is when shown, so a rename shows at once without linting again. The JSON-level `message` (the
 * CLI's, the Source tab's) is unchanged; the code is the same.
 */
export function plainMessage(d: Diagnostic, doc: unknown): string {
  const form = Object.prototype.hasOwnProperty.call(PLAIN_FORMS, d.code) ? PLAIN_FORMS[d.code] : undefined;
  if (!form) return d.message;
  return tidy(form(plainSubject(d, doc)));
}

/** What the diagnostic is about, for a list row: “node ‘Call back’”, “edge from ‘Visit’ to ‘Applied’”. */
export function plainElement(d: Diagnostic, doc: unknown): string | undefined {
  if (d.nodeId === undefined && d.edgeId === undefined) return undefined;
  const s = plainSubject(d, doc);
  if (d.edgeId !== undefined && s.edge) return s.edge.replace(/^the /, '');
  return s.node ? `node ${s.node}` : undefined;
}

/** Spaces left by a name that was not there (“Decision  has…”), and a space before punctuation. */
function tidy(text: string): string {
  return text.replace(/ {2,}/g, ' ').replace(/ ([:,.])/g, '$1');
}

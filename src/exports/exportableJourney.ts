import type { Journey } from '../../runtime/model/journey';
import { journeyOf, type DocState } from '../state/documentState';
import { flushValidation } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';
import { notify } from '../state/uiActions';

/** Why a journey file cannot be exported or simulated now (its first error), or undefined when it can. */
export function refusalOf(doc: DocState | undefined, what: string): string | undefined {
  if (!doc || doc.kind !== 'journey') return `Open a journey to ${what}`;
  const first = doc.diagnostics.find((d) => d.severity === 'error');
  if (first) {
    const where = first.start ? ` (Ln ${first.start.line}, Col ${first.start.column})` : first.nodeId ? ` (node ${first.nodeId})` : first.edgeId ? ` (edge ${first.edgeId})` : '';
    return `Cannot ${what}: ${doc.path} has errors. First: ${first.code}${where} ${first.message}`;
  }
  if (doc.broken || !journeyOf(doc)) return `Cannot ${what}: ${doc.path} is not a valid journey`;
  return undefined;
}

/**
 * The journey of a file, checked first (pending typing validated now); undefined — with a
 * notification naming the first error — when it has errors.
 */
export function exportableJourney(docId: string | undefined, what: string): { doc: DocState; journey: Journey } | undefined {
  if (docId) flushValidation(docId);
  const doc = docId ? useWorkspace.getState().docs[docId] : undefined;
  const refusal = refusalOf(doc, what);
  const journey = journeyOf(doc);
  if (refusal || !doc || !journey) {
    notify(refusal ?? `Cannot ${what}`, 'error');
    return undefined;
  }
  return { doc, journey };
}

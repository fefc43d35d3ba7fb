import type { Journey } from '../../runtime/model/journey';
import { journeyOf, type DocState } from '../state/documentState';
import { flushValidation } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';
import { notify } from '../state/uiActions';
import { fixProblemsFirst } from '../state/fixProblemsFirst';

/** Why a journey file cannot be exported or simulated now (how many problems, the first), or undefined when it can. */
export function refusalOf(doc: DocState | undefined, what: string): string | undefined {
  if (!doc || doc.kind !== 'journey') return `Open a journey to ${what}`;
  return fixProblemsFirst(doc, what) ?? (journeyOf(doc) ? undefined : `Cannot ${what}: ${doc.path} is not a valid journey`);
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

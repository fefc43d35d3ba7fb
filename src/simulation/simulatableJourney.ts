import { journeySchema, type Journey } from '../../runtime/model/journey';
import { refusalOf } from '../exports/exportableJourney';
import type { DocState } from '../state/documentState';
import { journeyOf } from '../state/documentState';
import { flushValidation } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';

/** The journey of a file as the simulator takes it (schema defaults filled in), or why not (its first error). */
export function simulatableJourney(docId: string | undefined, what: string): { doc: DocState; journey: Journey } | string {
  if (docId) flushValidation(docId);
  const doc = docId ? useWorkspace.getState().docs[docId] : undefined;
  const refusal = refusalOf(doc, what);
  if (refusal || !doc) return refusal ?? `Cannot ${what}`;
  const parsed = journeySchema.safeParse(journeyOf(doc));
  return parsed.success ? { doc, journey: parsed.data as Journey } : `Cannot ${what}: ${doc.path} is not a valid journey`;
}

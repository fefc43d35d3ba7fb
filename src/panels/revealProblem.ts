import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { useWorkspace } from '../state/workspaceStore';
import { useLayout } from '../state/layoutStore';
import { openEditor } from '../state/layoutActions';
import { setSelection } from '../state/workspaceActions';
import { requestReveal } from '../state/uiActions';

/** Show a problem: select its node or edge on the canvas, and reveal its line in the source. */
export function revealProblem(docId: string, d: Diagnostic): void {
  const doc = useWorkspace.getState().docs[docId];
  if (!doc) return;
  const onCanvas = doc.kind === 'journey' && !!doc.history && !!(d.nodeId || d.edgeId);
  if (onCanvas) {
    setSelection(docId, { nodes: d.nodeId ? [d.nodeId] : [], edges: d.edgeId && !d.nodeId ? [d.edgeId] : [] });
    openEditor(docId, 'canvas');
  }
  const groups = useLayout.getState().groups;
  const groupOf = (kind: string) => groups.find((g) => g.tabs.some((t) => t.docId === docId && t.kind === kind));
  const sourceGroup = groupOf('source');
  // Without a place on the canvas, the text is where to look: open the source (beside the canvas or cohort editor).
  if (!onCanvas) openEditor(docId, 'source', { toSide: (doc.kind === 'journey' || !!groupOf('cohort')) && !sourceGroup });
  else if (sourceGroup && sourceGroup !== groupOf('canvas')) openEditor(docId, 'source');
  requestReveal(docId, d.start?.line ?? 1, d.start?.column ?? 1);
}

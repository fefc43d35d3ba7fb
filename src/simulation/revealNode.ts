// Show a node of a journey on its canvas: select it, open the canvas, and pan (keeping the zoom)
// until the node is in view.
import { activeCanvas } from '../canvas/canvasController';
import { activeDocId } from '../app/activeDocument';
import { journeyOf } from '../state/documentState';
import { openEditor } from '../state/layoutActions';
import { setSelection } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';

/** Selects and reveals node `nodeId` of the journey `docId` (default: the active one); false when there is no such node. */
export function revealNode(nodeId: string, docId: string | undefined = activeDocId()): boolean {
  const journey = docId ? journeyOf(useWorkspace.getState().docs[docId]) : undefined;
  if (!docId || !journey?.nodes.some((n) => n.id === nodeId)) return false;
  setSelection(docId, { nodes: [nodeId], edges: [] });
  openEditor(docId, 'canvas');
  activeCanvas()?.revealNodes([nodeId]);
  // A canvas that opens now is there (and has placed its first view) a frame or two later.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => requestAnimationFrame(() => activeCanvas()?.revealNodes([nodeId])));
  return true;
}

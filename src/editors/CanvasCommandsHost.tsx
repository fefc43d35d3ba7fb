import { useCanvasCommands } from '../canvas/useCanvasCommands';
import { activeDoc, activeDocId } from '../app/activeDocument';
import { journeyOf } from '../state/documentState';
import { editDocument, selectionOf, setSelection } from '../state/workspaceActions';
import { activeTab } from '../state/layoutStore';

/** Registers the canvas commands (add node, copy/paste, delete, fit, auto-layout) for the active journey canvas. */
export function CanvasCommandsHost() {
  useCanvasCommands({
    getJourney: () => journeyOf(activeDoc()),
    getSelection: () => selectionOf(activeDocId()),
    edit: (next, label) => {
      const id = activeDocId();
      if (id) editDocument(id, next, label);
    },
    setSelection: (s) => {
      const id = activeDocId();
      if (id) setSelection(id, s);
    },
    isActive: () => activeTab()?.kind === 'canvas',
  });
  return null;
}

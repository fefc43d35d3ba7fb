import { commands, type Disposer } from '../../commands/commandRegistry';
import { docCanRedo, docCanUndo } from '../../state/documentState';
import { redoDocument, undoDocument } from '../../state/workspaceActions';
import { activeDoc } from '../activeDocument';
import { liveDoc } from '../../collab/liveDocs';

/** Undo/redo over the active document's history (always listed; nothing happens at either end). */
export function registerEditCommands(): Disposer {
  const disposers = [
    commands.register({
      id: 'edit.undo',
      title: 'Undo',
      category: 'Edit',
      keybinding: 'Mod+Z',
      run: () => {
        const d = activeDoc();
        // A live (shared) file: its session's undo, which takes back one's own edits only.
        const live = liveDoc(d?.id);
        if (live) live.undo();
        else if (d && docCanUndo(d)) undoDocument(d.id);
      },
    }),
    commands.register({
      id: 'edit.redo',
      title: 'Redo',
      category: 'Edit',
      keybinding: 'Mod+Shift+Z',
      run: () => {
        const d = activeDoc();
        const live = liveDoc(d?.id);
        if (live) live.redo();
        else if (d && docCanRedo(d)) redoDocument(d.id);
      },
    }),
  ];
  return () => disposers.forEach((d) => d());
}

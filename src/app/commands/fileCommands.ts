import { commands, type Disposer } from '../../commands/commandRegistry';
import { deleteDocument, duplicateDocument, newFile, renameDocument, restoreDeleted } from '../fileActions';
import { exportDocument, pickFilesToImport } from '../importExport';
import { activeDoc, targetDoc } from '../activeDocument';
import { notify } from '../../state/uiActions';

/** File commands; those about one file take its id (from the explorer), else act on the active one. */
export function registerFileCommands(flushSaves: () => Promise<void>): Disposer {
  const hasDoc = () => !!activeDoc();
  const withDoc = (run: (id: string) => unknown) => (arg?: unknown) => {
    const doc = targetDoc(arg);
    if (doc) void run(doc.id);
  };
  const disposers = [
    commands.register({ id: 'file.newJourney', title: 'New Journey…', category: 'File', keybinding: 'Alt+N', run: () => newFile('journey') }),
    commands.register({ id: 'file.newCohort', title: 'New Cohort…', category: 'File', run: () => newFile('cohort') }),
    commands.register({ id: 'file.import', title: 'Import Files…', category: 'File', keybinding: 'Mod+O', run: pickFilesToImport }),
    commands.register({ id: 'file.export', title: 'Export (Download)', category: 'File', keybinding: 'Mod+Shift+S', when: hasDoc, run: withDoc(exportDocument) }),
    commands.register({ id: 'file.rename', title: 'Rename…', category: 'File', keybinding: 'F2', when: hasDoc, run: withDoc(renameDocument) }),
    commands.register({ id: 'file.duplicate', title: 'Duplicate', category: 'File', when: hasDoc, run: withDoc(duplicateDocument) }),
    commands.register({ id: 'file.delete', title: 'Delete', category: 'File', when: hasDoc, run: withDoc(deleteDocument) }),
    commands.register({ id: 'file.restoreDeleted', title: 'Restore Deleted File', category: 'File', run: () => restoreDeleted() }),
    commands.register({
      id: 'file.save',
      title: 'Save All (autosave is on)',
      category: 'File',
      keybinding: 'Mod+S',
      run: async () => {
        await flushSaves();
        notify('All changes are saved (Journey Studio saves as you work)');
      },
    }),
  ];
  return () => disposers.forEach((d) => d());
}

import { commands, type Disposer } from '../../commands/commandRegistry';
import { activeGroup, activeTab, useLayout } from '../../state/layoutStore';
import { closeEditor, openEditor, splitActiveEditor } from '../../state/layoutActions';
import { activeDoc } from '../activeDocument';

/** Editors: open the source or the compiled module beside the canvas, split, close. */
export function registerEditorCommands(): Disposer {
  const journeyActive = () => activeDoc()?.kind === 'journey';
  const disposers = [
    commands.register({
      id: 'view.openSource',
      title: 'Open Source to the Side',
      category: 'View',
      keybinding: 'Mod+Alt+J',
      when: () => !!activeDoc(),
      run: () => {
        const d = activeDoc();
        // Beside the canvas or the cohort editor: the view and its JSON side by side.
        if (d) openEditor(d.id, 'source', { toSide: useLayout.getState().groups.length > 1 || d.kind === 'journey' || activeTab()?.kind === 'cohort' });
      },
    }),
    commands.register({
      id: 'view.openCompiled',
      title: 'Open Compiled XState Module to the Side',
      category: 'View',
      keybinding: 'Mod+Alt+X',
      when: journeyActive,
      run: () => {
        const d = activeDoc();
        if (d) openEditor(d.id, 'compiled', { toSide: true });
      },
    }),
    commands.register({
      id: 'view.openCanvas',
      title: 'Open Canvas',
      category: 'View',
      when: journeyActive,
      run: () => {
        const d = activeDoc();
        if (d) openEditor(d.id, 'canvas');
      },
    }),
    commands.register({ id: 'view.splitEditor', title: 'Split Editor Right', category: 'View', keybinding: 'Mod+\\', run: splitActiveEditor }),
    commands.register({
      id: 'view.closeEditor',
      title: 'Close Editor',
      category: 'View',
      keybinding: 'Alt+W',
      when: () => !!activeGroup().activeKey,
      run: () => {
        const g = activeGroup();
        if (g.activeKey) closeEditor(g.id, g.activeKey);
      },
    }),
  ];
  return () => disposers.forEach((d) => d());
}

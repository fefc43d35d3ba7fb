import { commands, type Disposer } from '../../commands/commandRegistry';
import { useLayout } from '../../state/layoutStore';
import { revealSideView, showPanel, showSideView, toggleInspector, togglePanel, toggleSideBar } from '../../state/layoutActions';
import { openQuick, setTheme } from '../../state/uiActions';
import { useUi } from '../../state/uiStore';

/** Commands of the workbench itself: palette, quick open, views, panel, theme. */
export function registerWorkbenchCommands(): Disposer {
  const disposers = [
    commands.register({ id: 'workbench.action.showCommands', title: 'Show All Commands', category: 'View', keybinding: 'Mod+Shift+P', run: () => openQuick('commands') }),
    commands.register({ id: 'workbench.action.quickOpen', title: 'Go to File…', category: 'Go', keybinding: 'Mod+P', run: () => openQuick('files') }),
    commands.register({ id: 'workbench.action.toggleSidebarVisibility', title: 'Toggle Side Bar Visibility', category: 'View', keybinding: 'Mod+B', run: toggleSideBar }),
    commands.register({ id: 'workbench.view.explorer', title: 'Show Explorer', category: 'View', keybinding: 'Mod+Shift+E', run: () => revealSideView('explorer') }),
    commands.register({ id: 'workbench.view.nodes', title: 'Show Nodes', category: 'View', keybinding: 'Mod+Shift+N', run: () => revealSideView('nodes') }),
    commands.register({ id: 'workbench.view.simulation', title: 'Show Simulation', category: 'View', run: () => revealSideView('simulation') }),
    commands.register({ id: 'workbench.view.history', title: 'Show History', category: 'View', keybinding: 'Mod+Shift+H', run: () => revealSideView('history') }),
    commands.register({ id: 'workbench.view.settings', title: 'Open Settings', category: 'Preferences', keybinding: 'Mod+,', run: () => showSideView('settings') }),
    commands.register({ id: 'view.toggleInspector', title: 'Toggle Inspector', category: 'View', keybinding: 'Mod+Alt+B', run: toggleInspector }),
    commands.register({ id: 'view.togglePanel', title: 'Toggle Panel', category: 'View', keybinding: 'Mod+J', run: togglePanel }),
    commands.register({
      id: 'view.showProblems',
      title: 'Show Problems',
      category: 'View',
      keybinding: 'Mod+Shift+M',
      run: () => (useLayout.getState().panelOpen && useLayout.getState().panelTab === 'problems' ? togglePanel() : showPanel('problems')),
    }),
    commands.register({ id: 'view.showOutput', title: 'Show Output', category: 'View', keybinding: 'Mod+Shift+U', run: () => showPanel('output') }),
    commands.register({ id: 'view.toggleTheme', title: 'Toggle Theme', category: 'Preferences', run: () => setTheme(useUi.getState().theme === 'dark' ? 'light' : 'dark') }),
  ];
  return () => disposers.forEach((d) => d());
}

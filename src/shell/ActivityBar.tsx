import type { ComponentType } from 'react';
import { useLayout, type SideView } from '../state/layoutStore';
import { showSideView } from '../state/layoutActions';
import { commands, displayBinding } from '../commands/commandRegistry';
import { isMacPlatform } from '../app/keybindings';
import { FilesIcon, HistoryIcon, NodesIcon, SettingsIcon, SimulationIcon } from './icons';

export const ACTIVITIES: { view: SideView; title: string; icon: ComponentType<{ size?: number }>; command: string }[] = [
  { view: 'explorer', title: 'Explorer', icon: FilesIcon, command: 'workbench.view.explorer' },
  { view: 'nodes', title: 'Nodes', icon: NodesIcon, command: 'workbench.view.nodes' },
  { view: 'simulation', title: 'Simulation', icon: SimulationIcon, command: 'workbench.view.simulation' },
  { view: 'history', title: 'History', icon: HistoryIcon, command: 'workbench.view.history' },
];

function tooltip(title: string, commandId: string) {
  const binding = commands.get(commandId)?.keybinding;
  return binding ? `${title} (${displayBinding(binding, isMacPlatform())})` : title;
}

/** The icons on the far left: one per side bar view; clicking the open one closes the side bar. */
export function ActivityBar() {
  const sideView = useLayout((s) => s.sideView);
  const item = (view: SideView, title: string, Icon: ComponentType<{ size?: number }>, command: string) => (
    <button
      key={view}
      className={`ws-activity${sideView === view ? ' ws-active' : ''}`}
      title={tooltip(title, command)}
      aria-label={title}
      aria-pressed={sideView === view}
      data-testid={`activity-${view}`}
      onClick={() => showSideView(view)}
    >
      <Icon size={24} />
    </button>
  );
  return (
    <nav className="ws-activitybar" aria-label="Views">
      <div className="ws-activity-top">{ACTIVITIES.map((a) => item(a.view, a.title, a.icon, a.command))}</div>
      <div className="ws-activity-bottom">{item('settings', 'Settings', SettingsIcon, 'workbench.view.settings')}</div>
    </nav>
  );
}

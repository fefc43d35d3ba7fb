import type { SideView } from '../state/layoutStore';
import { ExplorerView } from '../explorer/ExplorerView';
import { ExplorerActions } from '../explorer/ExplorerActions';
import { NodePaletteView } from '../nodePalette/NodePaletteView';
import { SimulationView } from '../simulation/SimulationView';
import { HistoryView } from '../history/HistoryView';
import { SettingsView } from '../settings/SettingsView';

const VIEWS: Record<SideView, { title: string; View: () => React.JSX.Element; Actions?: () => React.JSX.Element }> = {
  explorer: { title: 'Explorer', View: ExplorerView, Actions: ExplorerActions },
  nodes: { title: 'Nodes', View: NodePaletteView },
  simulation: { title: 'Simulation', View: SimulationView },
  history: { title: 'History', View: HistoryView },
  settings: { title: 'Settings', View: SettingsView },
};

/** The side bar: the view chosen in the activity bar. */
export function SideBar({ view }: { view: SideView }) {
  const { title, View, Actions } = VIEWS[view];
  return (
    <section className="ws-sidebar-inner" aria-label={title} data-testid={`view-${view}`}>
      <header className="ws-sidebar-title">
        <span>{title}</span>
        {Actions && <Actions />}
      </header>
      <div className="ws-sidebar-body">
        <View />
      </div>
    </section>
  );
}

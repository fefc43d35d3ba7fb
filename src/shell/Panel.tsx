import { useLayout, type PanelTab } from '../state/layoutStore';
import { showPanel, togglePanel } from '../state/layoutActions';
import { ProblemsPanel } from '../panels/ProblemsPanel';
import { OutputPanel } from '../panels/OutputPanel';
import { SimulationPanel } from '../simulation/panel/SimulationPanel';
import { ReplayPanel } from '../simulation/replay/ReplayPanel';
import { ComparePanel } from '../simulation/compare/ComparePanel';
import { useProblemCount } from '../panels/useOpenDiagnostics';
import { CloseIcon } from './icons';

const TABS: { id: PanelTab; title: string }[] = [
  { id: 'problems', title: 'Problems' },
  { id: 'output', title: 'Output' },
  { id: 'simulation', title: 'Simulation' },
  { id: 'replay', title: 'Replay' },
  { id: 'compare', title: 'Compare' },
];

const BODIES: Record<PanelTab, () => React.JSX.Element> = { problems: ProblemsPanel, output: OutputPanel, simulation: SimulationPanel, replay: ReplayPanel, compare: ComparePanel };

/** The bottom panel: Problems, Output and the simulation results. */
export function Panel() {
  const tab = useLayout((s) => s.panelTab);
  const count = useProblemCount();
  const Body = BODIES[tab] ?? ProblemsPanel;
  return (
    <section className="ws-panel-inner" aria-label="Panel">
      <div className="ws-panel-tabs">
        {/* only the tabs in the tablist: the panel's actions are its siblings */}
        <div className="ws-panel-tablist" role="tablist" aria-label="Panel views">
          {TABS.map((t) => (
            <button key={t.id} role="tab" aria-selected={tab === t.id} data-testid={`panel-tab-${t.id}`} className={`ws-panel-tab${tab === t.id ? ' ws-active' : ''}`} onClick={() => showPanel(t.id)}>
              {t.title}
              {t.id === 'problems' && count > 0 && <span className="ws-badge">{count}</span>}
            </button>
          ))}
        </div>
        <span className="ws-spacer" />
        <button className="ws-icon-button" title="Close Panel" aria-label="Close Panel" onClick={togglePanel}>
          <CloseIcon size={14} />
        </button>
      </div>
      <div className="ws-panel-body" role="tabpanel">
        <Body />
      </div>
    </section>
  );
}

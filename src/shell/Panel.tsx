import { useLayout, type PanelTab } from '../state/layoutStore';
import { showPanel, togglePanel } from '../state/layoutActions';
import { ProblemsPanel } from '../panels/ProblemsPanel';
import { OutputPanel } from '../panels/OutputPanel';
import { useProblemCount } from '../panels/useOpenDiagnostics';
import { CloseIcon } from './icons';

const TABS: { id: PanelTab; title: string }[] = [
  { id: 'problems', title: 'Problems' },
  { id: 'output', title: 'Output' },
];

/** The bottom panel: Problems and Output. */
export function Panel() {
  const tab = useLayout((s) => s.panelTab);
  const count = useProblemCount();
  return (
    <section className="ws-panel-inner" aria-label="Panel">
      <div className="ws-panel-tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t.id} role="tab" aria-selected={tab === t.id} data-testid={`panel-tab-${t.id}`} className={`ws-panel-tab${tab === t.id ? ' ws-active' : ''}`} onClick={() => showPanel(t.id)}>
            {t.title}
            {t.id === 'problems' && count > 0 && <span className="ws-badge">{count}</span>}
          </button>
        ))}
        <span className="ws-spacer" />
        <button className="ws-icon-button" title="Close Panel" aria-label="Close Panel" onClick={togglePanel}>
          <CloseIcon size={14} />
        </button>
      </div>
      <div className="ws-panel-body" role="tabpanel">
        {tab === 'problems' ? <ProblemsPanel /> : <OutputPanel />}
      </div>
    </section>
  );
}

import { useWorkspace, sortedDocs } from '../state/workspaceStore';
import { commands, displayBinding } from '../commands/commandRegistry';
import { isMacPlatform } from '../app/keybindings';
import { openDocument } from '../app/fileActions';

const key = (id: string) => {
  const k = commands.get(id)?.keybinding;
  return k ? displayBinding(k, isMacPlatform()) : '';
};

/** What an empty editor area shows: how to start, and the workspace's journeys. */
export function WelcomePage() {
  const docs = sortedDocs(useWorkspace((s) => s.docs));
  const start: [string, string][] = [
    ['file.newJourney', 'New Journey…'],
    ['file.newCohort', 'New Cohort…'],
    ['file.import', 'Import Files…'],
    ['workbench.action.quickOpen', 'Go to File…'],
    ['workbench.action.showCommands', 'Show All Commands'],
  ];
  return (
    <div className="ws-welcome" data-testid="welcome">
      <div className="ws-welcome-inner">
        <h1>
          <span className="ws-logo">◆</span> Journey Studio
        </h1>
        <p className="ws-welcome-sub">Map customer journeys and service blueprints, compile them to XState, simulate them.</p>
        <div className="ws-welcome-columns">
          <section>
            <h2>Start</h2>
            {start.map(([id, label]) => (
              <button key={id} className="ws-link" onClick={() => commands.execute(id)}>
                {label}
                <kbd className="ws-kbd">{key(id)}</kbd>
              </button>
            ))}
          </section>
          <section>
            <h2>Workspace</h2>
            {docs.length === 0 && <p className="ws-hint">No files yet.</p>}
            {docs.slice(0, 8).map((d) => (
              <button key={d.id} className="ws-link" onClick={() => openDocument(d.id)}>
                {d.path}
              </button>
            ))}
          </section>
        </div>
      </div>
    </div>
  );
}

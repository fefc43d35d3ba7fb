import { commands } from '../commands/commandRegistry';
import { ImportIcon, NewFileIcon, PeopleIcon } from '../shell/icons';
import { binding } from './ExplorerView';

/** The Explorer's title actions: new journey, new cohort, import. */
export function ExplorerActions() {
  const withKey = (title: string, id: string) => (binding(id) ? `${title} (${binding(id)})` : title);
  return (
    <div className="ws-title-actions" role="toolbar" aria-label="Explorer actions">
      <button className="ws-icon-button" title={withKey('New Journey…', 'file.newJourney')} aria-label="New Journey" data-testid="explorer-new-journey" onClick={() => commands.execute('file.newJourney')}>
        <NewFileIcon />
      </button>
      <button className="ws-icon-button" title="New Cohort…" aria-label="New Cohort" data-testid="explorer-new-cohort" onClick={() => commands.execute('file.newCohort')}>
        <PeopleIcon />
      </button>
      <button className="ws-icon-button" title={withKey('Import Files…', 'file.import')} aria-label="Import Files" data-testid="explorer-import" onClick={() => commands.execute('file.import')}>
        <ImportIcon />
      </button>
    </div>
  );
}

import { useWorkspace } from '../state/workspaceStore';
import { useUi } from '../state/uiStore';
import { journeyOf, saveStateOf } from '../state/documentState';
import { useActiveDocId } from '../app/activeDocument';
import { commands } from '../commands/commandRegistry';
import { setTheme } from '../state/uiActions';
import { CheckIcon, ErrorIcon, WarningIcon } from './icons';
import { usePendingDrafts } from '../inspector/fields/usePendingDrafts';
import { CollabStatus } from '../collab/CollabStatus';

const SAVE_TEXT = { saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved' } as const;

/** The status bar: validity, counts, saved state and cohort of the active document. */
export function StatusBar() {
  const id = useActiveDocId();
  const doc = useWorkspace((s) => (id ? s.docs[id] : undefined));
  const theme = useUi((s) => s.theme);
  const errors = doc?.diagnostics.filter((d) => d.severity === 'error').length ?? 0;
  const warnings = doc?.diagnostics.filter((d) => d.severity === 'warning').length ?? 0;
  const journey = journeyOf(doc);
  // Text typed in the inspector and not committed yet is not saved either.
  const typing = usePendingDrafts();
  const stored = doc ? saveStateOf(doc) : undefined;
  const save = stored === 'saved' && typing ? 'unsaved' : stored;
  return (
    <footer className="ws-statusbar nokey" data-testid="statusbar" role="status">
      {doc && (
        <>
          <button className={`ws-status-item ws-validity${errors ? ' ws-invalid' : ''}`} data-testid="status-validity" data-valid={errors === 0 && !doc.broken} title="Show Problems" onClick={() => commands.execute('view.showProblems')}>
            {errors === 0 && !doc.broken ? <CheckIcon size={14} /> : <span className="ws-cross">✗</span>}
            <span>{errors === 0 && !doc.broken ? 'Valid' : 'Invalid'}</span>
            <ErrorIcon size={13} />
            <span data-testid="status-errors">{errors}</span>
            <WarningIcon size={13} />
            <span data-testid="status-warnings">{warnings}</span>
          </button>
          {journey && (
            <span className="ws-status-item" data-testid="status-counts" title="Nodes and edges of the journey">
              {journey.nodes.length} nodes · {journey.edges.length} edges
            </span>
          )}
        </>
      )}
      <span className="ws-spacer" />
      <CollabStatus docId={id} />
      {doc && save && (
        <span className={`ws-status-item ws-save-${save}`} data-testid="status-save" title={save === 'saved' ? 'All changes are stored in this browser' : 'Changes are saved automatically'}>
          {SAVE_TEXT[save]}
        </span>
      )}
      {journey && (
        <span className="ws-status-item" data-testid="status-cohort" title="The cohort this journey is simulated with">
          Cohort: {journey.cohort ?? 'none'}
        </span>
      )}
      <button className="ws-status-item" title="Preferences: Toggle Theme" data-testid="status-theme" onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
        {theme === 'dark' ? '☾ Dark' : '☀ Light'}
      </button>
    </footer>
  );
}

import { useState } from 'react';
import { saveStateOf, type DocState } from '../state/documentState';
import { openDocument } from '../app/fileActions';
import { ChevronIcon, MapIcon, PeopleIcon } from '../shell/icons';

interface Props {
  title: string;
  docs: DocState[];
  activeId: string | undefined;
  empty: string;
  onContextMenu: (doc: DocState, e: React.MouseEvent) => void;
}

function problemCounts(doc: DocState) {
  let errors = 0;
  let warnings = 0;
  for (const d of doc.diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

/** A collapsible group of files (Journeys, Cohorts). */
export function ExplorerSection({ title, docs, activeId, empty, onContextMenu }: Props) {
  const [open, setOpen] = useState(true);
  return (
    <div className="ws-section">
      <button className="ws-section-header" aria-expanded={open} onClick={() => setOpen(!open)}>
        <ChevronIcon open={open} size={14} />
        <span>{title}</span>
        <span className="ws-count">{docs.length}</span>
      </button>
      {open && (
        <ul className="ws-tree" role="tree" aria-label={title}>
          {docs.length === 0 && <li className="ws-empty">{empty}</li>}
          {docs.map((doc) => {
            const { errors, warnings } = problemCounts(doc);
            const unsaved = saveStateOf(doc) !== 'saved';
            return (
              <li key={doc.id} role="treeitem" aria-selected={doc.id === activeId}>
                <button
                  className={`ws-tree-row${doc.id === activeId ? ' ws-active' : ''}`}
                  data-testid="explorer-item"
                  data-path={doc.path}
                  title={doc.path}
                  onClick={() => openDocument(doc.id)}
                  onContextMenu={(e) => onContextMenu(doc, e)}
                  onKeyDown={(e) => {
                    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
                    e.preventDefault();
                    const rows = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="explorer-item"]')];
                    rows[rows.indexOf(e.currentTarget) + (e.key === 'ArrowDown' ? 1 : -1)]?.focus();
                  }}
                >
                  <span className={`ws-file-icon ws-file-${doc.kind}`}>{doc.kind === 'journey' ? <MapIcon size={15} /> : <PeopleIcon size={15} />}</span>
                  <span className={`ws-file-name${errors ? ' ws-has-errors' : warnings ? ' ws-has-warnings' : ''}`}>{doc.path}</span>
                  {unsaved && <span className="ws-dirty" title="Saving soon" aria-label="unsaved" />}
                  {errors > 0 ? (
                    <span className="ws-file-badge ws-error" title={`${errors} error(s)`}>{errors}</span>
                  ) : warnings > 0 ? (
                    <span className="ws-file-badge ws-warning" title={`${warnings} warning(s)`}>{warnings}</span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

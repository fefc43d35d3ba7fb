import { useEffect, useMemo, useState } from 'react';
import { useActiveDocId } from '../app/activeDocument';
import { useWorkspace } from '../state/workspaceStore';
import { listVersions } from '../storage/fileRepository';
import type { VersionRecord } from '../storage/journeyDb';
import { services } from '../app/workbenchServices';
import { restoreVersion } from './restoreVersion';
import { RestoreIcon } from '../shell/icons';
import { presentOf } from '../state/documentState';
import { namesIn, versionWords, type NamedElements } from './versionWords';

export function relativeTime(t: number, now = Date.now()): string {
  const s = Math.round((now - t) / 1000);
  if (s < 10) return 'just now';
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(t).toLocaleDateString();
}

/** The saved versions of the active file (a version per save), each restorable as an undoable edit. */
export function HistoryView() {
  const docId = useActiveDocId();
  const doc = useWorkspace((s) => (docId ? s.docs[docId] : undefined));
  const rev = doc?.rev;
  const [versions, setVersions] = useState<VersionRecord[] | null>(null);
  const [, tick] = useState(0);
  // Nodes named by their labels now (a version's own labels for a node deleted since), not by ids.
  const present = doc ? presentOf(doc) : undefined;
  const words = useMemo(
    () => (versions ?? []).map((v) => versionWords(v.label, namesIn(() => present as NamedElements | undefined, () => JSON.parse(v.text) as NamedElements))),
    [versions, present],
  );

  useEffect(() => {
    if (!docId) return;
    let live = true;
    void listVersions(services().db, docId).then((v) => live && setVersions(v));
    return () => {
      live = false;
    };
  }, [docId, rev]);

  useEffect(() => {
    const t = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(t);
  }, []);

  if (!doc) return <p className="ws-hint ws-pad">Open a file to see its versions.</p>;
  return (
    <div className="ws-history" data-testid="history">
      <p className="ws-hint ws-pad">
        Versions of <strong>{doc.path}</strong>, one per save. Restoring one is an edit you can undo.
      </p>
      {versions === null && <p className="ws-hint ws-pad">Loading…</p>}
      <ul className="ws-version-list">
        {versions?.map((v, i) => (
          <li key={v.id} className="ws-version" data-testid="history-version" data-rev={v.rev}>
            <div className="ws-version-main">
              <span className="ws-version-label" title={words[i]}>
                {words[i]}
              </span>
              <span className="ws-version-time" title={new Date(v.savedAt).toLocaleString()}>
                {relativeTime(v.savedAt)} · v{v.rev}
                {i === 0 && v.text === doc.text ? ' · current' : ''}
              </span>
            </div>
            <button className="ws-icon-button" title="Restore this version" aria-label={`Restore version ${v.rev}`} data-testid="history-restore" onClick={() => restoreVersion(doc.id, v)}>
              <RestoreIcon />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

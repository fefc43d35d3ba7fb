import { useCallback, useState } from 'react';
import { useWorkspace, sortedDocs } from '../state/workspaceStore';
import { useActiveDocId } from '../app/activeDocument';
import { commands, displayBinding } from '../commands/commandRegistry';
import { isMacPlatform } from '../app/keybindings';
import { openDocument } from '../app/fileActions';
import { importFiles, refuseImport } from '../app/importExport';
import { ContextMenu, type MenuState } from '../shell/ContextMenu';
import { ExplorerSection } from './ExplorerSection';
import type { DocState } from '../state/documentState';
import { isShared } from '../collab/collabStore';

export const binding = (id: string) => {
  const k = commands.get(id)?.keybinding;
  return k ? displayBinding(k, isMacPlatform()) : undefined;
};

function menuFor(doc: DocState, x: number, y: number): MenuState {
  const run = (id: string) => () => commands.execute(id, doc.id);
  return {
    x,
    y,
    items: [
      { label: 'Open', run: () => openDocument(doc.id) },
      { label: 'Open Source to the Side', run: () => { openDocument(doc.id); commands.execute('view.openSource'); } },
      'separator',
      { label: 'Rename…', run: run('file.rename'), keybinding: binding('file.rename') },
      { label: 'Duplicate', run: run('file.duplicate') },
      { label: 'Export (Download)', run: run('file.export') },
      'separator',
      ...(isShared(doc.id) ? [{ label: 'Copy Link to Shared File', run: run('collab.copyShareLink') }, { label: 'Stop Sharing', run: run('collab.stopSharing') }] : [{ label: 'Share File…', run: run('collab.shareFile') }]),
      'separator',
      { label: 'Delete', run: run('file.delete'), danger: true },
    ],
  };
}

/** The workspace's journeys and cohorts; files dropped here are imported. */
export function ExplorerView() {
  const docs = useWorkspace((s) => s.docs);
  const activeId = useActiveDocId();
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [dropping, setDropping] = useState(false);
  const closeMenu = useCallback(() => setMenu(null), []);
  const all = sortedDocs(docs);
  const journeys = all.filter((d) => d.kind === 'journey');
  const cohorts = all.filter((d) => d.kind === 'cohort');
  const onContextMenu = (doc: DocState, e: React.MouseEvent) => {
    e.preventDefault();
    setMenu(menuFor(doc, e.clientX, e.clientY));
  };
  return (
    <div
      className={`ws-explorer${dropping ? ' ws-dropping' : ''}`}
      data-testid="explorer"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node)) setDropping(false);
      }}
      onDrop={(e) => {
        if (!e.dataTransfer.files.length) return;
        e.preventDefault();
        setDropping(false);
        // A dropped folder is listed among the files too: refused by name, its files are not read.
        const entries = [...e.dataTransfer.items].filter((i) => i.kind === 'file').map((i) => i.webkitGetAsEntry?.());
        const files = [...e.dataTransfer.files].filter((f, i) => {
          if (!entries[i]?.isDirectory) return true;
          refuseImport(f.name, `${f.name}: cannot read: it is a folder, not a file: import the files in it`);
          return false;
        });
        void importFiles(files);
      }}
    >
      <ExplorerSection title="Journeys" docs={journeys} activeId={activeId} onContextMenu={onContextMenu} empty="No journeys yet: New Journey, or drop a .journey.json here." />
      <ExplorerSection title="Cohorts" docs={cohorts} activeId={activeId} onContextMenu={onContextMenu} empty="No cohorts yet." />
      <div className="ws-drop-hint">Drop .journey.json or .cohort.json files here to import them</div>
      {menu && <ContextMenu menu={menu} onClose={closeMenu} />}
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { useWorkspace } from '../state/workspaceStore';
import { saveStateOf } from '../state/documentState';
import { activateEditor, closeEditor } from '../state/layoutActions';
import type { EditorGroup, EditorKind, EditorTab } from '../state/layoutStore';
import { commands } from '../commands/commandRegistry';
import { CloseIcon, CodeIcon, MachineIcon, MapIcon, PeopleIcon, SplitIcon } from './icons';
import { ExportMenuButton } from '../exports/ExportMenuButton';

export function tabTitle(tab: EditorTab, path: string): string {
  if (tab.kind === 'compiled') return `${path.replace(/\.journey\.json$/, '')}.machine.ts`;
  return path;
}

const TAB_ICON: Record<EditorKind, typeof MapIcon> = { canvas: MapIcon, cohort: PeopleIcon, source: CodeIcon, compiled: MachineIcon };
const TAB_TITLE: Record<EditorKind, string> = { canvas: 'canvas', cohort: 'cohort editor', source: 'source (JSON)', compiled: 'compiled XState module (read-only)' };

/**
 * Bring a tab wholly into view in its strip, scrolling the strip only as far as needed (what
 * scrollIntoView({ inline: 'nearest', block: 'nearest' }) does, without also scrolling the
 * workbench's clipped ancestors).
 */
function revealTab(tab: HTMLElement | null | undefined) {
  const strip = tab?.parentElement;
  if (!tab || !strip) return;
  const s = strip.getBoundingClientRect();
  const t = tab.getBoundingClientRect();
  if (t.left < s.left) strip.scrollLeft -= s.left - t.left;
  else if (t.right > s.right) strip.scrollLeft += Math.min(t.right - s.right, t.left - s.left);
}

function TabItem({ group, tab }: { group: EditorGroup; tab: EditorTab }) {
  const doc = useWorkspace((s) => s.docs[tab.docId]);
  const active = group.activeKey === tab.key;
  const ref = useRef<HTMLDivElement>(null);
  const present = !!doc;
  // The active tab is always shown whole: when it becomes active (opened, picked from Quick Open,
  // moved to by a command) the bar scrolls to it.
  useEffect(() => {
    if (active && present) revealTab(ref.current);
  }, [active, present]);
  if (!doc) return null;
  const unsaved = saveStateOf(doc) !== 'saved';
  const errors = doc.diagnostics.some((d) => d.severity === 'error');
  const Icon = TAB_ICON[tab.kind];
  return (
    <div
      ref={ref}
      role="tab"
      aria-selected={active}
      tabIndex={0}
      className={`ws-tab${active ? ' ws-active' : ''}`}
      data-testid="tab"
      data-kind={tab.kind}
      data-path={doc.path}
      title={`${doc.path} — ${TAB_TITLE[tab.kind]}`}
      onClick={() => activateEditor(group.id, tab.key)}
      aria-keyshortcuts="Delete"
      onKeyDown={(e) => {
        if (e.key === 'Enter') activateEditor(group.id, tab.key);
        else if (e.key === 'Delete') {
          e.preventDefault();
          closeEditor(group.id, tab.key);
        }
      }}
      onAuxClick={(e) => e.button === 1 && closeEditor(group.id, tab.key)}
    >
      <span className={`ws-tab-icon ws-tab-${tab.kind}`}>
        <Icon size={14} />
      </span>
      <span className={`ws-tab-label${errors ? ' ws-has-errors' : ''}`}>{tabTitle(tab, doc.path)}</span>
      {unsaved && <span className="ws-tab-unsaved-text">(unsaved)</span>}
      {tab.kind === 'source' && <span className="ws-tab-hint">JSON</span>}
      {tab.kind === 'compiled' && <span className="ws-tab-hint">read-only</span>}
      {/* A tab holds no control of its own (its children are presentational): the close "button" is
          for the pointer; the keyboard closes the focused tab with Delete (or the active one with Alt+W). */}
      <span
        className={`ws-tab-close${unsaved ? ' ws-unsaved' : ''}`}
        aria-hidden="true"
        data-testid="tab-close"
        title="Close (Delete)"
        onClick={(e) => {
          e.stopPropagation();
          closeEditor(group.id, tab.key);
        }}
      >
        <CloseIcon size={13} />
      </span>
    </div>
  );
}

/** The tabs of an editor group and its actions. */
export function TabBar({ group }: { group: EditorGroup }) {
  const active = group.tabs.find((t) => t.key === group.activeKey);
  const kind = useWorkspace((s) => (active ? s.docs[active.docId]?.kind : undefined));
  const tabs = useRef<HTMLDivElement>(null);
  // When the bar gets narrower (a split, a side bar opened, a tab added) the active tab stays in view.
  useEffect(() => {
    const bar = tabs.current;
    if (!bar || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => revealTab(bar.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')));
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="ws-tabbar nokey">
      <div className="ws-tabs" role="tablist" ref={tabs}>
        {group.tabs.map((t) => (
          <TabItem key={t.key} group={group} tab={t} />
        ))}
      </div>
      <div className="ws-tab-actions">
        {kind === 'journey' && active && <ExportMenuButton docId={active.docId} />}
        {kind === 'cohort' && active?.kind === 'source' && (
          <button className="ws-icon-button" title="Open Cohort Editor" aria-label="Open Cohort Editor" data-testid="action-open-cohort-editor" onClick={() => commands.execute('cohort.openEditor')}>
            <PeopleIcon />
          </button>
        )}
        {kind && active?.kind !== 'source' && (
          <button className="ws-icon-button" title="Open Source to the Side" aria-label="Open Source to the Side" data-testid="action-open-source" onClick={() => commands.execute('view.openSource')}>
            <CodeIcon />
          </button>
        )}
        {kind === 'journey' && active?.kind !== 'compiled' && (
          <button className="ws-icon-button" title="Open Compiled XState Module to the Side" aria-label="Open Compiled XState Module" data-testid="action-open-compiled" onClick={() => commands.execute('view.openCompiled')}>
            <MachineIcon />
          </button>
        )}
        {group.tabs.length > 1 && (
          <button className="ws-icon-button" title="Split Editor Right" aria-label="Split Editor Right" onClick={() => commands.execute('view.splitEditor')}>
            <SplitIcon />
          </button>
        )}
      </div>
    </div>
  );
}

import { activeGroup, MAX_GROUPS, tabKey, useLayout, type EditorGroup, type EditorKind, type LayoutState, type PanelTab, type SideView } from './layoutStore';

let groupSeq = 1;
const newGroupId = (groups: EditorGroup[]) => {
  let id: string;
  do id = `g${++groupSeq}`;
  while (groups.some((g) => g.id === id));
  return id;
};

function findTab(s: LayoutState, key: string): EditorGroup | undefined {
  return s.groups.find((g) => g.tabs.some((t) => t.key === key));
}

/** Open (or reveal) the editor of a kind for a document; `toSide` puts it in the group to the right. */
export function openEditor(docId: string, kind: EditorKind, options: { toSide?: boolean } = {}): void {
  const key = tabKey(kind, docId);
  useLayout.setState((s) => {
    const existing = findTab(s, key);
    if (existing) return { groups: s.groups.map((g) => (g === existing ? { ...g, activeKey: key } : g)), activeGroupId: existing.id };
    const tab = { key, kind, docId };
    const current = activeGroup(s);
    let index = s.groups.indexOf(current);
    let groups = s.groups;
    if (options.toSide) {
      if (index + 1 < s.groups.length) index += 1;
      else if (s.groups.length < MAX_GROUPS) {
        groups = [...s.groups, { id: newGroupId(s.groups), tabs: [], activeKey: null }];
        index = groups.length - 1;
      }
    }
    const target = groups[index]!;
    const activeIndex = target.tabs.findIndex((t) => t.key === target.activeKey);
    const tabs = [...target.tabs];
    tabs.splice(activeIndex + 1, 0, tab);
    groups = groups.map((g) => (g === target ? { ...g, tabs, activeKey: key } : g));
    return { groups, activeGroupId: target.id };
  });
}

export function activateEditor(groupId: string, key: string): void {
  useLayout.setState((s) => ({ groups: s.groups.map((g) => (g.id === groupId ? { ...g, activeKey: key } : g)), activeGroupId: groupId }));
}

export function focusGroup(groupId: string): void {
  if (useLayout.getState().activeGroupId !== groupId) useLayout.setState({ activeGroupId: groupId });
}

/** Close an editor; an empty group other than the last one goes away. */
export function closeEditor(groupId: string, key: string): void {
  useLayout.setState((s) => {
    let groups = s.groups.map((g) => {
      if (g.id !== groupId) return g;
      const i = g.tabs.findIndex((t) => t.key === key);
      if (i < 0) return g;
      const tabs = g.tabs.filter((t) => t.key !== key);
      const activeKey = g.activeKey === key ? (tabs[Math.min(i, tabs.length - 1)]?.key ?? null) : g.activeKey;
      return { ...g, tabs, activeKey };
    });
    if (groups.length > 1) groups = groups.filter((g) => g.tabs.length > 0);
    if (groups.length === 0) groups = [{ id: s.groups[0]!.id, tabs: [], activeKey: null }];
    const activeGroupId = groups.some((g) => g.id === s.activeGroupId) ? s.activeGroupId : groups[Math.max(0, s.groups.findIndex((g) => g.id === groupId) - 1)]?.id ?? groups[0]!.id;
    return { groups, activeGroupId };
  });
}

/** Close every editor of a document (deleted). */
export function closeDocEditors(docId: string): void {
  for (const g of useLayout.getState().groups) for (const t of g.tabs) if (t.docId === docId) closeEditor(g.id, t.key);
}

/** Move the active editor to a new group on the right (View: Split Editor). */
export function splitActiveEditor(): void {
  const s = useLayout.getState();
  const g = activeGroup(s);
  const tab = g.tabs.find((t) => t.key === g.activeKey);
  if (!tab || g.tabs.length < 2 || s.groups.length >= MAX_GROUPS) return;
  closeEditor(g.id, tab.key);
  useLayout.setState((x) => ({ activeGroupId: x.groups.some((y) => y.id === g.id) ? g.id : x.activeGroupId }));
  openEditor(tab.docId, tab.kind, { toSide: true });
}

export function showSideView(view: SideView): void {
  useLayout.setState((s) => ({ sideView: s.sideView === view ? null : view }));
}

export function revealSideView(view: SideView): void {
  useLayout.setState({ sideView: view });
}

export function toggleSideBar(): void {
  useLayout.setState((s) => ({ sideView: s.sideView ? null : 'explorer' }));
}

export function togglePanel(): void {
  useLayout.setState((s) => ({ panelOpen: !s.panelOpen }));
}

export function showPanel(tab: PanelTab): void {
  useLayout.setState({ panelOpen: true, panelTab: tab });
}

export function toggleInspector(): void {
  useLayout.setState((s) => ({ inspectorOpen: !s.inspectorOpen }));
}

export function showInspector(): void {
  if (!useLayout.getState().inspectorOpen) useLayout.setState({ inspectorOpen: true });
}

export function resize(part: 'sideWidth' | 'panelHeight' | 'inspectorWidth', size: number): void {
  const clamp = part === 'panelHeight' ? [80, 600] : part === 'inspectorWidth' ? [240, 600] : [160, 600];
  useLayout.setState({ [part]: Math.round(Math.min(clamp[1]!, Math.max(clamp[0]!, size))) } as Partial<LayoutState>);
}

/** Keep only what still exists after a reload (tabs of deleted documents are dropped). */
export function restoreLayout(saved: Partial<LayoutState> | undefined, docExists: (id: string) => boolean): void {
  if (!saved) return;
  const groups = (saved.groups ?? [])
    .map((g) => {
      const tabs = g.tabs.filter((t) => docExists(t.docId));
      return { ...g, tabs, activeKey: tabs.some((t) => t.key === g.activeKey) ? g.activeKey : (tabs[0]?.key ?? null) };
    })
    .filter((g) => g.tabs.length > 0);
  const next: Partial<LayoutState> = { ...saved, groups: groups.length ? groups : [{ id: 'g1', tabs: [], activeKey: null }] };
  next.activeGroupId = next.groups!.some((g) => g.id === saved.activeGroupId) ? saved.activeGroupId! : next.groups![0]!.id;
  useLayout.setState(next);
}

import { create } from 'zustand';

/** A journey's canvas, a cohort's form, any document's JSON source, a journey's compiled module. */
export type EditorKind = 'canvas' | 'cohort' | 'source' | 'compiled';
export type SideView = 'explorer' | 'nodes' | 'simulation' | 'history' | 'settings';
export type PanelTab = 'problems' | 'output' | 'simulation' | 'replay' | 'compare';

export interface EditorTab {
  /** `kind:docId`: a document has at most one editor of each kind. */
  key: string;
  kind: EditorKind;
  docId: string;
}

export interface EditorGroup {
  id: string;
  tabs: EditorTab[];
  activeKey: string | null;
}

/** The workbench layout: editor groups side by side, the side bar and the panel. */
export interface LayoutState {
  groups: EditorGroup[];
  activeGroupId: string;
  sideView: SideView | null;
  sideWidth: number;
  panelOpen: boolean;
  panelTab: PanelTab;
  panelHeight: number;
  /** The inspector: a secondary side bar on the right, for the active journey's selection. */
  inspectorOpen: boolean;
  inspectorWidth: number;
  /** The canvas minimap (every journey canvas). */
  minimapOpen: boolean;
  /** The emotion curve under every journey canvas. */
  emotionCurveOpen: boolean;
  /** Each journey file's canvas viewport (by file id): UI state, never in the document. */
  viewports: Record<string, { x: number; y: number; zoom: number }>;
}

export const MAX_GROUPS = 3;

export const initialLayout = (): LayoutState => ({
  groups: [{ id: 'g1', tabs: [], activeKey: null }],
  activeGroupId: 'g1',
  sideView: 'explorer',
  sideWidth: 300,
  panelOpen: true,
  panelTab: 'problems',
  panelHeight: 160,
  inspectorOpen: true,
  inspectorWidth: 300,
  minimapOpen: true,
  emotionCurveOpen: true,
  viewports: {},
});

export const useLayout = create<LayoutState>()(() => initialLayout());

export const tabKey = (kind: EditorKind, docId: string) => `${kind}:${docId}`;

export function activeGroup(s: LayoutState = useLayout.getState()): EditorGroup {
  return s.groups.find((g) => g.id === s.activeGroupId) ?? s.groups[0]!;
}

export function activeTab(s: LayoutState = useLayout.getState()): EditorTab | undefined {
  const g = activeGroup(s);
  return g.tabs.find((t) => t.key === g.activeKey);
}

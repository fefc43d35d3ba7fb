import type { ComponentType } from 'react';
import { docCanRedo, docCanUndo, journeyOf, type DocState } from '../state/documentState';
import { fixProblemsFirst } from '../state/fixProblemsFirst';
import type { PanelTab } from '../state/layoutStore';
import type { Selection } from './selection';
import { liveDoc } from '../collab/liveDocs';
import {
  CopyIcon,
  ExportIcon,
  FitViewIcon,
  InspectorIcon,
  LayoutIcon,
  MapIcon,
  MinimapIcon,
  EmotionCurveIcon,
  PasteIcon,
  RedoIcon,
  ResultsPanelIcon,
  UndoIcon,
  ZoomInIcon,
  ZoomOutIcon,
} from '../shell/icons';

/** What the toolbar's buttons read to show whether they can run or are on. */
export interface ToolbarContext {
  /** The active document (the one the commands act on). */
  doc: DocState | undefined;
  selection: Selection;
  /** A canvas tab is the active editor. */
  onCanvas: boolean;
  zoom: number;
  minimapOpen: boolean;
  emotionCurveOpen: boolean;
  inspectorOpen: boolean;
  panelOpen: boolean;
  panelTab: PanelTab;
}

export interface ToolbarItem {
  /** The registered command it dispatches (its title and key make the tooltip). */
  command: string;
  /** `canvas-toolbar-<name>`. */
  name: string;
  icon?: ComponentType<{ size?: number }>;
  /** Text instead of an icon (the zoom level). */
  text?: (c: ToolbarContext) => string;
  /** Whether it can run now, given whether its command's `when` holds; default: that. */
  can?: (c: ToolbarContext, when: boolean) => boolean;
  /** Why it cannot, for the tooltip. */
  reason?: (c: ToolbarContext) => string | undefined;
  /** A toggle: whether its part is shown (aria-pressed). */
  pressed?: (c: ToolbarContext) => boolean;
  /** It opens a menu. */
  menu?: true;
}

/**
 * The zoom commands need a canvas, and the toolbar is on one (a press on it makes it the active
 * canvas before the click runs), so their `when`, false until the canvas has mounted, is not read.
 */
const onThisCanvas = (c: ToolbarContext) => c.onCanvas;

const exportRefusal = (c: ToolbarContext) => (c.doc ? fixProblemsFirst(c.doc, 'export this journey') : undefined);

/**
 * The canvas toolbar, in groups: history, clipboard, arrangement, zoom, the parts it shows and
 * hides, export. Copy and paste do not wait on their commands' `when`: it also refuses while a text
 * field has the focus, and a click on the button moves the focus off it.
 */
export const CANVAS_TOOLBAR: readonly (readonly ToolbarItem[])[] = [
  [
    // A shared file's undo is its session's (one's own edits only).
    { command: 'edit.undo', name: 'undo', icon: UndoIcon, can: (c, when) => when && (liveDoc(c.doc?.id)?.canUndo() ?? docCanUndo(c.doc)) },
    { command: 'edit.redo', name: 'redo', icon: RedoIcon, can: (c, when) => when && (liveDoc(c.doc?.id)?.canRedo() ?? docCanRedo(c.doc)) },
  ],
  [
    { command: 'edit.copy', name: 'copy', icon: CopyIcon, can: (c) => c.onCanvas && c.selection.nodes.length > 0, reason: (c) => (c.selection.nodes.length === 0 ? 'Select nodes to copy' : undefined) },
    { command: 'edit.paste', name: 'paste', icon: PasteIcon, can: (c) => c.onCanvas },
  ],
  [
    { command: 'layout.auto', name: 'layout', icon: LayoutIcon, can: (c, when) => when && (journeyOf(c.doc)?.nodes.length ?? 0) > 0 },
    { command: 'view.fitView', name: 'fit', icon: FitViewIcon },
    { command: 'view.fitOverview', name: 'fit-all', icon: MapIcon, can: onThisCanvas },
  ],
  [
    { command: 'view.zoomOut', name: 'zoom-out', icon: ZoomOutIcon, can: onThisCanvas },
    { command: 'view.zoomReset', name: 'zoom', text: (c) => `${Math.round(c.zoom * 100)}%`, can: onThisCanvas },
    { command: 'view.zoomIn', name: 'zoom-in', icon: ZoomInIcon, can: onThisCanvas },
  ],
  [
    { command: 'view.toggleMinimap', name: 'minimap', icon: MinimapIcon, pressed: (c) => c.minimapOpen },
    { command: 'view.toggleEmotionCurve', name: 'emotion-curve', icon: EmotionCurveIcon, pressed: (c) => c.emotionCurveOpen },
    { command: 'view.toggleInspector', name: 'inspector', icon: InspectorIcon, pressed: (c) => c.inspectorOpen },
    { command: 'view.toggleResults', name: 'results', icon: ResultsPanelIcon, pressed: (c) => c.panelOpen && c.panelTab === 'simulation' },
  ],
  [{ command: 'journey.exportMenu', name: 'export', icon: ExportIcon, menu: true, can: (c, when) => when && !exportRefusal(c), reason: exportRefusal }],
];

import { useEffect, useRef } from 'react';
import { commands as appCommands, type CommandRegistry, type Disposer } from '../commands/commandRegistry';
import type { Journey } from '../../runtime/model/journey';
import { moveNodes, pasteElements, removeElements } from '../../runtime/model/ops';
import type { Position } from '../../runtime/model/primitives';
import { activeCanvas } from './canvasController';
import { dropEdit } from './canvasEdits';
import { clipboardOf, readClipboard, writeClipboard, type ClipboardContent } from './clipboard';
import { gridOf } from './gridOf';
import { autoLayout } from './layout/autoLayout';
import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize';
import { registerKeyboardCanvasCommands } from './keyboardCanvasCommands';
import { registerExperimentCommands } from './experimentCommands';
import type { Selection } from './selection';

/**
 * What the canvas commands need from the shell. The shell owns the document, its history and the
 * selection; the commands only read them and hand back whole next documents.
 */
export interface CanvasCommandHost {
  /** The journey the commands act on, or undefined when no journey canvas is active (commands off). */
  getJourney(): Journey | undefined;
  /** The canvas selection of that journey. */
  getSelection(): Selection;
  /** Commit an edit: the next document (made with the pure ops) and its history label. */
  edit(next: Journey, label: string): void;
  setSelection(s: Selection): void;
  /** Fit the map in view; by default the canvas the user worked with last does it. */
  fitView?(): void;
  /** Whether the canvas commands apply now (e.g. a canvas editor has focus); default: a journey is open. */
  isActive?(): boolean;
}

export const CANVAS_COMMAND_IDS = ['journey.addNode', 'edit.copy', 'edit.cut', 'edit.paste', 'edit.delete', 'edit.selectAll', 'view.fitView', 'layout.auto'] as const;

/**
 * Register the canvas commands while the calling component is mounted:
 * `journey.addNode` (arg: kind, default touchpoint; at the centre of the view), `edit.copy` Mod+C,
 * `edit.cut` Mod+X, `edit.paste` Mod+V, `edit.delete` Delete, `edit.selectAll` Mod+A,
 * `view.fitView` Shift+1, `layout.auto` (Journey: Auto-Layout). The host may change between renders.
 */
export function useCanvasCommands(host: CanvasCommandHost, registry: CommandRegistry = appCommands): void {
  const latest = useRef(host);
  useEffect(() => {
    latest.current = host;
  });
  useEffect(
    () =>
      registerCanvasCommands(
        {
          getJourney: () => latest.current.getJourney(),
          getSelection: () => latest.current.getSelection(),
          edit: (next, label) => latest.current.edit(next, label),
          setSelection: (s) => latest.current.setSelection(s),
          fitView: () => (latest.current.fitView ? latest.current.fitView() : activeCanvas()?.fitView()),
          isActive: () => (latest.current.isActive ? latest.current.isActive() : latest.current.getJourney() !== undefined),
        },
        registry,
      ),
    [registry],
  );
}

/** Does a text field (input, textarea, Monaco, contenteditable) have the focus? Its keys are its own. */
function textFocused(): boolean {
  if (typeof document === 'undefined') return false;
  const el = document.activeElement;
  if (!el || !(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el.closest('.monaco-editor')) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  return el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'range', 'color', 'file', 'submit'].includes((el as HTMLInputElement).type);
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** "2 nodes and 1 edge". */
export function describeElements(nodes: number, edges: number): string {
  return [nodes ? count(nodes, 'node') : '', edges ? count(edges, 'edge') : ''].filter(Boolean).join(' and ') || 'nothing';
}

/** The commands themselves (the hook registers them while mounted); returns their disposer. */
export function registerCanvasCommands(host: Required<CanvasCommandHost>, registry: CommandRegistry = appCommands): Disposer {
  const active = () => host.isActive() && host.getJourney() !== undefined;
  const hasNodes = () => active() && host.getSelection().nodes.length > 0;
  const hasAny = () => active() && (host.getSelection().nodes.length > 0 || host.getSelection().edges.length > 0);
  let pastes = 0;
  let lastPasted: ClipboardContent | undefined;

  const remove = (label: string) => {
    const j = host.getJourney();
    const s = host.getSelection();
    if (!j) return;
    const nodes = new Set(s.nodes);
    const edges = j.edges.filter((e) => s.edges.includes(e.id) || nodes.has(e.from) || nodes.has(e.to)).length;
    host.edit(removeElements(j, s.nodes, s.edges), `${label} ${describeElements(s.nodes.length, edges)}`);
    host.setSelection({ nodes: [], edges: [] });
  };

  const disposers = [
    registry.register({
      id: 'journey.addNode',
      title: 'Add Node',
      category: 'Journey',
      when: active,
      run: (kind?: unknown) => {
        const j = host.getJourney();
        if (!j) return;
        const grid = gridOf(j);
        const center = activeCanvas()?.viewportCenter() ?? { x: (grid.columns[0]?.x0 ?? 0) + 150, y: (grid.rows[1]?.y0 ?? 0) + 80 };
        const point = freeSpot(grid.positions.values(), center);
        const edit = dropEdit(j, grid, typeof kind === 'string' ? kind : 'touchpoint', point);
        if (!edit) return;
        host.edit(edit.journey, edit.label);
        host.setSelection({ nodes: [edit.nodeId], edges: [] });
      },
    }),
    registry.register({
      id: 'edit.copy',
      title: 'Copy',
      category: 'Edit',
      keybinding: 'Mod+C',
      when: () => hasNodes() && !textFocused(),
      run: async () => {
        const content = clipboardOf(host.getJourney()!, host.getSelection());
        if (content) await writeClipboard(content);
      },
    }),
    registry.register({
      id: 'edit.cut',
      title: 'Cut',
      category: 'Edit',
      keybinding: 'Mod+X',
      when: () => hasNodes() && !textFocused(),
      run: async () => {
        const content = clipboardOf(host.getJourney()!, host.getSelection());
        if (!content) return;
        remove('Cut');
        await writeClipboard(content);
      },
    }),
    registry.register({
      id: 'edit.paste',
      title: 'Paste',
      category: 'Edit',
      keybinding: 'Mod+V',
      when: () => active() && !textFocused(),
      run: async () => {
        const content = await readClipboard();
        const j = host.getJourney();
        if (!content || !j) return;
        pastes = content === lastPasted ? pastes + 1 : 1;
        lastPasted = content;
        const shift = 40 * pastes;
        const pasted = pasteElements(j, content.nodes, content.edges, { x: shift, y: shift });
        host.edit(pasted.journey, `Paste ${describeElements(pasted.nodeIds.length, pasted.edgeIds.length)}`);
        host.setSelection({ nodes: pasted.nodeIds, edges: pasted.edgeIds });
      },
    }),
    registry.register({
      id: 'edit.delete',
      title: 'Delete Selection',
      category: 'Edit',
      keybinding: 'Delete',
      when: () => hasAny() && !textFocused(),
      run: () => remove('Delete'),
    }),
    registry.register({
      id: 'edit.selectAll',
      title: 'Select All',
      category: 'Edit',
      keybinding: 'Mod+A',
      when: () => active() && !textFocused(),
      run: () => {
        const j = host.getJourney();
        if (j) host.setSelection({ nodes: j.nodes.map((n) => n.id), edges: j.edges.map((e) => e.id) });
      },
    }),
    registry.register({ id: 'view.fitView', title: 'Fit Map in View', category: 'View', keybinding: 'Shift+1', when: active, run: () => host.fitView() }),
    registry.register({
      id: 'layout.auto',
      title: 'Auto-Layout',
      category: 'Journey',
      when: active,
      run: async () => {
        const j = host.getJourney();
        if (!j || j.nodes.length === 0) return;
        const positions = await autoLayout(j);
        const now = host.getJourney();
        if (!now) return;
        const ids = new Set(now.nodes.map((n) => n.id));
        host.edit(moveNodes(now, Object.fromEntries(Object.entries(positions).filter(([id]) => ids.has(id)))), 'Auto-layout');
        // once the laid-out document has reached the canvas
        setTimeout(() => host.fitView(), 80);
      },
    }),
    // the canvas by keyboard: arrows, Alt+arrows, Connect To… (keyboardCanvasCommands.ts)
    registerKeyboardCanvasCommands(host, registry),
    // Add Experiment Here on the selected edge (experimentCommands.ts)
    registerExperimentCommands(host, registry),
  ];
  return () => disposers.forEach((d) => d());
}

/** A point near `p` where a new node does not sit right on top of another one. */
function freeSpot(taken: Iterable<Position>, p: Position): Position {
  const boxes = [...taken];
  let at = p;
  for (let i = 0; i < 20; i++) {
    const x = at.x - NODE_WIDTH / 2;
    const y = at.y - NODE_HEIGHT / 2;
    if (!boxes.some((b) => Math.abs(b.x - x) < NODE_WIDTH * 0.6 && Math.abs(b.y - y) < NODE_HEIGHT * 0.6)) return at;
    at = { x: at.x + 32, y: at.y + 32 };
  }
  return at;
}

import { commands as appCommands, type CommandRegistry, type Disposer } from '../commands/commandRegistry';
import type { Journey } from '../../runtime/model/journey';
import { connectOf, nodeKind } from '../../nodes/registry';
import { pickOne } from '../quickPick/pickOne';
import { activeCanvas } from './canvasController';
import { connectEdit } from './canvasEdits';
import { gridOf } from './gridOf';
import { inMapOrder, nearestNodeInDirection, type Direction, type PlacedNode } from './nearestNodeInDirection';
import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize';
import { nudgeEdit } from './nudgeEdit';
import type { CanvasCommandHost } from './useCanvasCommands';

const DIRECTIONS: readonly { direction: Direction; key: string; name: string }[] = [
  { direction: 'left', key: 'ArrowLeft', name: 'Left' },
  { direction: 'right', key: 'ArrowRight', name: 'Right' },
  { direction: 'up', key: 'ArrowUp', name: 'Up' },
  { direction: 'down', key: 'ArrowDown', name: 'Down' },
];

export const KEYBOARD_CANVAS_COMMAND_IDS = [
  ...DIRECTIONS.map((d) => `canvas.select${d.name}`),
  ...DIRECTIONS.map((d) => `canvas.nudge${d.name}`),
  'canvas.connectTo',
] as const;

/** Choose one of several items (the quick pick in the workbench); undefined when cancelled. */
export type PickOne = (request: { title: string; placeholder?: string; items: { id: string; label: string; detail?: string }[] }) => Promise<string | undefined>;

/** The nodes of a journey with the centres of their cards, in map order. */
export function placedNodes(journey: Journey): PlacedNode[] {
  const grid = gridOf(journey);
  const placed: PlacedNode[] = [];
  for (const n of journey.nodes) {
    const p = grid.positions.get(n.id);
    if (p) placed.push({ id: n.id, center: { x: p.x + NODE_WIDTH / 2, y: p.y + NODE_HEIGHT / 2 } });
  }
  return inMapOrder(placed);
}

/** The focus is on the canvas (or nowhere): arrow keys are the canvas's, not a list's or a field's. */
function focusOnCanvas(): boolean {
  if (typeof document === 'undefined') return true;
  const el = document.activeElement;
  if (!el || el === document.body) return true;
  if (!(el instanceof Element) || (el as HTMLElement).isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return false;
  // the toolbar (and anything marked `nokey`) keeps its own arrow keys
  return !!el.closest('.jc-root') && !el.closest('.nokey, [role="toolbar"]');
}

/** Show a node that the keyboard selected, and give its card the focus (its focus ring). */
function revealAndFocus(id: string): void {
  activeCanvas()?.revealNodes([id]);
  if (typeof document === 'undefined') return;
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(`.jc-root .react-flow__node[data-id="${id.replace(/["\\]/g, '\\$&')}"]`);
    el?.focus({ preventScroll: true });
  });
}

/**
 * The canvas by keyboard, registered beside the other canvas commands:
 * `canvas.selectLeft|Right|Up|Down` (the arrow keys: the selection moves to the nearest node that
 * way; with nothing selected, to the first node in map order), `canvas.nudgeLeft|Right|Up|Down`
 * (Alt+arrows: the selected nodes move one grid step, one undo step) and `canvas.connectTo` (Alt+C,
 * "Connect To…": an edge from the one selected node to a node picked by its label).
 */
export function registerKeyboardCanvasCommands(host: Required<CanvasCommandHost>, registry: CommandRegistry = appCommands, pick: PickOne = pickOne): Disposer {
  const active = () => host.isActive() && host.getJourney() !== undefined;
  const onCanvas = () => active() && focusOnCanvas();
  const selectedNodes = () => host.getSelection().nodes;
  const oneConnectable = () => {
    const ids = selectedNodes();
    const node = ids.length === 1 ? host.getJourney()?.nodes.find((n) => n.id === ids[0]) : undefined;
    return !!node && connectOf(node) !== 'none';
  };

  const select = (direction: Direction) => {
    const j = host.getJourney();
    if (!j) return;
    const placed = placedNodes(j);
    const current = selectedNodes();
    const from = placed.find((n) => n.id === current[current.length - 1]);
    const to = from ? nearestNodeInDirection(placed, from.center, direction) : placed[0]?.id;
    if (!to) return;
    host.setSelection({ nodes: [to], edges: [] });
    revealAndFocus(to);
  };

  const disposers = [
    ...DIRECTIONS.map(({ direction, key, name }) =>
      registry.register({ id: `canvas.select${name}`, title: `Select Node ${name}`, category: 'Canvas', keybinding: key, when: onCanvas, run: () => select(direction) }),
    ),
    ...DIRECTIONS.map(({ direction, key, name }) =>
      registry.register({
        id: `canvas.nudge${name}`,
        title: `Move Selected Nodes ${name}`,
        category: 'Canvas',
        keybinding: `Alt+${key}`,
        when: () => onCanvas() && selectedNodes().length > 0,
        run: () => {
          const j = host.getJourney();
          const edit = j && nudgeEdit(j, selectedNodes(), direction);
          if (edit) host.edit(edit.journey, edit.label);
        },
      }),
    ),
    registry.register({
      id: 'canvas.connectTo',
      title: 'Connect To…',
      category: 'Canvas',
      keybinding: 'Alt+C',
      when: () => active() && oneConnectable(),
      run: async () => {
        const j = host.getJourney();
        const from = selectedNodes()[0];
        if (!j || !from) return;
        const items = placedNodes(j)
          .filter((p) => p.id !== from)
          .map((p) => j.nodes.find((n) => n.id === p.id)!)
          .map((n) => ({ id: n.id, label: n.label || n.id, detail: `${nodeKind(n.kind)?.title ?? n.kind} · ${n.id}` }));
        const source = j.nodes.find((n) => n.id === from);
        const target = await pick({ title: `Connect ${source?.label || from} to…`, placeholder: 'Type the label of the node to connect to', items });
        const now = host.getJourney();
        const edit = target && now ? connectEdit(now, from, target) : undefined;
        if (!edit) return;
        host.edit(edit.journey, edit.label);
        revealAndFocus(from);
      },
    }),
  ];
  return () => disposers.forEach((d) => d());
}

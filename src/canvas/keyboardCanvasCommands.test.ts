// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDocument } from '../../runtime/model/formatDocument';
import type { Journey } from '../../runtime/model/journey';
import { CommandRegistry } from '../commands/commandRegistry';
import { docFromFile, journeyOf } from '../state/documentState';
import { editDocument, selectionOf, setSelection, undoDocument } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';
import { KEYBOARD_CANVAS_COMMAND_IDS, registerKeyboardCanvasCommands, type PickOne } from './keyboardCanvasCommands';
import { NUDGE_STEP } from './nudgeEdit';
import { mortgage } from './testJourneys';

const journey = () => journeyOf(useWorkspace.getState().docs.j) as Journey;
const nodeAt = (id: string) => journey().nodes.find((n) => n.id === id)!.position;

/** The commands over the real document store (its history is the undo), as CanvasCommandsHost wires them. */
function setup(pick: PickOne = async () => undefined) {
  const doc = docFromFile({ id: 'j', path: 'mortgage.journey.json', kind: 'journey', text: formatDocument(mortgage()), rev: 1 });
  useWorkspace.setState({ ready: true, docs: { j: doc }, selection: {} });
  const registry = new CommandRegistry();
  const edits: string[] = [];
  registerKeyboardCanvasCommands(
    {
      getJourney: () => journey(),
      getSelection: () => selectionOf('j'),
      edit: (next, label) => {
        edits.push(label);
        editDocument('j', next, label);
      },
      setSelection: (s) => setSelection('j', s),
      fitView: () => {},
      isActive: () => true,
    },
    registry,
    pick,
  );
  const run = async (id: string) => {
    const c = registry.get(id)!;
    expect(c.when?.() ?? true, `${id} is enabled`).toBe(true);
    await c.run();
  };
  return { registry, edits, run };
}

beforeEach(() => useWorkspace.setState({ docs: {}, selection: {} }));

describe('keyboard canvas commands', () => {
  it('registers each command with its key, visible in the palette (a title and a category)', () => {
    const { registry } = setup();
    const keys = Object.fromEntries(KEYBOARD_CANVAS_COMMAND_IDS.map((id) => [id, registry.get(id)?.keybinding]));
    expect(keys).toEqual({
      'canvas.selectLeft': 'ArrowLeft',
      'canvas.selectRight': 'ArrowRight',
      'canvas.selectUp': 'ArrowUp',
      'canvas.selectDown': 'ArrowDown',
      'canvas.nudgeLeft': 'Alt+ArrowLeft',
      'canvas.nudgeRight': 'Alt+ArrowRight',
      'canvas.nudgeUp': 'Alt+ArrowUp',
      'canvas.nudgeDown': 'Alt+ArrowDown',
      'canvas.connectTo': 'Alt+C',
    });
    expect(registry.get('canvas.connectTo')!.title).toBe('Connect To…');
  });

  it('moves the selection to the nearest node in each direction, starting at the first node in map order', () => {
    const { registry } = setup();
    const select = (id: string) => {
      registry.get(id)!.run();
      return selectionOf('j').nodes;
    };
    expect(select('canvas.selectRight')).toEqual(['life-event-signal']);
    expect(select('canvas.selectRight')).toEqual(['route-outreach']);
    expect(select('canvas.selectRight')).toEqual(['first-home-invite']);
    expect(select('canvas.selectUp')).toEqual(['nurture-content']);
    expect(select('canvas.selectDown')).toEqual(['first-home-invite']);
    expect(select('canvas.selectLeft')).toEqual(['route-outreach']);
    expect(selectionOf('j').edges).toEqual([]);
  });

  it('nudges the selected nodes one grid step as one move, undone in one step', async () => {
    const { run, edits } = setup();
    setSelection('j', { nodes: ['advisor-call', 'call-pulse'], edges: [] });
    const before = journey();
    await run('canvas.nudgeDown');
    expect(nodeAt('advisor-call')).toEqual({ x: 1560, y: 320 + NUDGE_STEP });
    expect(nodeAt('call-pulse')).toEqual({ x: 1820, y: 320 + NUDGE_STEP });
    await run('canvas.nudgeLeft');
    expect(nodeAt('advisor-call')).toEqual({ x: 1560 - NUDGE_STEP, y: 320 + NUDGE_STEP });
    expect(edits).toEqual(['Move 2 nodes', 'Move 2 nodes']);
    undoDocument('j');
    undoDocument('j');
    expect(journey()).toEqual(before);
  });

  it('is off without a selected node; Connect To… only from one node that can connect', () => {
    const { registry } = setup();
    expect(registry.enabled().map((c) => c.id)).not.toContain('canvas.nudgeLeft');
    expect(registry.enabled().map((c) => c.id)).not.toContain('canvas.connectTo');
    setSelection('j', { nodes: ['declined'], edges: [] }); // an outcome: nothing leaves it
    expect(registry.enabled().map((c) => c.id)).not.toContain('canvas.connectTo');
    setSelection('j', { nodes: ['advisor-call', 'call-pulse'], edges: [] });
    expect(registry.enabled().map((c) => c.id)).not.toContain('canvas.connectTo');
    setSelection('j', { nodes: ['advisor-call'], edges: [] });
    expect(registry.enabled().map((c) => c.id)).toContain('canvas.connectTo');
  });

  it('Connect To… offers the other nodes by label and adds one edge through the connect op, undone in one step', async () => {
    const pick = vi.fn<PickOne>(async () => 'declined');
    const { run, edits } = setup(pick);
    setSelection('j', { nodes: ['advisor-call'], edges: [] });
    const before = journey();
    await run('canvas.connectTo');
    const request = pick.mock.calls[0]![0];
    expect(request.title).toBe(`Connect ${before.nodes.find((n) => n.id === 'advisor-call')!.label} to…`);
    expect(request.items.map((i) => i.id)).not.toContain('advisor-call');
    expect(request.items).toHaveLength(before.nodes.length - 1);
    expect(request.items.find((i) => i.id === 'declined')).toMatchObject({ label: before.nodes.find((n) => n.id === 'declined')!.label, detail: 'Outcome · declined' });
    const added = journey().edges.filter((e) => !before.edges.some((b) => b.id === e.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ from: 'advisor-call', to: 'declined', event: 'DECLINED_WITH_CREDIT_COACHING' });
    expect(edits).toEqual(['Connect advisor-call → declined']);
    undoDocument('j');
    expect(journey()).toEqual(before);
  });

  it('adds nothing when the pick is cancelled', async () => {
    const { run, edits } = setup(async () => undefined);
    setSelection('j', { nodes: ['advisor-call'], edges: [] });
    await run('canvas.connectTo');
    expect(edits).toEqual([]);
  });
});

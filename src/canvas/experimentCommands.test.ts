import { describe, expect, it } from 'vitest';
import { CommandRegistry } from '../commands/commandRegistry';
import type { Journey } from '../../runtime/model/journey';
import { lintJourney } from '../../runtime/lint/lintJourney';
import { createHistory, record, undo } from '../../runtime/model/history';
import { ADD_EXPERIMENT_COMMAND, addExperimentEdit } from './experimentCommands';
import { registerCanvasCommands } from './useCanvasCommands';
import { gridOf } from './gridOf';
import { hasTrait } from '../../nodes/registry';
import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize';
import { mortgage } from './testJourneys';

function host(journey: Journey, selection = { nodes: [] as string[], edges: [] as string[] }) {
  const state = { history: createHistory(journey), selection, edits: [] as string[] };
  const registry = new CommandRegistry();
  registerCanvasCommands(
    {
      getJourney: () => state.history.present,
      getSelection: () => state.selection,
      edit: (next, label) => {
        state.history = record(state.history, next);
        state.edits.push(label);
      },
      setSelection: (s) => (state.selection = s),
      fitView: () => {},
      isActive: () => true,
    },
    registry,
  );
  return { state, registry };
}

const EDGE = 'first-home-invite-book-advisor';

describe('Add Experiment Here', () => {
  it('is enabled with exactly one edge selected', () => {
    expect(host(mortgage()).registry.get(ADD_EXPERIMENT_COMMAND)!.when!()).toBe(false);
    expect(host(mortgage(), { nodes: [], edges: [EDGE] }).registry.get(ADD_EXPERIMENT_COMMAND)!.when!()).toBe(true);
    expect(host(mortgage(), { nodes: ['advisor-call'], edges: [EDGE] }).registry.get(ADD_EXPERIMENT_COMMAND)!.when!()).toBe(false);
    expect(host(mortgage(), { nodes: [], edges: [EDGE, 'first-home-invite-start-application'] }).registry.get(ADD_EXPERIMENT_COMMAND)!.when!()).toBe(false);
    expect(`${host(mortgage()).registry.get(ADD_EXPERIMENT_COMMAND)!.category}: ${host(mortgage()).registry.get(ADD_EXPERIMENT_COMMAND)!.title}`).toBe('Journey: Add Experiment Here');
  });

  it('inserts the split as one edit, selects it, and one undo gives the journey back', async () => {
    const before = mortgage();
    const { state, registry } = host(before, { nodes: [], edges: [EDGE] });
    expect(registry.execute(ADD_EXPERIMENT_COMMAND)).toBe(true);
    const after = state.history.present;
    expect(state.edits).toEqual(['Add experiment before Advisor discovery call']);
    const split = after.nodes.find((n) => hasTrait(n.kind, 'assigns-variants'))!;
    expect(state.selection).toEqual({ nodes: [split.id], edges: [] });
    expect(after.edges.find((e) => e.id === EDGE)!.to).toBe(split.id);
    expect(after.edges.filter((e) => e.from === split.id).map((e) => [e.to, e.variant])).toEqual([
      ['advisor-call', 'a'],
      ['advisor-call-b', 'b'],
    ]);
    expect(lintJourney(after).filter((d) => d.severity === 'error')).toEqual([]);
    expect(undo(state.history).present).toEqual(before);
  });

  it('puts the split between the edge’s ends and the copy beside the old target, in its cell, over no card', () => {
    const j = mortgage();
    const edit = addExperimentEdit(j, EDGE)!;
    const grid = gridOf(edit.journey);
    const at = (id: string) => grid.positions.get(id)!;
    const [from, to, split, copy] = [at('first-home-invite'), at('advisor-call'), at(edit.splitId), at(edit.copyId)];
    // between the ends (left to right, the split no further than the target)
    expect(split.x).toBeGreaterThanOrEqual(Math.min(from.x, to.x) - NODE_WIDTH);
    expect(split.x).toBeLessThanOrEqual(Math.max(from.x, to.x) + NODE_WIDTH);
    const original = j.nodes.find((n) => n.id === 'advisor-call')!;
    const copyNode = edit.journey.nodes.find((n) => n.id === edit.copyId)!;
    expect([copyNode.stage, copyNode.lane]).toEqual([original.stage, original.lane]);
    expect(Math.abs(copy.x - to.x) <= NODE_WIDTH + 24 && Math.abs(copy.y - to.y) <= 2 * (NODE_HEIGHT + 24)).toBe(true);
    // no two cards overlap
    const boxes = [...grid.positions.entries()];
    for (const id of [edit.splitId, edit.copyId]) {
      const p = at(id);
      const over = boxes.filter(([other, q]) => other !== id && Math.abs(q.x - p.x) < NODE_WIDTH && Math.abs(q.y - p.y) < NODE_HEIGHT).map(([other]) => other);
      expect(over, id).toEqual([]);
    }
  });

  it('does nothing for an unknown edge', () => {
    expect(addExperimentEdit(mortgage(), 'nope')).toBeUndefined();
  });
});

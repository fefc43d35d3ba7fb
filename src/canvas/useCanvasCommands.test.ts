import { beforeEach, describe, expect, it } from 'vitest';
import { CommandRegistry } from '../commands/commandRegistry';
import type { Journey } from '../../runtime/model/journey';
import { clearInAppClipboard, CLIPBOARD_FORMAT, parseClipboardText } from './clipboard';
import { CANVAS_COMMAND_IDS, describeElements, registerCanvasCommands } from './useCanvasCommands';
import { gridOf } from './gridOf';
import { mini, mortgage } from './testJourneys';

function host(journey: Journey, selection = { nodes: [] as string[], edges: [] as string[] }) {
  const state = { journey, selection, edits: [] as string[], fitted: 0 };
  const registry = new CommandRegistry();
  const dispose = registerCanvasCommands(
    {
      getJourney: () => state.journey,
      getSelection: () => state.selection,
      edit: (next, label) => {
        state.journey = next;
        state.edits.push(label);
      },
      setSelection: (s) => (state.selection = s),
      fitView: () => state.fitted++,
      isActive: () => true,
    },
    registry,
  );
  const run = async (id: string, ...args: unknown[]) => {
    const c = registry.get(id)!;
    await c.run(...args);
  };
  return { state, registry, dispose, run };
}

beforeEach(clearInAppClipboard);

describe('canvas commands', () => {
  it('registers every command with its key binding, and disposes them', () => {
    const { registry, dispose } = host(mini());
    expect(CANVAS_COMMAND_IDS.every((id) => registry.get(id))).toBe(true);
    expect(registry.get('edit.copy')!.keybinding).toBe('Mod+C');
    expect(registry.get('view.fitView')!.keybinding).toBe('Shift+1');
    expect(`${registry.get('layout.auto')!.category}: ${registry.get('layout.auto')!.title}`).toBe('Journey: Auto-Layout');
    dispose();
    expect(registry.all()).toEqual([]);
  });

  it('deletes the selection with one history entry', async () => {
    const { state, run, registry } = host(mini(), { nodes: ['visit'], edges: [] });
    expect(registry.get('edit.delete')!.when!()).toBe(true);
    await run('edit.delete');
    expect(state.journey.nodes.map((n) => n.id)).toEqual(['applied', 'gone']);
    expect(state.journey.edges).toEqual([]);
    expect(state.edits).toEqual(['Delete 1 node and 2 edges']);
    expect(state.selection).toEqual({ nodes: [], edges: [] });
    expect(registry.get('edit.delete')!.when!()).toBe(false);
  });

  it('selects all', async () => {
    const { state, run } = host(mini());
    await run('edit.selectAll');
    expect(state.selection).toEqual({ nodes: ['visit', 'applied', 'gone'], edges: ['apply', 'timeout'] });
  });

  it('copies and pastes nodes with the edges between them, shifted, selected', async () => {
    const { state, run } = host(mini(), { nodes: ['visit', 'applied'], edges: [] });
    await run('edit.copy');
    await run('edit.paste');
    expect(state.edits).toEqual(['Paste 2 nodes and 1 edge']);
    expect(state.selection.nodes).toEqual(['visit-2', 'applied-2']);
    const pasted = state.journey.edges.find((e) => e.id === state.selection.edges[0])!;
    expect(pasted).toMatchObject({ from: 'visit-2', to: 'applied-2', event: 'APPLY' });
    await run('edit.paste');
    expect(state.selection.nodes).toEqual(['visit-3', 'applied-3']);
  });

  it('cuts: copies, then deletes', async () => {
    const { state, run } = host(mini(), { nodes: ['gone'], edges: [] });
    await run('edit.cut');
    expect(state.edits).toEqual(['Cut 1 node and 1 edge']);
    await run('edit.paste');
    expect(state.journey.nodes.map((n) => n.id)).toContain('gone');
  });

  it('adds a node of a kind in the cell at the centre of the view', async () => {
    const { state, run } = host(mortgage());
    await run('journey.addNode', 'survey');
    const added = state.journey.nodes[state.journey.nodes.length - 1]!;
    expect(added.kind).toBe('survey');
    expect(state.selection).toEqual({ nodes: [added.id], edges: [] });
    expect(added.stage).toBeDefined();
  });

  it('auto-lays out with ELK inside the cells, as one edit', async () => {
    const { state, run } = host(mortgage());
    await run('layout.auto');
    expect(state.edits).toEqual(['Auto-layout']);
    const g = gridOf(state.journey);
    for (const n of state.journey.nodes) {
      const c = g.columns[g.cells.get(n.id)!.column]!;
      expect(c.stageId).toBe(n.stage);
      expect(n.position!.x).toBeGreaterThanOrEqual(c.x0);
    }
  });

  it('describes what it removes', () => {
    expect(describeElements(2, 1)).toBe('2 nodes and 1 edge');
    expect(describeElements(0, 3)).toBe('3 edges');
  });
});

describe('clipboard text', () => {
  it('reads back only our format with known kinds', () => {
    expect(parseClipboardText('hello')).toBeUndefined();
    expect(parseClipboardText(JSON.stringify({ format: 'other', nodes: [], edges: [] }))).toBeUndefined();
    const ok = parseClipboardText(JSON.stringify({ format: CLIPBOARD_FORMAT, nodes: [{ id: 'a', kind: 'wait', label: 'A' }, { id: 'b', kind: 'bogus' }], edges: [{ id: 'e', from: 'a', to: 'a' }, 7] }));
    expect(ok!.nodes.map((n) => n.id)).toEqual(['a']);
    expect(ok!.edges).toHaveLength(1);
  });
});

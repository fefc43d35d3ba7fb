import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandRegistry } from '../../commands/commandRegistry';
import type { CanvasController } from '../../canvas/canvasController';
import { initialLayout, useLayout } from '../../state/layoutStore';
import { registerStageNavigationCommands } from './stageNavigationCommands';

const controller = () => ({
  fitView: vi.fn(),
  fitOverview: vi.fn(),
  fitStage: vi.fn(),
  goToStage: vi.fn(),
  stageNames: () => ['Discover', 'Apply', 'Decide'],
  viewportCenter: () => ({ x: 0, y: 0 }),
  revealNodes: vi.fn(),
  zoomIn: vi.fn(),
  zoomOut: vi.fn(),
  zoomTo: vi.fn(),
});

const onTab = (kind: 'canvas' | 'source') => useLayout.setState({ ...initialLayout(), groups: [{ id: 'g1', tabs: [{ key: `${kind}:j`, kind, docId: 'j' }], activeKey: `${kind}:j` }] });

let registry: CommandRegistry;
let canvas: ReturnType<typeof controller>;
let pick: ReturnType<typeof vi.fn>;
let stop: () => void;
beforeEach(() => {
  registry = new CommandRegistry();
  canvas = controller();
  pick = vi.fn(async () => '2');
  onTab('canvas');
  stop = registerStageNavigationCommands(registry, pick as never, () => canvas as CanvasController);
});
afterEach(() => stop());

describe('stage navigation commands', () => {
  it('fit the stage and the overview of the active canvas', () => {
    expect(registry.execute('view.fitStage')).toBe(true);
    expect(registry.execute('view.fitOverview')).toBe(true);
    expect(canvas.fitStage).toHaveBeenCalledTimes(1);
    expect(canvas.fitOverview).toHaveBeenCalledTimes(1);
    expect(registry.get('view.fitOverview')?.title).toBe('Fit All (Overview)');
  });

  it('Go to Stage… offers the stages by name in a quick pick and goes to the chosen one', async () => {
    expect(registry.get('view.goToStage')?.title).toBe('Go to Stage…');
    registry.execute('view.goToStage');
    await vi.waitFor(() => expect(canvas.goToStage).toHaveBeenCalledWith(2));
    const asked = pick.mock.calls[0]![0] as { items: { label: string }[] };
    expect(asked.items.map((i) => i.label)).toEqual(['Discover', 'Apply', 'Decide']);
  });

  it('does nothing when the pick is cancelled', async () => {
    pick.mockResolvedValueOnce(undefined);
    registry.execute('view.goToStage');
    await Promise.resolve();
    await Promise.resolve();
    expect(canvas.goToStage).not.toHaveBeenCalled();
  });

  it('are off while no canvas tab is active', () => {
    onTab('source');
    for (const id of ['view.fitStage', 'view.fitOverview', 'view.goToStage']) expect(registry.get(id)?.when?.()).toBe(false);
  });
});

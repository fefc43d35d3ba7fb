// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { formatDocument } from '../../runtime/model/formatDocument';
import { minimalJourney } from '../../runtime/testing/minimalJourney';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import type { Journey } from '../../runtime/model/journey';
import { CommandRegistry, commands, displayBinding, type Disposer } from '../commands/commandRegistry';
import { isMacPlatform } from '../app/keybindings';
import { registerEditCommands } from '../app/commands/editCommands';
import { registerWorkbenchCommands } from '../app/commands/workbenchCommands';
import { registerExportCommands } from '../app/commands/exportCommands';
import { registerCanvasViewCommands } from '../app/commands/canvasViewCommands';
import { registerStageNavigationCommands } from '../app/commands/stageNavigationCommands';
import { docFromFile, journeyOf } from '../state/documentState';
import { editDocument } from '../state/workspaceActions';
import { initialLayout, useLayout } from '../state/layoutStore';
import { useWorkspace } from '../state/workspaceStore';
import { registerCanvasCommands } from './useCanvasCommands';
import { closeExportMenu } from './canvasExportMenu';
import { CANVAS_TOOLBAR } from './canvasToolbarItems';
import { CanvasToolbar } from './CanvasToolbar';

const ITEMS = CANVAS_TOOLBAR.flat();
const isMac = isMacPlatform();

function seed(diagnostics: Diagnostic[] = []) {
  const doc = docFromFile({ id: 'j', path: 'mini.journey.json', kind: 'journey', text: formatDocument(minimalJourney()), rev: 1 });
  useWorkspace.setState({ ready: true, docs: { j: { ...doc, diagnostics } }, selection: {} });
  useLayout.setState({ ...initialLayout(), groups: [{ id: 'g1', tabs: [{ key: 'canvas:j', kind: 'canvas', docId: 'j' }], activeKey: 'canvas:j' }] });
}

/** A registry with every toolbar command, each a spy; `when` false for the ids given. */
function fakeRegistry(off: string[] = []) {
  const registry = new CommandRegistry();
  const runs = new Map(ITEMS.map((i) => [i.command, vi.fn()]));
  for (const i of ITEMS) registry.register({ id: i.command, title: `Title of ${i.command}`, keybinding: i.command === 'edit.undo' ? 'Mod+Z' : undefined, when: () => !off.includes(i.command), run: runs.get(i.command)! });
  return { registry, runs };
}

const button = (name: string) => screen.getByTestId(`canvas-toolbar-${name}`);
const mount = (registry?: CommandRegistry) =>
  render(
    <ReactFlowProvider>
      <CanvasToolbar registry={registry} />
    </ReactFlowProvider>,
  );

beforeEach(() => seed());
afterEach(() => {
  cleanup();
  closeExportMenu();
});

describe('CanvasToolbar', () => {
  it('is a toolbar of buttons that each dispatch their own command id through the registry', () => {
    seed();
    act(() => editDocument('j', { ...(journeyOf(useWorkspace.getState().docs.j) as Journey), name: 'Renamed' }, 'Rename'));
    act(() => useWorkspace.setState((s) => ({ selection: { ...s.selection, j: { nodes: ['visit'], edges: [] } } })));
    const { registry, runs } = fakeRegistry();
    mount(registry);
    expect(screen.getByRole('toolbar', { name: 'Canvas toolbar' })).toBeTruthy();
    for (const item of ITEMS.filter((i) => i.command !== 'edit.redo')) {
      fireEvent.click(button(item.name));
      expect(runs.get(item.command), item.command).toHaveBeenCalledTimes(1);
    }
    for (const [id, run] of runs) if (id !== 'edit.redo') expect(run, id).toHaveBeenCalledTimes(1);
  });

  it('names each button after its command and puts its key in the tooltip', () => {
    const { registry } = fakeRegistry();
    mount(registry);
    expect(button('undo').getAttribute('aria-label')).toBe('Title of edit.undo');
    expect(button('undo').getAttribute('title')).toBe(`Title of edit.undo (${displayBinding('Mod+Z', isMac)})`);
    expect(button('fit').getAttribute('title')).toBe('Title of view.fitView');
  });

  it('shows the keys the application registers (never a second copy of them)', () => {
    seed();
    const stops: Disposer[] = [
      registerEditCommands(),
      registerWorkbenchCommands(),
      registerExportCommands(),
      registerCanvasViewCommands(),
      registerStageNavigationCommands(),
      registerCanvasCommands({ getJourney: () => journeyOf(useWorkspace.getState().docs.j), getSelection: () => ({ nodes: [], edges: [] }), edit: () => {}, setSelection: () => {}, fitView: () => {}, isActive: () => true }),
    ];
    try {
      mount();
      for (const item of ITEMS) {
        const c = commands.get(item.command);
        expect(c, `${item.command} is registered`).toBeDefined();
        expect(button(item.name).getAttribute('title')).toContain(c!.keybinding ? `${c!.title} (${displayBinding(c!.keybinding, isMac)})` : c!.title);
      }
      expect(button('undo').getAttribute('title')).toMatch(/^Undo \((Ctrl\+Z|⌘Z)\)$/);
      expect(button('fit').getAttribute('title')).toMatch(/^Fit Map in View \((Shift\+1|⇧1)\)$/);
      expect(button('inspector').getAttribute('title')).toMatch(/^Toggle Inspector \(/);
      expect(button('zoom-in').getAttribute('title')).toMatch(/^Zoom In \(/);
    } finally {
      stops.forEach((s) => s());
    }
  });

  it('is disabled where its command cannot run: undo and redo at the ends of history, copy with nothing selected, a command whose `when` fails', () => {
    const { registry, runs } = fakeRegistry(['view.fitView']);
    mount(registry);
    for (const name of ['undo', 'redo', 'copy', 'fit']) expect(button(name).getAttribute('aria-disabled'), name).toBe('true');
    for (const name of ['paste', 'layout', 'zoom-in', 'minimap', 'export']) expect(button(name).getAttribute('aria-disabled'), name).toBeNull();
    fireEvent.click(button('undo'));
    fireEvent.click(button('fit'));
    expect(runs.get('edit.undo')).not.toHaveBeenCalled();
    expect(runs.get('view.fitView')).not.toHaveBeenCalled();
    act(() => editDocument('j', { ...(journeyOf(useWorkspace.getState().docs.j) as Journey), name: 'Renamed' }, 'Rename'));
    expect(button('undo').getAttribute('aria-disabled')).toBeNull();
  });

  it('will not export a journey with errors, and says why', () => {
    seed([{ severity: 'error', code: 'J001', message: 'invalid JSON', start: { line: 1, column: 2 } } as Diagnostic]);
    const { registry, runs } = fakeRegistry();
    mount(registry);
    expect(button('export').getAttribute('aria-disabled')).toBe('true');
    expect(button('export').getAttribute('title')).toContain('Cannot export this journey: mini.journey.json has 1 error');
    fireEvent.click(button('export'));
    expect(runs.get('journey.exportMenu')).not.toHaveBeenCalled();
  });

  it('shows whether the minimap, the inspector and the results panel are shown (aria-pressed)', () => {
    const { registry } = fakeRegistry();
    mount(registry);
    expect(button('minimap').getAttribute('aria-pressed')).toBe('true');
    expect(button('inspector').getAttribute('aria-pressed')).toBe('true');
    expect(button('results').getAttribute('aria-pressed')).toBe('false');
    expect(button('undo').getAttribute('aria-pressed')).toBeNull();
    expect(button('emotion-curve').getAttribute('aria-pressed')).toBe('true');
    act(() => useLayout.setState({ minimapOpen: false, emotionCurveOpen: false, inspectorOpen: false, panelOpen: true, panelTab: 'simulation' }));
    expect(button('minimap').getAttribute('aria-pressed')).toBe('false');
    expect(button('emotion-curve').getAttribute('aria-pressed')).toBe('false');
    expect(button('inspector').getAttribute('aria-pressed')).toBe('false');
    expect(button('results').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the zoom level on the button that resets it', () => {
    const { registry } = fakeRegistry();
    mount(registry);
    expect(button('zoom').textContent).toBe('100%');
  });

  it('has one tab stop, moved by the arrow keys, Home and End', () => {
    const { registry } = fakeRegistry();
    mount(registry);
    const all = screen.getAllByRole('button');
    expect(all.filter((b) => b.tabIndex === 0)).toEqual([all[0]]);
    act(() => all[0]!.focus());
    fireEvent.keyDown(all[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(all[1]);
    expect(all.filter((b) => b.tabIndex === 0)).toEqual([all[1]]);
    fireEvent.keyDown(all[1]!, { key: 'ArrowLeft' });
    fireEvent.keyDown(all[0]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(all.at(-1));
    fireEvent.keyDown(all.at(-1)!, { key: 'Home' });
    expect(document.activeElement).toBe(all[0]);
    fireEvent.keyDown(all[0]!, { key: 'End' });
    expect(document.activeElement).toBe(all.at(-1));
  });

  it('opens the export menu from its button (the real command) and runs an export command for the active file', () => {
    seed();
    const stops = [registerExportCommands(), registerCanvasViewCommands()];
    const execute = vi.spyOn(commands, 'execute');
    const svg = commands.get('export.svg')!;
    const run = vi.spyOn(svg, 'run').mockImplementation(() => undefined);
    try {
      mount();
      fireEvent.click(button('export'));
      expect(execute.mock.calls[0]?.[0]).toBe('journey.exportMenu');
      expect(button('export').getAttribute('aria-expanded')).toBe('true');
      fireEvent.click(screen.getByRole('menuitem', { name: 'Map as SVG' }));
      expect(execute).toHaveBeenLastCalledWith('export.svg', 'j');
      expect(run).toHaveBeenCalledWith('j');
      expect(screen.queryByRole('menu')).toBeNull();
    } finally {
      execute.mockRestore();
      stops.forEach((s) => s());
    }
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../../commands/commandRegistry';
import { releaseCanvas, setActiveCanvas, type CanvasController } from '../../canvas/canvasController';
import { closeExportMenu, useExportMenu } from '../../canvas/canvasExportMenu';
import { initialLayout, useLayout } from '../../state/layoutStore';
import { useUi } from '../../state/uiStore';
import { useWorkspace } from '../../state/workspaceStore';
import { docFromFile } from '../../state/documentState';
import { formatDocument } from '../../../runtime/model/formatDocument';
import { minimalJourney } from '../../../runtime/testing/minimalJourney';
import { installKeybindings } from '../keybindings';
import { registerCanvasViewCommands } from './canvasViewCommands';

const controller = (): CanvasController => ({ fitView: vi.fn(), viewportCenter: () => ({ x: 0, y: 0 }), revealNodes: vi.fn(), zoomIn: vi.fn(), zoomOut: vi.fn(), zoomTo: vi.fn() });

let stop: () => void;
beforeEach(() => {
  const doc = docFromFile({ id: 'j', path: 'mini.journey.json', kind: 'journey', text: formatDocument(minimalJourney()), rev: 1 });
  useWorkspace.setState({ ready: true, docs: { j: doc }, selection: {} });
  useLayout.setState({ ...initialLayout(), groups: [{ id: 'g1', tabs: [{ key: 'canvas:j', kind: 'canvas', docId: 'j' }], activeKey: 'canvas:j' }] });
  useUi.setState({ quick: null });
  stop = registerCanvasViewCommands();
});
afterEach(() => {
  stop();
  closeExportMenu();
});

describe('canvas view commands', () => {
  it('zoom the active canvas in, out and to 100%, only while a canvas tab is active', () => {
    const c = controller();
    setActiveCanvas(c);
    expect(commands.execute('view.zoomIn')).toBe(true);
    expect(commands.execute('view.zoomOut')).toBe(true);
    expect(commands.execute('view.zoomReset')).toBe(true);
    expect(c.zoomIn).toHaveBeenCalledTimes(1);
    expect(c.zoomOut).toHaveBeenCalledTimes(1);
    expect(c.zoomTo).toHaveBeenCalledWith(1);
    useLayout.setState({ groups: [{ id: 'g1', tabs: [{ key: 'source:j', kind: 'source', docId: 'j' }], activeKey: 'source:j' }] });
    expect(commands.execute('view.zoomIn')).toBe(false);
    releaseCanvas(c);
  });

  it('zoom from their keys: Ctrl+= in, Ctrl+- out, Shift+0 to 100%', () => {
    const c = controller();
    setActiveCanvas(c);
    const off = installKeybindings(commands, window, false);
    const press = (key: string, code: string, mods: KeyboardEventInit) => window.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, ...mods }));
    press('=', 'Equal', { ctrlKey: true });
    press('-', 'Minus', { ctrlKey: true });
    press(')', 'Digit0', { shiftKey: true });
    off();
    releaseCanvas(c);
    expect(c.zoomIn).toHaveBeenCalledTimes(1);
    expect(c.zoomOut).toHaveBeenCalledTimes(1);
    expect(c.zoomTo).toHaveBeenCalledWith(1);
  });

  it('toggle the minimap, the emotion curve, and the results panel (the Simulation tab) on and off', () => {
    commands.execute('view.toggleMinimap');
    expect(useLayout.getState().minimapOpen).toBe(false);
    commands.execute('view.toggleMinimap');
    expect(useLayout.getState().minimapOpen).toBe(true);
    commands.execute('view.toggleEmotionCurve');
    expect(useLayout.getState().emotionCurveOpen).toBe(false);
    commands.execute('view.toggleEmotionCurve');
    expect(useLayout.getState().emotionCurveOpen).toBe(true);
    useLayout.setState({ panelOpen: false, panelTab: 'problems' });
    commands.execute('view.toggleResults');
    expect(useLayout.getState()).toMatchObject({ panelOpen: true, panelTab: 'simulation' });
    commands.execute('view.toggleResults');
    expect(useLayout.getState().panelOpen).toBe(false);
    // The panel open on another tab: the first toggle shows the results.
    useLayout.setState({ panelOpen: true, panelTab: 'problems' });
    commands.execute('view.toggleResults');
    expect(useLayout.getState()).toMatchObject({ panelOpen: true, panelTab: 'simulation' });
  });

  it('open the export menu at the anchor given, close it on the next run, and without a toolbar offer the export commands in the palette', () => {
    commands.execute('journey.exportMenu', { x: 10, y: 20, owner: 't1' });
    expect(useExportMenu.getState().at).toEqual({ x: 10, y: 20, owner: 't1' });
    commands.execute('journey.exportMenu');
    expect(useExportMenu.getState().at).toBeNull();
    commands.execute('journey.exportMenu');
    expect(useUi.getState().quick).toEqual({ kind: 'commands', query: 'Export' });
  });
});

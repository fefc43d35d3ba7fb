import { commands, type Disposer } from '../../commands/commandRegistry';
import { activeCanvas } from '../../canvas/canvasController';
import { anchorBelow, closeExportMenu, isExportMenuAnchor, openExportMenu, useExportMenu } from '../../canvas/canvasExportMenu';
import { revealResults } from '../../simulation/revealResults';
import { togglePanel } from '../../state/layoutActions';
import { activeTab, useLayout } from '../../state/layoutStore';
import { openQuick } from '../../state/uiActions';
import { activeDoc } from '../activeDocument';

/** The test id of a canvas toolbar's export button (the export menu opens under it). */
export const TOOLBAR_EXPORT_TESTID = 'canvas-toolbar-export';

/** The export button of the toolbar the user sees: the active editor group's first. */
function toolbarExportButton(): HTMLElement | null {
  if (typeof document === 'undefined') return null;
  const sel = `[data-testid="${TOOLBAR_EXPORT_TESTID}"]`;
  return document.querySelector<HTMLElement>(`.ws-group.ws-active ${sel}`) ?? document.querySelector<HTMLElement>(sel);
}

/**
 * What the canvas toolbar needs beyond the edit and canvas commands: zoom (in, out, 100%), the
 * minimap, the results panel and the export menu. The view commands act on the canvas the user
 * worked with last, while a canvas tab is active.
 */
export function registerCanvasViewCommands(): Disposer {
  const canvas = () => (activeTab()?.kind === 'canvas' ? activeCanvas() : undefined);
  const onCanvas = () => canvas() !== undefined;
  const resultsShown = () => useLayout.getState().panelOpen && useLayout.getState().panelTab === 'simulation';
  const disposers = [
    commands.register({ id: 'view.zoomIn', title: 'Zoom In', category: 'View', keybinding: 'Mod+=', when: onCanvas, run: () => canvas()?.zoomIn() }),
    commands.register({ id: 'view.zoomOut', title: 'Zoom Out', category: 'View', keybinding: 'Mod+-', when: onCanvas, run: () => canvas()?.zoomOut() }),
    commands.register({ id: 'view.zoomReset', title: 'Zoom to 100%', category: 'View', keybinding: 'Shift+0', when: onCanvas, run: () => canvas()?.zoomTo(1) }),
    commands.register({ id: 'view.toggleMinimap', title: 'Toggle Minimap', category: 'View', run: () => useLayout.setState((s) => ({ minimapOpen: !s.minimapOpen })) }),
    commands.register({ id: 'view.toggleEmotionCurve', title: 'Toggle Emotion Curve', category: 'View', keybinding: 'Alt+E', run: () => useLayout.setState((s) => ({ emotionCurveOpen: !s.emotionCurveOpen })) }),
    commands.register({ id: 'view.toggleResults', title: 'Toggle Results Panel', category: 'View', run: () => (resultsShown() ? togglePanel() : revealResults()) }),
    commands.register({
      id: 'journey.exportMenu',
      title: 'Export…',
      category: 'Journey',
      when: () => activeDoc()?.kind === 'journey',
      run: (at?: unknown) => {
        if (useExportMenu.getState().at) return closeExportMenu();
        if (isExportMenuAnchor(at)) return openExportMenu(at);
        // From the palette or a key: under the toolbar's button when a canvas shows one, else the export commands in the palette.
        const button = toolbarExportButton();
        const owner = button?.closest<HTMLElement>('[data-toolbar-owner]')?.dataset.toolbarOwner;
        if (!button || !owner) return openQuick('commands', 'Export');
        openExportMenu(anchorBelow(button.getBoundingClientRect(), owner));
      },
    }),
  ];
  return () => disposers.forEach((d) => d());
}

import { commands as appCommands, type CommandRegistry, type Disposer } from '../../commands/commandRegistry';
import { activeCanvas, type CanvasController } from '../../canvas/canvasController';
import { pickOne } from '../../quickPick/pickOne';
import { activeTab } from '../../state/layoutStore';

type PickOne = typeof pickOne;

/**
 * Finding one's way on a large map: Fit Stage (the selected or current stage, readable), Fit All
 * (the overview, which may be too small to read: the canvas then says so) and Go to Stage… (a
 * quick pick of the stages). The readable fit itself is `view.fitView`. They act on the canvas
 * the user worked with last, while a canvas tab is active.
 */
export function registerStageNavigationCommands(registry: CommandRegistry = appCommands, pick: PickOne = pickOne, canvasOf: () => CanvasController | undefined = activeCanvas): Disposer {
  const canvas = () => (activeTab()?.kind === 'canvas' ? canvasOf() : undefined);
  const onCanvas = () => canvas() !== undefined;
  const disposers = [
    registry.register({ id: 'view.fitStage', title: 'Fit Stage', category: 'View', keybinding: 'Shift+2', when: onCanvas, run: () => canvas()?.fitStage?.() }),
    registry.register({ id: 'view.fitOverview', title: 'Fit All (Overview)', category: 'View', keybinding: 'Shift+3', when: onCanvas, run: () => canvas()?.fitOverview?.() }),
    registry.register({
      id: 'view.goToStage',
      title: 'Go to Stage…',
      category: 'View',
      when: () => (canvas()?.stageNames?.().length ?? 0) > 0,
      run: async () => {
        const target = canvas();
        const names = target?.stageNames?.() ?? [];
        if (!target || names.length === 0) return;
        const id = await pick({ title: 'Go to Stage', placeholder: 'Type the name of a stage', items: names.map((name, i) => ({ id: String(i), label: name, detail: `stage ${i + 1}` })) });
        if (id !== undefined) target.goToStage?.(Number(id));
      },
    }),
  ];
  return () => disposers.forEach((d) => d());
}

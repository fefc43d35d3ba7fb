import { showPanel, resize } from '../state/layoutActions';
import { useLayout } from '../state/layoutStore';

/** The height the panel needs for the result charts. */
export const RESULTS_PANEL_HEIGHT = 340;

/** Show the Simulation tab of the panel, tall enough for its charts. */
export function revealResults(): void {
  showPanel('simulation');
  if (useLayout.getState().panelHeight < RESULTS_PANEL_HEIGHT) resize('panelHeight', RESULTS_PANEL_HEIGHT);
}

import { journeyOf } from '../state/documentState';
import { useWorkspace } from '../state/workspaceStore';
import { notify } from '../state/uiActions';
import { services } from '../app/workbenchServices';
import { deleteRun, getRun, listRuns, type SavedRun } from './model/runRepository';
import type { HeatMode } from './model/heatmap';
import { runFormFor, type RunForm } from './runForm';
import { useSimulation } from './simulationStore';

/** The Simulation form of a journey file (its defaults until edited). */
export function formOf(fileId: string): RunForm {
  const form = useSimulation.getState().forms[fileId];
  if (form) return form;
  return runFormFor(journeyOf(useWorkspace.getState().docs[fileId]) ?? {});
}

export function setForm(fileId: string, patch: Partial<RunForm>): void {
  useSimulation.setState((s) => ({ forms: { ...s.forms, [fileId]: { ...formOf(fileId), ...patch } } }));
}

/** Reload the list of a file's stored runs. */
export async function refreshRuns(fileId: string): Promise<void> {
  const runs = await listRuns(services().db, fileId);
  useSimulation.setState((s) => ({ runs: { ...s.runs, [fileId]: runs } }));
}

/** Show a run's results (panel and map) for its file. */
export function showRun(run: SavedRun): void {
  useSimulation.setState((s) => ({ shown: { ...s.shown, [run.fileId]: run }, overlayHidden: { ...s.overlayHidden, [run.fileId]: false } }));
}

/** Open a stored run by id: its results and its overlay. */
export async function openRun(id: number): Promise<SavedRun | undefined> {
  const run = await getRun(services().db, id);
  if (!run) {
    notify('That run is no longer stored', 'warning');
    return undefined;
  }
  if (run.kind === 'simulation') showRun(run);
  return run;
}

/** Delete a stored run (and stop showing it). */
export async function removeRun(fileId: string, id: number): Promise<void> {
  await deleteRun(services().db, id);
  useSimulation.setState((s) => (s.shown[fileId]?.id === id ? { shown: { ...s.shown, [fileId]: undefined } } : {}));
  await refreshRuns(fileId);
}

export function setHeatMode(mode: HeatMode): void {
  useSimulation.setState({ heatMode: mode });
}

export function setSegment(segment: string | null): void {
  useSimulation.setState({ segment });
}

/** Whether the map of a file shows its run now. */
export function overlayVisible(fileId: string): boolean {
  const s = useSimulation.getState();
  return !!s.shown[fileId] && !s.overlayHidden[fileId];
}

/** Show or hide the results on a file's map. */
export function setOverlayVisible(fileId: string, visible: boolean): void {
  useSimulation.setState((s) => ({ overlayHidden: { ...s.overlayHidden, [fileId]: !visible } }));
}

import { cohortSchema, type Cohort } from '../../runtime/model/cohort';
import { journeySchema, type Journey } from '../../runtime/model/journey';
import { SimulationCancelled } from '../../runtime/sim/simulationError';
import { activeDocId } from '../app/activeDocument';
import { services } from '../app/workbenchServices';
import { journeyOf } from '../state/documentState';
import { fixProblemsFirst } from '../state/fixProblemsFirst';
import { useWorkspace } from '../state/workspaceStore';
import { flushValidation } from '../state/workspaceActions';
import { log, notify } from '../state/uiActions';
import { pruneRuns, saveRun, type RunSettings } from './model/runRepository';
import { runLabel } from './model/runLabel';
import { journeyHash } from './journeyHash';
import { parseRunForm } from './runForm';
import { runHeadline } from './runHeadline';
import { formOf, refreshRuns, showRun } from './simulationActions';
import { revealResults } from './revealResults';
import { useSimulation, type RunNotice } from './simulationStore';
import { simulationClient } from './simulationWorkerClient';
import { yieldToEventLoop } from './worker/yieldToEventLoop';

/** Stored runs kept per journey file (the oldest go). */
export const RUNS_KEPT = 50;

export function setNotice(fileId: string, notice: RunNotice | undefined): void {
  useSimulation.setState((s) => ({ notices: { ...s.notices, [fileId]: notice } }));
}

/** A run that cannot start or failed: one line in the view, a notification and the Output. */
export function fail(fileId: string, message: string): void {
  setNotice(fileId, { kind: 'error', message });
  notify(`Simulation: ${message}`, 'error');
  log(`Simulation: ${message}`, 'error');
}

/** The cohort file of the workspace at `path`, parsed, or why not. */
function cohortAt(path: string): Cohort | string {
  const doc = Object.values(useWorkspace.getState().docs).find((d) => d.kind === 'cohort' && d.path === path);
  if (!doc) return `the cohort ${path} is not in the workspace`;
  const blocked = fixProblemsFirst(doc, 'simulate with this cohort');
  if (blocked) return blocked;
  const parsed = cohortSchema.safeParse(doc.history?.present);
  return parsed.success ? (parsed.data as Cohort) : `the cohort ${path} is not valid: fix it to simulate`;
}

/** A run the form and the workspace allow: the parsed journey and cohort, and the form's settings. */
export interface PreparedRun {
  fileId: string;
  /** The journey file's path. */
  path: string;
  journey: Journey;
  cohort: Cohort;
  cohortPath: string;
  settings: RunSettings;
}

/**
 * What a job on a file's journey (a run, a staffing suggestion) needs, checked: an open journey
 * without errors, no other job going on, a valid form and cohort. Otherwise says why (a warning, or
 * the view's notice) and returns undefined.
 */
export function prepareRun(fileId: string | undefined, what = 'simulate it'): PreparedRun | undefined {
  if (fileId) flushValidation(fileId);
  const doc = fileId ? useWorkspace.getState().docs[fileId] : undefined;
  if (!doc || !fileId || doc.kind !== 'journey') {
    notify(`Open a journey to ${what}`, 'warning');
    return undefined;
  }
  if (useSimulation.getState().job) {
    notify('A simulation is running: wait for it or cancel it', 'warning');
    return undefined;
  }
  // A file with errors (even one that never parsed) is refused the same way: name it, count them.
  const blocked = fixProblemsFirst(doc, what);
  const present = journeyOf(doc);
  if (blocked || !present) {
    // Not a run that failed: the view says it live (until fixed), so no notice is left behind.
    const message = `Simulation: ${blocked ?? `${doc.path} is not a valid journey`}`;
    notify(message, 'error');
    log(message, 'error');
    return undefined;
  }
  const form = parseRunForm(formOf(fileId));
  if (!form.ok) return void fail(fileId, form.message);
  const cohort = cohortAt(form.cohortPath);
  if (typeof cohort === 'string') return void fail(fileId, cohort);
  const parsed = journeySchema.safeParse(present);
  if (!parsed.success) return void fail(fileId, `${doc.path} is not a valid journey`);
  return { fileId, path: doc.path, journey: parsed.data as Journey, cohort, cohortPath: form.cohortPath, settings: form.settings };
}

/**
 * Simulation: Run. Runs the journey of a file (the active one by default) in the worker with the
 * view's form, reports progress in the store, stores the result (runRepository) and shows it on
 * the map and in the panel. One run at a time.
 */
export async function runSimulation(fileId: string | undefined = activeDocId()): Promise<void> {
  const prepared = prepareRun(fileId);
  if (!prepared) return;
  const { fileId: id, path, journey, cohort, cohortPath, settings } = prepared;
  const label = runLabel(settings);
  const job = simulationClient().run(journey, cohort, settings, (done, total) => {
    const current = useSimulation.getState().job;
    if (current?.fileId === id && current.done !== done) useSimulation.setState({ job: { ...current, done, total } });
  });
  useSimulation.setState((s) => ({ job: { kind: 'run', fileId: id, done: 0, total: settings.customers, cancel: job.cancel }, notices: { ...s.notices, [id]: undefined } }));
  log(`Simulating ${path}: ${label} · cohort ${cohortPath}`);
  const started = performance.now();
  try {
    const result = await job.promise;
    useSimulation.setState((s) => (s.job ? { job: { ...s.job, done: s.job.total } } : {}));
    // Stored and listed before the progress bar goes: a finished run is a listed run.
    const headline = runHeadline(result, journey);
    const db = services().db;
    const saved = await saveRun(db, { kind: 'simulation', fileId: id, cohortPath, result, options: settings, journeyHash: journeyHash(journey), headline });
    await pruneRuns(db, id, RUNS_KEPT);
    await refreshRuns(id);
    // The results come in steps, each drawn in a task of its own so that the page keeps answering
    // (together they are one long task on a loaded machine): the map's overlay, the panel, and then
    // the progress bar goes (when it has gone, the results are shown).
    await yieldToEventLoop();
    showRun(saved);
    log(`Simulated ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${headline} (${label})`);
    await yieldToEventLoop();
    revealResults();
    await yieldToEventLoop();
    useSimulation.setState({ job: null });
  } catch (e) {
    useSimulation.setState({ job: null });
    if (e instanceof SimulationCancelled) {
      setNotice(id, { kind: 'cancelled', message: 'nothing was stored' });
      log(`Simulation of ${path} cancelled`);
      return;
    }
    fail(id, e instanceof Error ? e.message.split('\n')[0]! : String(e));
  }
}

/** Simulation: Cancel (the run, or the staffing suggestion, going on). */
export function cancelSimulation(): void {
  useSimulation.getState().job?.cancel();
}

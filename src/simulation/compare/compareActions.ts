// Compare two journeys on the same customers: compareJourneys in the worker (client.compare) with
// progress and cancel; the table per outcome comes from compareModel, the changes go on the canvas
// (overlay source 'compare').
import { SimulationCancelled } from '../../../runtime/sim';
import { activeCanvas } from '../../canvas/canvasController';
import { journeyOf } from '../../state/documentState';
import { overlayOf, setOverlay } from '../../state/overlayStore';
import { useWorkspace } from '../../state/workspaceStore';
import { log } from '../../state/uiActions';
import { cohortAt } from '../cohortFiles';
import { compareOverlay } from '../model/canvasOverlays';
import { compareModelOf } from '../model/compareModel';
import { changedNodes } from './changedNodes';
import { MAX_CUSTOMERS, parseCount } from '../runForm';
import { useSimulation } from '../simulationStore';
import { simulationClient } from '../simulationWorkerClient';
import { CURRENT, resolveSource } from './compareSources';
import { useCompare, type CompareForm, type CompareState } from './compareStore';

function put<K extends keyof CompareState>(key: K, fileId: string, value: CompareState[K][string]): void {
  useCompare.setState((s) => ({ [key]: { ...s[key], [fileId]: value } }) as Partial<CompareState>);
}

/** The form of a file: as typed, else this file now against … (B is chosen when the versions load), its cohort, 2,000 customers. */
export function compareFormOf(fileId: string): CompareForm {
  const typed = useCompare.getState().forms[fileId];
  if (typed) return typed;
  const journey = journeyOf(useWorkspace.getState().docs[fileId]);
  const run = useSimulation.getState().forms[fileId];
  return { a: '', b: CURRENT, cohortPath: run?.cohortPath ?? journey?.cohort ?? '', customers: '2,000', seed: run?.seed ?? '1' };
}

export function setCompareForm(fileId: string, patch: Partial<CompareForm>): void {
  put('forms', fileId, { ...compareFormOf(fileId), ...patch });
}

/** Runs the comparison the form describes; the result shows in the panel and on the canvas. */
export async function runComparison(fileId: string): Promise<void> {
  const fail = (message: string) => put('errors', fileId, message);
  if (useCompare.getState().jobs[fileId]) return;
  const form = compareFormOf(fileId);
  if (!form.a || !form.b) return fail('Choose the two journeys to compare');
  if (form.a === form.b) return fail('A and B are the same journey: choose another one for B');
  const cohort = cohortAt(form.cohortPath);
  if (typeof cohort === 'string') return fail(`Cannot compare: ${cohort}`);
  const customers = parseCount(form.customers);
  if (customers === undefined || customers < 1 || customers > MAX_CUSTOMERS) return fail(`The number of customers must be a whole number from 1 to ${MAX_CUSTOMERS.toLocaleString('en-US')}`);
  const seed = Number(form.seed.trim());
  if (form.seed.trim() === '' || !Number.isSafeInteger(seed)) return fail('The seed must be a whole number');
  const [a, b] = await Promise.all([resolveSource(fileId, form.a), resolveSource(fileId, form.b)]);
  if (typeof a === 'string') return fail(`A: ${a}`);
  if (typeof b === 'string') return fail(`B: ${b}`);

  put('errors', fileId, undefined);
  const job = simulationClient().compare(a.journey, b.journey, cohort, { customers, seed }, (done, total) => {
    const current = useCompare.getState().jobs[fileId];
    if (current && current.done !== done) put('jobs', fileId, { ...current, done, total });
  });
  put('jobs', fileId, { done: 0, total: customers, cancel: job.cancel });
  const started = performance.now();
  try {
    const comparison = await job.promise;
    const model = compareModelOf(comparison, a.journey, b.journey);
    const nodeLabels = Object.fromEntries([...a.journey.nodes, ...b.journey.nodes].map((n) => [n.id, n.label || n.id]));
    put('results', fileId, { model, aLabel: a.label, bLabel: b.label, cohortPath: form.cohortPath, nodeLabels });
    setOverlay(fileId, compareOverlay(model.highlights));
    activeCanvas()?.revealNodes(changedNodes(model.highlights, [a.journey, b.journey]));
    const significant = model.rows.filter((r) => r.significant).length;
    log(`Compared ${a.label} with ${b.label} on ${customers.toLocaleString('en-US')} customers (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s: ${significant} significant difference${significant === 1 ? '' : 's'}`);
  } catch (e) {
    if (e instanceof SimulationCancelled) fail('Cancelled');
    else fail(`Cannot compare: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    put('jobs', fileId, undefined);
  }
}

export function cancelComparison(fileId: string): void {
  useCompare.getState().jobs[fileId]?.cancel();
}

/** Clears the result and its highlights on the canvas. */
export function clearComparison(fileId: string): void {
  put('results', fileId, undefined);
  if (overlayOf(fileId)?.source === 'compare') setOverlay(fileId, undefined);
}

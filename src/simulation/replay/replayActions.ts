// Replay a simulated customer: trace it in the worker (client.trace), then step through its path
// with the canvas following (overlay source 'replay': the current node, the trail behind it).
import { SimulationCancelled } from '../../../runtime/sim';
import { activeCanvas } from '../../canvas/canvasController';
import { journeyOf } from '../../state/documentState';
import { overlayOf, setOverlay } from '../../state/overlayStore';
import { useWorkspace } from '../../state/workspaceStore';
import { log } from '../../state/uiActions';
import { cohortAt } from '../cohortFiles';
import { replayOverlay } from '../model/canvasOverlays';
import { createReplay } from '../model/replay';
import { parseCount } from '../runForm';
import { simulatableJourney } from '../simulatableJourney';
import { useSimulation } from '../simulationStore';
import { simulationClient } from '../simulationWorkerClient';
import { customerOfSegment } from './customerOfSegment';
import { useReplay, type ReplayForm } from './replayStore';

const set = <K extends 'forms' | 'sessions' | 'busy' | 'errors'>(key: K, fileId: string, value: ReturnType<typeof useReplay.getState>[K][string]) =>
  useReplay.setState((s) => ({ [key]: { ...s[key], [fileId]: value } }) as Partial<ReturnType<typeof useReplay.getState>>);

/** The form of a file: as last typed, else the journey's cohort and the Simulation view's seed. */
export function replayFormOf(fileId: string): ReplayForm {
  const typed = useReplay.getState().forms[fileId];
  if (typed) return typed;
  const journey = journeyOf(useWorkspace.getState().docs[fileId]);
  const run = useSimulation.getState().forms[fileId];
  return { cohortPath: run?.cohortPath ?? journey?.cohort ?? '', seed: run?.seed ?? '1', customers: '1,000', pick: 'index', index: '0', segment: '' };
}

export function setReplayForm(fileId: string, patch: Partial<ReplayForm>): void {
  set('forms', fileId, { ...replayFormOf(fileId), ...patch });
}

/** Shows step i of the file's replay (clamped) and paints it on the canvas. */
export function replayStep(fileId: string, i: number): void {
  const session = useReplay.getState().sessions[fileId];
  if (!session) return;
  const step = session.replay.at(i).index;
  set('sessions', fileId, { ...session, step });
  setOverlay(fileId, replayOverlay(session.replay, step));
  const at = session.replay.at(step).nodeId;
  if (at) activeCanvas()?.revealNodes([at]);
}

/** Closes the replay of a file, and its overlay when it is still on the canvas. */
export function closeReplay(fileId: string): void {
  set('sessions', fileId, undefined);
  if (overlayOf(fileId)?.source === 'replay') setOverlay(fileId, undefined);
}

/**
 * Traces the customer the form names (or, with `another`, the next one of the chosen segment) and
 * opens its replay at the first step. Problems go to the form's error line.
 */
export async function traceReplay(fileId: string, options: { another?: boolean } = {}): Promise<void> {
  const fail = (message: string) => set('errors', fileId, message);
  const target = simulatableJourney(fileId, 'replay a customer');
  if (typeof target === 'string') return fail(target);
  const form = replayFormOf(fileId);
  const cohort = cohortAt(form.cohortPath);
  if (typeof cohort === 'string') return fail(`Cannot replay: ${cohort}`);
  const seed = Number(form.seed.trim());
  if (form.seed.trim() === '' || !Number.isSafeInteger(seed)) return fail('The seed must be a whole number');
  const customers = parseCount(form.customers);
  if (customers === undefined || customers < 1) return fail('The run size must be a whole number ≥ 1');
  let index: number | undefined;
  if (form.pick === 'segment') {
    const segment = form.segment || cohort.segments[0]?.id || '';
    const current = useReplay.getState().sessions[fileId]?.replay.trace;
    const after = options.another && current?.customer.segment === segment ? current.index : undefined;
    index = customerOfSegment(cohort, seed, segment, customers, after);
    if (index === undefined) return fail(`No customer of segment ${segment} among the ${customers.toLocaleString('en-US')} customers of this run`);
  } else {
    index = parseCount(form.index);
    if (index === undefined || index >= customers) return fail(`The customer must be a number from 0 to ${(customers - 1).toLocaleString('en-US')}`);
  }
  set('errors', fileId, undefined);
  set('busy', fileId, true);
  try {
    const trace = await simulationClient().trace(target.journey, cohort, { seed, index, customers }).promise;
    const replay = createReplay(trace, target.journey);
    set('sessions', fileId, { journey: target.journey, cohort, replay, step: 0 });
    if (form.pick === 'segment') setReplayForm(fileId, { index: String(index) });
    replayStep(fileId, 0);
    log(`Replaying customer ${index} of ${target.doc.path} (seed ${seed}, ${trace.customer.segment}): ${replay.steps.length} steps`);
  } catch (e) {
    if (!(e instanceof SimulationCancelled)) fail(`Cannot replay: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    set('busy', fileId, false);
  }
}

// "Play the customer": the live compiled machine (playCustomer) driven by hand, one event or timer
// at a time, painted on the canvas like a replay (overlay source 'replay').
import { activeCanvas } from '../../canvas/canvasController';
import { overlayOf, setOverlay } from '../../state/overlayStore';
import { log } from '../../state/uiActions';
import { journeyOf } from '../../state/documentState';
import { useWorkspace } from '../../state/workspaceStore';
import { cohortAt } from '../cohortFiles';
import { createPlayer, type PlayChoice } from '../model/playCustomer';
import { simulatableJourney } from '../simulatableJourney';
import { useSimulation } from '../simulationStore';
import { customerOf, sampleDraft, type CustomerDraft } from './customerDraft';
import { playOverlay } from './playOverlay';
import { usePlay, type PlaySession } from './playStore';

function setError(fileId: string, message: string | undefined): void {
  usePlay.setState((s) => ({ errors: { ...s.errors, [fileId]: message } }));
}

function setSession(fileId: string, session: PlaySession | undefined): void {
  usePlay.setState((s) => ({ sessions: { ...s.sessions, [fileId]: session } }));
  if (session) {
    const cohort = cohortAt(draftOf(fileId).cohortPath);
    const segment = String(session.customer.segment);
    const name = typeof cohort === 'string' ? segment : (cohort.segments.find((s) => s.id === segment)?.name ?? segment);
    setOverlay(fileId, playOverlay(session.journey, session.history, name));
    activeCanvas()?.revealNodes([session.history.at(-1)!.nodeId]);
  }
}

/** The customer form of a file: as typed, else a customer of the journey's cohort. */
export function draftOf(fileId: string): CustomerDraft {
  const typed = usePlay.getState().drafts[fileId];
  if (typed) return typed;
  const journey = journeyOf(useWorkspace.getState().docs[fileId]);
  const path = useSimulation.getState().forms[fileId]?.cohortPath ?? journey?.cohort ?? '';
  const cohort = cohortAt(path);
  return journey ? sampleDraft(journey, typeof cohort === 'string' ? undefined : cohort, path) : { cohortPath: path, segment: '', values: {} };
}

export function setDraft(fileId: string, draft: CustomerDraft): void {
  usePlay.setState((s) => ({ drafts: { ...s.drafts, [fileId]: draft } }));
}

/** Fills the form with a customer of the segment drawn from the cohort (another one for another seed). */
export function sampleCustomer(fileId: string, segment: string, seed: number): void {
  const journey = journeyOf(useWorkspace.getState().docs[fileId]);
  const path = draftOf(fileId).cohortPath;
  const cohort = cohortAt(path);
  if (journey) setDraft(fileId, sampleDraft(journey, typeof cohort === 'string' ? undefined : cohort, path, segment, seed));
}

/** Starts the live machine with the form's customer. */
export function startPlay(fileId: string): void {
  const target = simulatableJourney(fileId, 'play a customer');
  if (typeof target === 'string') return setError(fileId, target);
  const customer = customerOf(target.journey, draftOf(fileId));
  if (typeof customer === 'string') return setError(fileId, customer);
  try {
    const player = createPlayer(target.journey);
    setError(fileId, undefined);
    setSession(fileId, { journey: target.journey, player, customer, history: [player.start(customer)] });
    log(`Playing a ${String(customer.segment)} customer through ${target.doc.path}`);
  } catch (e) {
    setError(fileId, `Cannot play: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** Sends a choice's event (a timer fires when it is due on the simulated clock). */
export function choose(fileId: string, choice: PlayChoice): void {
  const session = usePlay.getState().sessions[fileId];
  const now = session?.history.at(-1);
  if (!session || !now) return;
  let next: ReturnType<typeof session.player.send>;
  try {
    next = session.player.send(now, choice.event);
  } catch (e) {
    // An assign that cannot evaluate, an expression over the limits of CEL: the machine cannot go on.
    return setError(fileId, `${choice.label}: the machine failed: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!next.accepted) return setError(fileId, `${choice.label}: not possible here${choice.guard ? ` (its rule ${choice.guard} does not hold)` : ''}`);
  setError(fileId, undefined);
  setSession(fileId, { ...session, history: [...session.history, next] });
}

/** Takes the last step back. */
export function stepBack(fileId: string): void {
  const session = usePlay.getState().sessions[fileId];
  if (session && session.history.length > 1) setSession(fileId, { ...session, history: session.history.slice(0, -1) });
}

/** Back to the start with the same customer. */
export function restartPlay(fileId: string): void {
  const session = usePlay.getState().sessions[fileId];
  if (session) setSession(fileId, { ...session, history: session.history.slice(0, 1) });
}

export function closePlay(fileId: string): void {
  setSession(fileId, undefined);
  setError(fileId, undefined);
  if (overlayOf(fileId)?.source === 'replay') setOverlay(fileId, undefined);
}

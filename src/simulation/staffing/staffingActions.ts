// Simulation: Suggest staffing, and what to do with the proposal (Apply: one undoable edit;
// Discard). The search runs in the simulation worker like a run: one job at a time, a progress bar
// with what it tries, Cancel.
import type { Cohort } from '../../../runtime/model/cohort';
import type { Journey } from '../../../runtime/model/journey';
import { applyStaffing } from '../../../runtime/model/ops/staffingOps';
import { SimulationCancelled } from '../../../runtime/sim/simulationError';
import { activeDocId } from '../../app/activeDocument';
import { journeyOf } from '../../state/documentState';
import { revealSideView } from '../../state/layoutActions';
import { log, notify } from '../../state/uiActions';
import { editDocument } from '../../state/workspaceActions';
import { useWorkspace } from '../../state/workspaceStore';
import { journeyHash } from '../journeyHash';
import { runLabel } from '../model/runLabel';
import { describeLoad } from '../runForm';
import { fail, prepareRun, setNotice } from '../runSimulation';
import { useSimulation } from '../simulationStore';
import { simulationClient } from '../simulationWorkerClient';
import { proposalSummary, proposedChanges, type StaffingProposal } from './staffingProposal';

/** The label of the edit in the undo history. */
export const APPLY_STAFFING_LABEL = 'Apply suggested staffing';

/** Does some team of the journey set a target (what a staffing suggestion searches for)? */
export function hasStaffingTarget(journey: Pick<Journey, 'teams'> | undefined): boolean {
  return !!journey?.teams?.some((t) => t.serviceLevel !== undefined || t.maxAbandon !== undefined);
}

function setProposal(fileId: string, proposal: StaffingProposal | undefined): void {
  useSimulation.setState((s) => ({ proposals: { ...s.proposals, [fileId]: proposal } }));
}

/** The load sentence of a run of the form's settings with this cohort. */
function loadOf(cohort: Cohort, settings: { customers: number; overMs?: number }): string {
  return describeLoad(settings.customers, settings.overMs, cohort.arrivals).text;
}

/**
 * Simulation: Suggest staffing. Searches, in the worker, the fewest staff with which each team with
 * a target meets it (runtime/sim/staffing), on the customers of the Simulation form (its cohort,
 * customers, seed, engine, horizon, arrivals). The proposal shows in the Simulation view.
 */
export async function suggestStaffingFor(fileId: string | undefined = activeDocId()): Promise<void> {
  const prepared = prepareRun(fileId, 'suggest its staffing');
  if (!prepared) return;
  const { fileId: id, path, journey, cohort, cohortPath, settings } = prepared;
  if (!hasStaffingTarget(journey)) {
    fail(id, 'no team sets a service level or a maximum abandon rate: give a team a target to get a staffing suggestion');
    return;
  }
  revealSideView('simulation');
  const job = simulationClient().staffing(journey, cohort, settings, (done, total, note) => {
    const current = useSimulation.getState().job;
    if (current?.fileId === id && current.kind === 'staffing') useSimulation.setState({ job: { ...current, done, total, ...(note !== undefined ? { note } : {}) } });
  });
  useSimulation.setState((s) => ({
    job: { kind: 'staffing', fileId: id, done: 0, total: 1, note: 'Starting', cancel: job.cancel },
    notices: { ...s.notices, [id]: undefined },
    proposals: { ...s.proposals, [id]: undefined },
  }));
  const label = runLabel(settings);
  log(`Suggesting staffing for ${path}: ${label} · cohort ${cohortPath}`);
  const started = performance.now();
  try {
    const result = await job.promise;
    setProposal(id, { fileId: id, result, journeyHash: journeyHash(journey), cohortPath, settings, load: loadOf(cohort, settings), createdAt: Date.now() });
    useSimulation.setState({ job: null });
    log(`Staffing for ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${proposalSummary(result)} (${label})`);
  } catch (e) {
    useSimulation.setState({ job: null });
    if (e instanceof SimulationCancelled) {
      setNotice(id, { kind: 'cancelled', message: 'no staffing was proposed' });
      log(`Staffing suggestion for ${path} cancelled`);
      return;
    }
    fail(id, e instanceof Error ? e.message.split('\n')[0]! : String(e));
  }
}

/** The proposal shown for a file. */
export function proposalOf(fileId: string | undefined): StaffingProposal | undefined {
  return fileId ? useSimulation.getState().proposals[fileId] : undefined;
}

/**
 * Apply: the proposed staff of the teams it changes, written into the journey as one edit (one undo
 * step); only their headcounts change (runtime/model/ops/staffingOps), so edits made since the
 * proposal stay. The proposal goes.
 */
export function applyStaffingProposal(fileId: string | undefined = activeDocId()): void {
  const proposal = proposalOf(fileId);
  const doc = fileId ? useWorkspace.getState().docs[fileId] : undefined;
  const journey = journeyOf(doc);
  if (!fileId || !proposal || !doc || !journey) return;
  const changes = proposedChanges(proposal.result);
  const next = applyStaffing(journey, changes);
  setProposal(fileId, undefined);
  if (next === journey) {
    notify('The journey already has the suggested staffing', 'info');
    return;
  }
  editDocument(fileId, next, APPLY_STAFFING_LABEL);
  const teams = changes.length === 1 ? '1 team' : `${changes.length} teams`;
  notify(`Applied the suggested staffing of ${teams}: run the simulation to see its figures; Undo reverts it`, 'info');
  log(`Applied the suggested staffing to ${doc.path}: ${changes.map((c) => c.team).join(', ')}`);
}

/** Discard: the proposal goes, the journey stays as it is. */
export function discardStaffingProposal(fileId: string | undefined = activeDocId()): void {
  if (fileId && proposalOf(fileId)) setProposal(fileId, undefined);
}

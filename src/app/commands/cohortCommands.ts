import { commands, type Disposer } from '../../commands/commandRegistry';
import { addSegment, rebalanceShares, removeArrivals, removeSegment, resetProfile, setArrivals, type ProfileName } from '../../../runtime/model/ops';
import type { Arrivals, Cohort } from '../../../runtime/model/cohort';
import { openEditor } from '../../state/layoutActions';
import { editDocument } from '../../state/workspaceActions';
import { promptText } from '../../state/uiActions';
import { activeDoc, targetDoc } from '../activeDocument';

/** Spreading the arrivals of a cohort that had none: a week, so that the weekly profile means something. */
export const DEFAULT_ARRIVALS: Arrivals = { over: '7d' };

/**
 * The arrivals a cohort had before "arrive at once", per file: spreading them again brings them
 * back (profiles included) rather than starting flat.
 */
const lastArrivals = new Map<string, Arrivals>();

/** The cohort a command edits: the file given (a button of its editor), else the active one; it needs a valid version. */
function cohortTarget(arg: unknown): { id: string; cohort: Cohort } | undefined {
  const doc = targetDoc(arg);
  if (doc?.kind !== 'cohort' || !doc.history) return undefined;
  return { id: doc.id, cohort: doc.history.present as Cohort };
}

/** One edit of the cohort: one undo step (none when nothing changes). */
function editCohort(arg: unknown, edit: (cohort: Cohort, id: string) => { next: Cohort; label: string } | undefined): void {
  const target = cohortTarget(arg);
  if (!target) return;
  const change = edit(target.cohort, target.id);
  if (change && change.next !== target.cohort) editDocument(target.id, change.next, change.label);
}

async function removeSegmentAsked(arg: unknown, segmentId: unknown): Promise<void> {
  const target = cohortTarget(arg);
  if (!target || target.cohort.segments.length <= 1) return;
  const ids = target.cohort.segments.map((s) => s.id);
  const id =
    typeof segmentId === 'string'
      ? segmentId
      : await promptText({
          title: `Remove which segment? (${ids.join(', ')})`,
          value: ids[ids.length - 1]!,
          validate: (v) => (ids.includes(v.trim()) ? undefined : `No segment '${v.trim()}': the segments are ${ids.join(', ')}`),
        });
  if (id) editCohort(target.id, (c) => ({ next: removeSegment(c, id.trim()), label: `Remove segment ${id.trim()}` }));
}

/** Arrivals at once (t = 0) or spread over time; `mode` forces one, else it toggles. */
function setArrivalsMode(arg: unknown, mode: unknown): void {
  editCohort(arg, (c, id) => {
    const spread = mode === 'spread' ? true : mode === 'once' ? false : !c.arrivals;
    if (!spread) {
      if (c.arrivals) lastArrivals.set(id, c.arrivals);
      return { next: removeArrivals(c), label: 'All customers arrive at once' };
    }
    if (c.arrivals) return undefined;
    const arrivals = lastArrivals.get(id) ?? DEFAULT_ARRIVALS;
    return { next: setArrivals(c, arrivals), label: `Spread arrivals over ${arrivals.over}` };
  });
}

const flat = (profile: ProfileName) => (arg?: unknown) => editCohort(arg, (c) => ({ next: resetProfile(c, profile), label: `Flat ${profile} arrival profile` }));

/**
 * The cohort editor's commands. Those about one cohort take its file id (the editor's buttons
 * pass it), else act on the active cohort.
 */
export function registerCohortCommands(): Disposer {
  const cohortActive = () => activeDoc()?.kind === 'cohort';
  const editable = () => !!cohortTarget(undefined);
  const disposers = [
    commands.register({
      id: 'cohort.openEditor',
      title: 'Open Cohort Editor',
      category: 'Cohort',
      when: cohortActive,
      run: (arg?: unknown) => {
        const doc = targetDoc(arg);
        if (doc?.kind === 'cohort') openEditor(doc.id, 'cohort');
      },
    }),
    commands.register({
      id: 'cohort.addSegment',
      title: 'Add Segment',
      category: 'Cohort',
      when: editable,
      run: (arg?: unknown, name?: unknown) =>
        editCohort(arg, (c) => {
          const added = addSegment(c, typeof name === 'string' && name.trim() ? name.trim() : `Segment ${c.segments.length + 1}`);
          return { next: added.cohort, label: `Add segment ${added.segmentId}` };
        }),
    }),
    commands.register({ id: 'cohort.removeSegment', title: 'Remove Segment…', category: 'Cohort', when: () => (cohortTarget(undefined)?.cohort.segments.length ?? 0) > 1, run: removeSegmentAsked }),
    commands.register({ id: 'cohort.rebalanceShares', title: 'Rebalance Shares to 100%', category: 'Cohort', when: editable, run: (arg?: unknown) => editCohort(arg, (c) => ({ next: rebalanceShares(c), label: 'Rebalance shares' })) }),
    commands.register({ id: 'cohort.toggleArrivals', title: 'Toggle Arrivals: All at Once / Spread over Time', category: 'Cohort', when: editable, run: setArrivalsMode }),
    commands.register({ id: 'cohort.flatWeekly', title: 'Reset the Weekly Arrival Profile to Flat', category: 'Cohort', when: () => !!cohortTarget(undefined)?.cohort.arrivals, run: flat('weekly') }),
    commands.register({ id: 'cohort.flatDaily', title: 'Reset the Daily Arrival Profile to Flat', category: 'Cohort', when: () => !!cohortTarget(undefined)?.cohort.arrivals, run: flat('daily') }),
  ];
  return () => disposers.forEach((d) => d());
}

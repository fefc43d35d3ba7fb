// Simulation runs kept per journey file in the Dexie `runs` table: the result with what produced it
// (options, cohort path) and a label for lists. The table's schema indexes fileId and createdAt; the
// other fields ride along on the record.
import type { JourneyDb, RunRecord } from '../../storage/journeyDb';
import { COMPARISON_FORMAT, DEFAULT_HORIZON_MS, DEFAULT_SEED, type Comparison, type Engine, type SimulationResult } from '../../../runtime/sim';
import { runLabel } from './runLabel';

/** The options a run was made with, complete. */
export interface RunSettings {
  customers: number;
  seed: number;
  engine: Engine;
  horizonMs: number;
  /** The form's "Arrivals over" (overrides the cohort's `arrivals.over`); absent: the cohort's. */
  overMs?: number;
}

interface RunFields {
  id: number;
  /** The journey file (for a comparison: journey A's file). */
  fileId: string;
  createdAt: number;
  /** "10,000 customers · seed 7 · fast" unless given. */
  label: string;
  /** The cohort file used, as the journey refers to it. */
  cohortPath: string;
  options: RunSettings;
  /** A fingerprint of the journey the run was made from (src/simulation/journeyHash): tells runs of an older version. */
  journeyHash?: string;
  /** The run's figure for lists, e.g. "Approved 41.2%". */
  headline?: string;
}

export type SavedRun =
  | (RunFields & { kind: 'simulation'; result: SimulationResult })
  | (RunFields & { kind: 'comparison'; result: Comparison; /** Journey B's file. */ otherFileId?: string });

export type RunKind = SavedRun['kind'];

/** What listRuns returns: everything but the result. */
export type RunSummary = RunFields & { kind: RunKind; otherFileId?: string };

type Distribute<T> = T extends unknown ? Omit<T, 'id' | 'createdAt' | 'label' | 'options'> & { createdAt?: number; label?: string; options?: Partial<RunSettings> } : never;
/** A run to save: id, createdAt, label and options are filled in when absent (options from the result). */
export type NewRun = Distribute<SavedRun>;

/** The record as stored: RunRecord plus the fields above. */
type StoredRun = RunRecord & Partial<Omit<RunFields, 'id' | 'fileId' | 'createdAt'>> & { kind?: RunKind; otherFileId?: string };

function settingsOf(result: SimulationResult | Comparison, given: Partial<RunSettings> = {}): RunSettings {
  return {
    customers: given.customers ?? result.customers,
    seed: given.seed ?? result.seed ?? DEFAULT_SEED,
    engine: given.engine ?? (result.engine as Engine) ?? 'fast',
    horizonMs: given.horizonMs ?? result.horizonMs ?? DEFAULT_HORIZON_MS,
    ...(given.overMs !== undefined ? { overMs: given.overMs } : {}),
  };
}

function isComparison(result: unknown): result is Comparison {
  return (result as { format?: unknown } | null)?.format === COMPARISON_FORMAT;
}

/** A stored record as a SavedRun (records written before a field existed get it derived). */
function fromRecord(record: StoredRun): SavedRun {
  const result = record.result as SimulationResult | Comparison;
  const options = settingsOf(result, record.options);
  const fields: RunFields = {
    id: record.id!,
    fileId: record.fileId,
    createdAt: record.createdAt,
    label: record.label ?? runLabel(options),
    cohortPath: record.cohortPath ?? '',
    options,
    ...(record.journeyHash !== undefined ? { journeyHash: record.journeyHash } : {}),
    ...(record.headline !== undefined ? { headline: record.headline } : {}),
  };
  if (record.kind === 'comparison' || (record.kind === undefined && isComparison(result))) {
    return { ...fields, kind: 'comparison', result: result as Comparison, ...(record.otherFileId !== undefined ? { otherFileId: record.otherFileId } : {}) };
  }
  return { ...fields, kind: 'simulation', result: result as SimulationResult };
}

function summaryOf(run: SavedRun): RunSummary {
  const { result: _result, ...summary } = run;
  return summary;
}

/** Stores a run; returns it as saved (with its id). */
export async function saveRun(db: JourneyDb, run: NewRun, now: number = Date.now()): Promise<SavedRun> {
  const options = settingsOf(run.result, run.options);
  const record: StoredRun = {
    ...run,
    createdAt: run.createdAt ?? now,
    label: run.label ?? runLabel(options),
    options,
  };
  const id = await db.runs.add(record);
  return fromRecord({ ...record, id: id as number });
}

/** The runs of a journey file, newest first, without their results. */
export async function listRuns(db: JourneyDb, fileId: string): Promise<RunSummary[]> {
  const records = (await db.runs.where('fileId').equals(fileId).toArray()) as StoredRun[];
  return records
    .map(fromRecord)
    .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
    .map(summaryOf);
}

export async function getRun(db: JourneyDb, id: number): Promise<SavedRun | undefined> {
  const record = (await db.runs.get(id)) as StoredRun | undefined;
  return record ? fromRecord(record) : undefined;
}

export async function deleteRun(db: JourneyDb, id: number): Promise<void> {
  await db.runs.delete(id);
}

/** Deletes every run of a file (when the file is deleted for good); returns how many. */
export async function deleteRunsOf(db: JourneyDb, fileId: string): Promise<number> {
  return db.runs.where('fileId').equals(fileId).delete();
}

/** Keeps the `keep` newest runs of a file and deletes the others; returns how many went. */
export async function pruneRuns(db: JourneyDb, fileId: string, keep: number): Promise<number> {
  const old = (await listRuns(db, fileId)).slice(Math.max(0, keep)).map((r) => r.id);
  await db.runs.bulkDelete(old);
  return old.length;
}

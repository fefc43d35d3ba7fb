import { create } from 'zustand';
import type { Cohort } from '../../../runtime/model/cohort';
import type { Journey } from '../../../runtime/model/journey';
import type { Replay } from '../model/replay';

/** How the customer to replay is chosen: by its index in the run, or a random one of a segment. */
export type CustomerPick = 'index' | 'segment';

/** The Replay form of one journey file, as typed. */
export interface ReplayForm {
  cohortPath: string;
  seed: string;
  /** The size of the run the customer belongs to (it matters when customers meet in staff queues). */
  customers: string;
  pick: CustomerPick;
  index: string;
  segment: string;
}

/** A traced customer being stepped through. */
export interface ReplaySession {
  journey: Journey;
  cohort: Cohort;
  replay: Replay;
  step: number;
}

/** The Replay tab: a simulated customer replayed step by step, or one played by hand. */
export interface ReplayState {
  mode: 'replay' | 'play';
  forms: Record<string, ReplayForm | undefined>;
  sessions: Record<string, ReplaySession | undefined>;
  /** Files whose trace is running. */
  busy: Record<string, boolean | undefined>;
  errors: Record<string, string | undefined>;
}

export const useReplay = create<ReplayState>()(() => ({ mode: 'replay', forms: {}, sessions: {}, busy: {}, errors: {} }));

import { create } from 'zustand';
import type { HeatMode } from './model/heatmap';
import type { RunSummary, SavedRun } from './model/runRepository';
import type { RunForm } from './runForm';
import type { StaffingProposal } from './staffing/staffingProposal';

/** The job in progress (one at a time): a run (customers done) or a staffing suggestion (simulations done). */
export interface RunningJob {
  kind: 'run' | 'staffing';
  fileId: string;
  done: number;
  total: number;
  /** Staffing: what the search tries now ("advisors: trying 6 staff"). */
  note?: string;
  cancel(): void;
}

/** How the last run of a file ended when it gave no result. */
export interface RunNotice {
  kind: 'cancelled' | 'error';
  message: string;
}

/** Simulation state of the workbench, by journey file id. */
export interface SimulationState {
  forms: Record<string, RunForm | undefined>;
  job: RunningJob | null;
  notices: Record<string, RunNotice | undefined>;
  /** The stored runs of each file, newest first (loaded when the view shows the file). */
  runs: Record<string, RunSummary[] | undefined>;
  /** The run whose results the panel and the map show, per file. */
  shown: Record<string, SavedRun | undefined>;
  /** Files whose map overlay the user switched off. */
  overlayHidden: Record<string, boolean | undefined>;
  /** How the map is coloured, and for whom (all files). */
  heatMode: HeatMode;
  segment: string | null;
  /** The staffing suggestion of each file, until it is applied or discarded. */
  proposals: Record<string, StaffingProposal | undefined>;
}

export const useSimulation = create<SimulationState>()(() => ({
  forms: {},
  job: null,
  notices: {},
  runs: {},
  shown: {},
  overlayHidden: {},
  heatMode: 'dropoff',
  segment: null,
  proposals: {},
}));

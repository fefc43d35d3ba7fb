import { create } from 'zustand';
import type { CompareModel } from '../model/compareModel';

/**
 * A journey to compare: `current` (the file as it is now), `version:<id>` (a saved version of it,
 * from the History) or `file:<docId>` (another journey file of the workspace).
 */
export type SourceRef = string;

/** The comparison form of one journey file, as typed. */
export interface CompareForm {
  a: SourceRef;
  b: SourceRef;
  cohortPath: string;
  customers: string;
  seed: string;
}

export interface CompareOutcome {
  model: CompareModel;
  aLabel: string;
  bLabel: string;
  cohortPath: string;
  /** Node labels of both journeys (B's first): added nodes are only in B, removed ones only in A. */
  nodeLabels: Record<string, string>;
}

export interface CompareJob {
  done: number;
  total: number;
  cancel(): void;
}

export interface CompareState {
  forms: Record<string, CompareForm | undefined>;
  jobs: Record<string, CompareJob | undefined>;
  results: Record<string, CompareOutcome | undefined>;
  errors: Record<string, string | undefined>;
}

export const useCompare = create<CompareState>()(() => ({ forms: {}, jobs: {}, results: {}, errors: {} }));

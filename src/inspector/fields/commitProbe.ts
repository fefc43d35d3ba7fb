import { createContext } from 'react';

/**
 * Counts the edits a form makes, so that a field can tell a commit that changed the document from
 * one its form refused (broken JSON, an id that is taken). The inspector provides it; without it a
 * field takes every commit as made.
 */
export interface CommitProbe {
  edits: number;
}

export const CommitProbeContext = createContext<CommitProbe | null>(null);

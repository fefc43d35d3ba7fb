import { create } from 'zustand';
import type { Cohort } from '../../runtime/model/cohort';
import type { DocContext, DocState } from './documentState';
import type { Selection } from './selection';

/** The workspace: every file as a document, and the selection on each journey's canvas. */
export interface WorkspaceState {
  /** Loaded from storage. */
  ready: boolean;
  docs: Record<string, DocState>;
  selection: Record<string, Selection>;
}

export const useWorkspace = create<WorkspaceState>()(() => ({ ready: false, docs: {}, selection: {} }));

const baseName = (path: string) => path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);

/** What documents need from the workspace: a journey's cohort, found by its file name. */
export const workspaceContext: DocContext = {
  cohortFor(ref) {
    const name = baseName(ref);
    const doc = Object.values(useWorkspace.getState().docs).find((d) => d.kind === 'cohort' && d.path === name);
    return doc?.history?.present as Cohort | undefined;
  },
};

/** The documents in explorer order (by path). */
export function sortedDocs(docs: Record<string, DocState>): DocState[] {
  return Object.values(docs).sort((a, b) => a.path.localeCompare(b.path));
}

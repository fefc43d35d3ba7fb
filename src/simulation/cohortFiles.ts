// The cohort files of the workspace, for the forms that simulate a journey against one of them.
import { useMemo } from 'react';
import { cohortSchema, type Cohort } from '../../runtime/model/cohort';
import { sortedDocs, useWorkspace } from '../state/workspaceStore';
import { fixProblemsFirst } from '../state/fixProblemsFirst';

/** The cohort file at `path`, parsed, or why it cannot be used (one line). */
export function cohortAt(path: string): Cohort | string {
  if (!path) return 'choose a cohort';
  const doc = Object.values(useWorkspace.getState().docs).find((d) => d.kind === 'cohort' && d.path === path);
  if (!doc) return `the cohort ${path} is not in the workspace`;
  const blocked = fixProblemsFirst(doc, 'simulate with this cohort');
  if (blocked) return blocked;
  const parsed = cohortSchema.safeParse(doc.history?.present);
  return parsed.success ? (parsed.data as Cohort) : `the cohort ${path} is not valid: fix it first`;
}

/** React: the paths of the workspace's cohort files, sorted. */
export function useCohortPaths(): string[] {
  const docs = useWorkspace((s) => s.docs);
  return useMemo(
    () =>
      sortedDocs(docs)
        .filter((d) => d.kind === 'cohort')
        .map((d) => d.path),
    [docs],
  );
}

/** React: the parsed cohort at `path` (undefined while it is missing or invalid). */
export function useCohort(path: string): Cohort | undefined {
  const docs = useWorkspace((s) => s.docs);
  return useMemo(() => {
    const doc = Object.values(docs).find((d) => d.kind === 'cohort' && d.path === path);
    const parsed = doc?.history ? cohortSchema.safeParse(doc.history.present) : undefined;
    return parsed?.success ? (parsed.data as Cohort) : undefined;
  }, [docs, path]);
}

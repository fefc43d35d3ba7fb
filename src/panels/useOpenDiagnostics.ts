import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useWorkspace } from '../state/workspaceStore';
import { useLayout } from '../state/layoutStore';
import type { DocState } from '../state/documentState';

/** The documents open in an editor (the Problems panel shows theirs), in path order. */
export function useOpenDocs(): DocState[] {
  const openIds = useLayout(useShallow((s) => [...new Set(s.groups.flatMap((g) => g.tabs.map((t) => t.docId)))].sort()));
  const docs = useWorkspace((s) => s.docs);
  return useMemo(() => openIds.map((id) => docs[id]).filter((d): d is DocState => !!d).sort((a, b) => a.path.localeCompare(b.path)), [openIds, docs]);
}

/** Errors and warnings of the open documents. */
export function useProblemCount(): number {
  const docs = useOpenDocs();
  return docs.reduce((n, d) => n + d.diagnostics.length, 0);
}

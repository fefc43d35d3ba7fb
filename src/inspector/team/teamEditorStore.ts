import { create } from 'zustand';

/**
 * Which team the inspector edits, for which journey file: the inspector shows it while nothing is
 * selected (commands and the Teams section open it). `team: null` asks for the Teams section of the
 * journey form, revealed; `seq` grows with every request so that asking again reveals again.
 */
export interface TeamEditorState {
  open: { docId: string; team: string | null; seq: number } | null;
}

export const useTeamEditor = create<TeamEditorState>()(() => ({ open: null }));

let seq = 0;

/** Edit a team of the journey `docId` (or, with null, show its list of teams). */
export function openTeamEditor(docId: string, team: string | null): void {
  useTeamEditor.setState({ open: { docId, team, seq: ++seq } });
}

/** Back to the journey form (or to whatever is selected). */
export function closeTeamEditor(): void {
  if (useTeamEditor.getState().open) useTeamEditor.setState({ open: null });
}

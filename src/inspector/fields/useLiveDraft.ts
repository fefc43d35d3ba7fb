import { useContext, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { commands } from '../../commands/commandRegistry';
import { VALIDATE_DELAY_MS } from '../../state/workspaceActions';
import { CommitProbeContext, type CommitProbe } from './commitProbe';
import { historyKeyOf } from './historyKey';
import { setPendingDraft } from './pendingDrafts';

/** How long typing pauses before a field commits: the Source editor's pause before its text becomes the document. */
export const COMMIT_DELAY_MS = VALIDATE_DELAY_MS;

export interface LiveDraftOptions {
  /** Commit when the typing pauses (the default); false: only on blur and Enter. */
  live?: boolean;
  /** Whether a draft may go to the document at all ("12a" in a number field may not): one that may not stays in the field. */
  canCommit?: (draft: string) => boolean;
  /** A draft the form refused goes back to the document's value on blur (instead of staying, with its note). */
  revertRefused?: boolean;
}

export interface LiveDraft {
  /** What the input shows: the draft, else the document's value. */
  text: string;
  change(text: string): void;
  /** Commit now (Enter, blur, leaving the page). */
  flush(): void;
  /** Escape: drop what is not committed yet. */
  revert(): void;
  focus(): void;
  blur(): void;
  /** Enter commits (in a multi-line field Ctrl/Cmd+Enter), Escape reverts, Mod+Z / Mod+Shift+Z undo and redo the document. */
  keyDown(e: KeyboardEvent, multiline?: boolean): void;
}

interface Shown {
  /** Null: the field shows the document's value. */
  draft: string | null;
  /** The value the draft was last compared with. */
  seen: string;
  /** The document changed to the committed draft while the field had focus (its echo). */
  echoed: boolean;
}

interface Internals {
  value: string;
  commit: (draft: string) => boolean | void;
  canCommit: (draft: string) => boolean;
  probe: CommitProbe | null;
  draft: string | null;
  /** The last draft the document took. */
  sent: string | null;
  echoed: boolean;
  focused: boolean;
  pending: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const always = () => true;

/**
 * The text typed in a field, committed as you type: when the typing pauses (as the Source editor
 * turns its text into the document), on Enter, on blur, and at once when the page is left. So a
 * burst of typing is one commit (one undo step), and a reload never loses it.
 *
 * The document's answer to a commit (its echo: `1.0` comes back as `1`, JSON reformatted) does not
 * replace what is being typed; any other change of the value (undo, another editor) does, unless a
 * commit is still pending, which then applies on top. A draft that cannot or may not be committed
 * stays in the field (with its note) until the value changes or it is reverted.
 *
 * `commit` returns false when it refuses the text; inside the inspector a commit that made no edit
 * counts as refused too (CommitProbeContext).
 */
export function useLiveDraft(value: string, commit: (draft: string) => boolean | void, { live = true, canCommit = always, revertRefused = false }: LiveDraftOptions = {}): LiveDraft {
  const probe = useContext(CommitProbeContext);
  const [shown, setShown] = useState<Shown>({ draft: null, seen: value, echoed: false });
  const r = useRef<Internals>({ value, commit, canCommit, probe, draft: null, sent: null, echoed: false, focused: false, pending: false, timer: undefined }).current;
  r.value = value;
  r.commit = commit;
  r.canCommit = canCommit;
  r.probe = probe;

  let { draft, echoed } = shown;
  if (shown.seen !== value) {
    if (draft === null) r.sent = null;
    // The document moved under a pending draft (an echo never comes while one is pending): it commits on top.
    else if (r.pending) r.sent = null;
    // Only the first change after a commit is its echo: a later one (another tab, undo) replaces the draft.
    else if (draft === r.sent && r.focused && !echoed) echoed = true;
    else {
      draft = null;
      r.sent = null;
    }
    setShown({ draft, seen: value, echoed });
  }
  r.draft = draft;
  r.echoed = echoed;

  const show = (d: string | null, echo = false) => {
    if (d === null) r.sent = null;
    r.draft = d;
    r.echoed = echo;
    setShown((s) => ({ ...s, draft: d, echoed: echo }));
  };

  const settle = () => {
    clearTimeout(r.timer);
    r.timer = undefined;
    if (r.pending) {
      r.pending = false;
      setPendingDraft(r, undefined);
    }
  };

  /** Commit the draft now: false when it is not in the document afterwards (refused, or may not be committed). */
  const flush = (): boolean => {
    settle();
    const text = r.draft;
    if (text === null || text === r.value || text === r.sent) return true;
    if (!r.canCommit(text)) return false;
    const before = r.probe?.edits;
    const answer = r.commit(text);
    const took = answer !== false && (r.probe ? r.probe.edits !== before : true);
    if (took) {
      r.sent = text;
      show(text);
    }
    return took;
  };

  const change = (text: string) => {
    show(text);
    clearTimeout(r.timer);
    r.timer = undefined;
    if (text === r.value || text === r.sent || !r.canCommit(text)) return settle();
    if (!r.pending) {
      r.pending = true;
      setPendingDraft(r, flush);
    }
    if (live) r.timer = setTimeout(flush, COMMIT_DELAY_MS);
  };

  const revert = () => {
    settle();
    show(null);
  };

  const inDocument = () => r.draft === null || r.draft === r.value || (r.draft === r.sent && r.echoed);

  const blur = () => {
    r.focused = false;
    const took = flush();
    if (inDocument() || (!took && revertRefused)) show(null);
  };

  /** Undo/redo with the focus here: what is pending is committed first, then undone as one step. */
  const history = (which: 'undo' | 'redo') => {
    const refused = r.pending ? !flush() : r.draft !== null && r.draft !== r.value && r.draft !== r.sent;
    if (refused) {
      // Nothing of it is in the document: undo takes back the typing; redo leaves it.
      if (which === 'undo') revert();
      return;
    }
    commands.execute(which === 'undo' ? 'edit.undo' : 'edit.redo');
    show(null);
  };

  const keyDown = (e: KeyboardEvent, multiline = false) => {
    const which = historyKeyOf(e);
    if (which) {
      e.preventDefault();
      history(which);
    } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      flush();
    } else if (e.key === 'Escape') {
      revert();
    }
  };

  // Unmounted with a commit pending (the selection moved by a key): commit it rather than lose it.
  useEffect(
    () => () => {
      if (r.pending) flush();
      else settle();
    },
    // `flush` and `settle` use only `r`, which is the same object for the field's whole life.
    [r],
  );

  return {
    text: draft ?? value,
    change,
    flush: () => void flush(),
    revert,
    focus: () => {
      r.focused = true;
    },
    blur,
    keyDown,
  };
}

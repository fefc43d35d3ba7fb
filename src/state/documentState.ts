import { canRedo, canUndo, createHistory, record, redo, undo, type History } from '../../runtime/model/history';
import { formatDocument } from '../../runtime/model/formatDocument';
import { validateText } from '../../runtime/lint/validateText';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import type { DocumentKind } from '../../runtime/model/parseDocument';
import type { Journey } from '../../runtime/model/journey';
import type { Cohort } from '../../runtime/model/cohort';

export type DocValue = Journey | Cohort;
export type SaveState = 'saved' | 'saving' | 'unsaved';

/**
 * One workspace file in the workbench. The text is what is saved (even when broken); the history's
 * present is the last valid document, which the canvas shows; undo/redo move through the history.
 */
export interface DocState {
  id: string;
  path: string;
  kind: DocumentKind;
  text: string;
  /** Null until the text has been valid once. */
  history: History<DocValue> | null;
  diagnostics: Diagnostic[];
  /** The text gives no document (bad JSON or shape): views keep showing the last valid one. */
  broken: boolean;
  /** Bumped by every change of the text. */
  textSeq: number;
  /** The textSeq the diagnostics are for (behind while typing). */
  validatedSeq: number;
  /** The stored revision this text builds on. */
  rev: number;
  /** The textSeq last written to storage. */
  savedSeq: number;
  saving: boolean;
  /** Labels of the edits since the last save (the label of the next saved version). */
  labels: string[];
}

export interface DocContext {
  /** The cohort a journey refers to by `cohort`, when the workspace has it. */
  cohortFor?: (ref: string) => Cohort | undefined;
}

export const presentOf = (doc: DocState): DocValue | undefined => doc.history?.present;
export const journeyOf = (doc: DocState | undefined): Journey | undefined => (doc?.kind === 'journey' ? (doc.history?.present as Journey | undefined) : undefined);

export function saveStateOf(doc: DocState): SaveState {
  if (doc.saving) return 'saving';
  return doc.savedSeq === doc.textSeq ? 'saved' : 'unsaved';
}

const sameDoc = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function validate(text: string, path: string, kind: DocumentKind, ctx: DocContext, cohortRef?: string) {
  const cohort = cohortRef ? ctx.cohortFor?.(cohortRef) : undefined;
  const v = validateText(text, { file: path, expect: kind, ...(cohort ? { cohort } : {}) });
  // The journey names another cohort than the one guessed: check again against it.
  if (v.journey?.cohort && v.journey.cohort !== cohortRef && ctx.cohortFor?.(v.journey.cohort)) return validate(text, path, kind, ctx, v.journey.cohort);
  return v;
}

function cohortRefOf(doc: Pick<DocState, 'kind' | 'history'>): string | undefined {
  return doc.kind === 'journey' ? (doc.history?.present as Journey | undefined)?.cohort : undefined;
}

/** A document loaded from storage (or created): validated at once. */
export function docFromFile(file: { id: string; path: string; kind: DocumentKind; text: string; rev: number }, ctx: DocContext = {}): DocState {
  const doc: DocState = { ...file, history: null, diagnostics: [], broken: false, textSeq: 0, validatedSeq: -1, savedSeq: 0, saving: false, labels: [] };
  return withValidation(doc, ctx);
}

/** Validate the current text; a valid document different from the present becomes a new history entry. */
export function withValidation(doc: DocState, ctx: DocContext = {}): DocState {
  const v = validate(doc.text, doc.path, doc.kind, ctx, cohortRefOf(doc));
  const value: DocValue | undefined = doc.kind === 'journey' ? v.journey : v.cohort;
  let history = doc.history;
  if (value) {
    if (!history) history = createHistory<DocValue>(value);
    else if (!sameDoc(value, history.present)) history = record(history, value);
  }
  return { ...doc, history, diagnostics: v.diagnostics, broken: !value, validatedSeq: doc.textSeq };
}

/** The text changed (typing): validated later, when the typing pauses. */
export function withText(doc: DocState, text: string, label = 'Edit source'): DocState {
  if (text === doc.text) return doc;
  const labels = doc.labels[doc.labels.length - 1] === label ? doc.labels : [...doc.labels, label];
  return { ...doc, text, textSeq: doc.textSeq + 1, labels };
}

function withPresentText(doc: DocState, history: History<DocValue>, label: string | undefined, ctx: DocContext): DocState {
  const text = formatDocument(history.present);
  const labels = label ? [...doc.labels, label] : doc.labels;
  return withValidation({ ...doc, history, text, textSeq: doc.textSeq + 1, labels }, ctx);
}

/** An edit from the canvas or inspector: a whole next document, one history entry. */
export function withEdit(doc: DocState, next: DocValue, label: string, ctx: DocContext = {}): DocState {
  const history = doc.history ? record(doc.history, next) : createHistory(next);
  if (history === doc.history && !doc.broken) return doc;
  return withPresentText(doc, history, label, ctx);
}

export const docCanUndo = (doc: DocState | undefined) => !!doc && (doc.broken ? !!doc.history : !!doc.history && canUndo(doc.history));
export const docCanRedo = (doc: DocState | undefined) => !!doc && !doc.broken && !!doc.history && canRedo(doc.history);

/** Undo: with broken text, first back to the last valid document; then one history step. */
export function withUndo(doc: DocState, ctx: DocContext = {}): DocState {
  if (!doc.history) return doc;
  if (doc.broken) return withPresentText(doc, doc.history, 'Undo', ctx);
  if (!canUndo(doc.history)) return doc;
  return withPresentText(doc, undo(doc.history), 'Undo', ctx);
}

export function withRedo(doc: DocState, ctx: DocContext = {}): DocState {
  if (!doc.history || doc.broken || !canRedo(doc.history)) return doc;
  return withPresentText(doc, redo(doc.history), 'Redo', ctx);
}

/** Another tab's text replaces ours (Reload theirs): an undoable step when it is a valid document. */
export function withStoredText(doc: DocState, file: { text: string; rev: number; path?: string }, ctx: DocContext = {}): DocState {
  const next = withValidation({ ...doc, path: file.path ?? doc.path, text: file.text, textSeq: doc.textSeq + 1 }, ctx);
  return { ...next, rev: file.rev, savedSeq: next.textSeq, labels: [] };
}

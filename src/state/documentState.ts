import { canRedo, canUndo, createHistory, record, redo, undo, type History } from '../../runtime/model/history';
import { formatDocument } from '../../runtime/model/formatDocument';
import { validateText } from '../../runtime/lint/validateText';
import { compareDiagnostics, type Diagnostic } from '../../runtime/diagnostics/diagnostic';
import type { DocumentKind } from '../../runtime/model/parseDocument';
import type { Journey } from '../../runtime/model/journey';
import type { Cohort } from '../../runtime/model/cohort';
import { sameJson } from '../../runtime/model/sameJson';
import { notUtf8Problem } from './notUtf8Problem';

export { sameJson };

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
  /** Imported bytes that were not UTF-8 (J035, held as U+FFFD): an error while a U+FFFD is left (notUtf8Problem). */
  notUtf8?: Diagnostic;
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

function validate(text: string, path: string, kind: DocumentKind, ctx: DocContext, cohortRef?: string) {
  const cohort = cohortRef ? ctx.cohortFor?.(cohortRef) : undefined;
  const v = validateText(text, { file: path, expect: kind, ...(cohort ? { cohort } : {}) });
  // The journey names another cohort than the one guessed: check again against it.
  if (v.journey?.cohort && v.journey.cohort !== cohortRef && ctx.cohortFor?.(v.journey.cohort)) return validate(text, path, kind, ctx, v.journey.cohort);
  return v;
}

/**
 * The document of a validated text, with the keys in the order the text has them (the schema's
 * parser would reorder them, and the next edit would then rewrite every node of the file).
 */
function documentOf(text: string, kind: DocumentKind, v: { journey?: Journey; cohort?: Cohort }): DocValue | undefined {
  const parsed = kind === 'journey' ? v.journey : v.cohort;
  if (!parsed) return undefined;
  try {
    return JSON.parse(text) as DocValue;
  } catch {
    return parsed;
  }
}

function cohortRefOf(doc: Pick<DocState, 'kind' | 'history'>): string | undefined {
  return doc.kind === 'journey' ? (doc.history?.present as Journey | undefined)?.cohort : undefined;
}

export interface StoredFile {
  id: string;
  path: string;
  kind: DocumentKind;
  text: string;
  rev: number;
  /** The last valid version's text, when `text` is broken. */
  validText?: string;
  notUtf8?: Diagnostic;
}

/** A document loaded from storage (or created): validated at once; broken text keeps its last valid version. */
export function docFromFile(file: StoredFile, ctx: DocContext = {}): DocState {
  const { validText, ...rest } = file;
  const doc: DocState = { ...rest, history: null, diagnostics: [], broken: false, textSeq: 0, validatedSeq: -1, savedSeq: 0, saving: false, labels: [] };
  const loaded = withValidation(doc, ctx);
  if (!loaded.broken || validText === undefined) return loaded;
  const value = documentOf(validText, file.kind, validateText(validText, { expect: file.kind }));
  return value ? { ...loaded, history: createHistory<DocValue>(value) } : loaded;
}

/** What storage keeps besides the text: the last valid version while the text is broken. */
export function validTextOf(doc: DocState): string | undefined {
  return doc.broken && doc.history ? formatDocument(doc.history.present) : undefined;
}

/**
 * Validate the current text; a valid document different from the present (typing) becomes a new
 * history entry. Text written from the present (an edit, an undo) parses back to the same document
 * (whatever its key order), so only its diagnostics are new.
 */
export function withValidation(doc: DocState, ctx: DocContext = {}): DocState {
  const v = validate(doc.text, doc.path, doc.kind, ctx, cohortRefOf(doc));
  const value = documentOf(doc.text, doc.kind, v);
  let history = doc.history;
  if (value) {
    if (!history) history = createHistory<DocValue>(value);
    else if (!sameJson(value, history.present)) history = record(history, value);
  }
  const notUtf8 = doc.notUtf8 && notUtf8Problem(doc.text, doc.notUtf8);
  const diagnostics = notUtf8 ? [notUtf8, ...v.diagnostics].sort(compareDiagnostics) : v.diagnostics;
  return { ...doc, history, diagnostics, broken: !value, validatedSeq: doc.textSeq };
}

/** The text changed (typing): validated later, when the typing pauses. */
export function withText(doc: DocState, text: string, label = 'Edit source'): DocState {
  if (text === doc.text) return doc;
  const labels = doc.labels[doc.labels.length - 1] === label ? doc.labels : [...doc.labels, label];
  return { ...doc, text, textSeq: doc.textSeq + 1, labels };
}

/**
 * The present changed (an edit, undo, redo): the text is rewritten from it at once; its diagnostics
 * follow when the document is validated (`withValidation`), in a task of its own so that an edit
 * of a large journey does not wait for the linter.
 */
function withPresentText(doc: DocState, history: History<DocValue>, label: string | undefined): DocState {
  const text = formatDocument(history.present);
  const labels = label ? [...doc.labels, label] : doc.labels;
  return { ...doc, history, text, textSeq: doc.textSeq + 1, labels, broken: false };
}

/** Validate now if the diagnostics are behind the text. */
export function withDiagnostics(doc: DocState, ctx: DocContext = {}): DocState {
  return doc.validatedSeq === doc.textSeq ? doc : withValidation(doc, ctx);
}

/** An edit from the canvas or inspector: a whole next document, one history entry. */
export function withEdit(doc: DocState, next: DocValue, label: string): DocState {
  const history = doc.history ? record(doc.history, next) : createHistory(next);
  if (history === doc.history && !doc.broken) return doc;
  return withPresentText(doc, history, label);
}

export const docCanUndo = (doc: DocState | undefined) => !!doc && (doc.broken ? !!doc.history : !!doc.history && canUndo(doc.history));
export const docCanRedo = (doc: DocState | undefined) => !!doc && !doc.broken && !!doc.history && canRedo(doc.history);

/** Undo: with broken text, first back to the last valid document; then one history step. */
export function withUndo(doc: DocState): DocState {
  if (!doc.history) return doc;
  if (doc.broken) return withPresentText(doc, doc.history, 'Undo');
  if (!canUndo(doc.history)) return doc;
  return withPresentText(doc, undo(doc.history), 'Undo');
}

export function withRedo(doc: DocState): DocState {
  if (!doc.history || doc.broken || !canRedo(doc.history)) return doc;
  return withPresentText(doc, redo(doc.history), 'Redo');
}

/** Another tab's text replaces ours (Reload theirs): an undoable step when it is a valid document. */
export function withStoredText(doc: DocState, file: { text: string; rev: number; path?: string; validText?: string }, ctx: DocContext = {}): DocState {
  let next = withValidation({ ...doc, path: file.path ?? doc.path, text: file.text, textSeq: doc.textSeq + 1 }, ctx);
  if (next.broken && file.validText !== undefined) {
    const value = documentOf(file.validText, doc.kind, validateText(file.validText, { expect: doc.kind }));
    if (value) next = { ...next, history: next.history ? record(next.history, value) : createHistory<DocValue>(value) };
  }
  return { ...next, rev: file.rev, savedSeq: next.textSeq, labels: [] };
}

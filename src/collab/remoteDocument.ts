import { createHistory, record } from '../../runtime/model/history';
import { formatDocument } from '../../runtime/model/formatDocument';
import type { DocState, DocValue } from '../state/documentState';

/**
 * The document changed under the editor (a peer's edit, one's own undo or redo in a shared file):
 * the next present, and the text rewritten from it, unless the user is in the middle of typing
 * (`keepText`): then the text stays as typed, and the typing is merged when it parses.
 */
export function withRemoteDocument(doc: DocState, value: DocValue, label: string, keepText: boolean): DocState {
  if (doc.history?.present === value) return doc;
  const history = doc.history ? record(doc.history, value) : createHistory(value);
  if (keepText) return { ...doc, history };
  const text = formatDocument(value);
  const labels = doc.labels[doc.labels.length - 1] === label ? doc.labels : [...doc.labels, label];
  if (text === doc.text) return { ...doc, history, broken: false };
  return { ...doc, history, text, textSeq: doc.textSeq + 1, labels, broken: false };
}

/** What a shared document is called: its file name in the data folder, and what kind of document. */
export interface DocumentName {
  /** The file name as the client sent it: `mortgage.journey.json`. */
  name: string;
  kind: 'journey' | 'cohort';
  /** The readable snapshot: `mortgage.journey.json`. */
  snapshotFile: string;
  /** The CRDT state beside it: `mortgage.journey.yjs`. */
  stateFile: string;
}

export const MAX_NAME_LENGTH = 200;

const SUFFIX = /\.(journey|cohort)\.json$/;
// No folders, no hidden files, nothing a file system (Windows included) reads specially.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[/\\<>:"|?*\u0000-\u001f\u007f]/;

/**
 * The document a connection asks for, from the path of its URL (`/mortgage.journey.json`,
 * URL-encoded), or the reason it names none: a message for the log and the close frame.
 */
export function parseDocumentName(urlPath: string): DocumentName | string {
  let name: string;
  try {
    name = decodeURIComponent(urlPath.replace(/^\//, ''));
  } catch {
    return 'the document name is not valid URL encoding';
  }
  if (name === '') return 'no document name: connect to ws://host:port/<name>.journey.json';
  if (name.length > MAX_NAME_LENGTH) return `the document name is longer than ${MAX_NAME_LENGTH} characters`;
  if (FORBIDDEN.test(name)) return 'the document name may not hold / \\ < > : " | ? * or control characters';
  if (name.startsWith('.')) return 'the document name may not start with "."';
  const m = SUFFIX.exec(name);
  if (!m || m.index === 0) return 'the document name must end in .journey.json or .cohort.json';
  const base = name.slice(0, m.index);
  return { name, kind: m[1] as 'journey' | 'cohort', snapshotFile: name, stateFile: `${base}.${m[1]}.yjs` };
}

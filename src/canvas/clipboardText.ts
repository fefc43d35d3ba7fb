import { z } from 'zod';
import { nodeSchema } from '../../nodes/registry';
import { formatDiagnostic, type Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { parseJsonText } from '../../runtime/lint/parseJsonText';
import { MAX_DOCUMENT_BYTES } from '../../runtime/model/documentLimits';
import { edgeSchema, type JourneyEdge } from '../../runtime/model/edge';
import type { JourneyNode } from '../../runtime/model/journey';
import { locate } from '../../runtime/model/parseDocument';
import type { TextLocator } from '../../runtime/model/textLocator';
import { zodIssuesToDiagnostics } from '../../runtime/model/zodIssues';

export const CLIPBOARD_FORMAT = 'journey-clipboard/1';

/** What copy puts on the clipboards (as JSON on the system one): nodes and the edges between them. */
export interface ClipboardContent {
  format: typeof CLIPBOARD_FORMAT;
  nodes: JourneyNode[];
  edges: JourneyEdge[];
}

/** What a clipboard text holds, for a paste. */
export type ClipboardText =
  /** Not journey elements (any other app's text): the paste looks elsewhere. */
  | { kind: 'foreign' }
  /** Journey elements (or a text claiming to be) that cannot be pasted, and why, for the user. */
  | { kind: 'refused'; reason: string }
  /** What fits the journey format; `note` tells the user what was left out or repeated, if anything. */
  | { kind: 'content'; content: ClipboardContent; note?: string };

/** The file name the messages give the clipboard: `clipboard:3:14: error J003 …`. */
const SOURCE = 'clipboard';
/** The most problems one message lists. */
const SHOWN = 3;

const shown = (ds: readonly Diagnostic[]) => {
  const lines = ds.slice(0, SHOWN).map((d) => formatDiagnostic({ ...d, file: SOURCE }));
  return ds.length > SHOWN ? `${lines.join('; ')}; and ${ds.length - SHOWN} more` : lines.join('; ');
};

const refused = (why: string): ClipboardText => ({ kind: 'refused', reason: `Paste refused: ${why}` });

const listsSchema = z.looseObject({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) });

/** The items of `list` that fit `schema` (as the schema gives them back), and the first problem of each that does not. */
function fitting<T>(raw: object, list: 'nodes' | 'edges', items: unknown[], schema: z.ZodType<T>, locator: TextLocator): { kept: T[]; left: Diagnostic[] } {
  const kept: T[] = [];
  const left: Diagnostic[] = [];
  items.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) kept.push(r.data);
    else left.push(...locate(zodIssuesToDiagnostics(r.error.issues.map((issue) => ({ ...issue, path: [list, i, ...issue.path] })), raw).slice(0, 1), locator));
  });
  return { kept, left };
}

/**
 * Clipboard text back to journey elements. The clipboard is untrusted (another tab, another app, a
 * hostile page), so it is read as a document is: under the document limits (at most 50 MB, nesting
 * at most 256 deep, no number that overflows, no `__proto__` key; repeated keys noted), then each
 * node and edge against the journey schema, keeping the ones that fit. Nothing in it is evaluated.
 */
export function readClipboardText(text: string): ClipboardText {
  // Copy writes a JSON object: any other text is not ours.
  if (!/^\s*\{/.test(text)) return { kind: 'foreign' };
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    if (parsed.tooLarge) return refused(`the clipboard holds more than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB (${MAX_DOCUMENT_BYTES.toLocaleString('en-US')} bytes) of text, more than a journey document may hold; copy fewer nodes at a time`);
    // Broken JSON that does not even name our format is someone else's text.
    if (!text.includes(CLIPBOARD_FORMAT)) return { kind: 'foreign' };
    return refused(`the clipboard text cannot be read safely: ${shown(parsed.errors)}`);
  }
  const raw = parsed.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== CLIPBOARD_FORMAT) return { kind: 'foreign' };
  const lists = listsSchema.safeParse(raw);
  if (!lists.success) return refused(`the clipboard's journey elements are not lists of nodes and edges: ${shown(locate(zodIssuesToDiagnostics(lists.error.issues, raw), parsed.locator))}; copy the nodes again`);
  const nodes = fitting<JourneyNode>(raw, 'nodes', lists.data.nodes, nodeSchema, parsed.locator);
  const edges = fitting<JourneyEdge>(raw, 'edges', lists.data.edges, edgeSchema, parsed.locator);
  if (nodes.kept.length === 0) {
    return refused(lists.data.nodes.length === 0 ? 'the clipboard holds no nodes; select nodes on a map and copy them' : `no node on the clipboard fits the journey format: ${shown(nodes.left)}`);
  }
  const left = [...nodes.left, ...edges.left];
  const notes = [
    left.length > 0 ? `Left out of the paste, as they do not fit the journey format: ${shown(left)}.` : '',
    parsed.warnings.length > 0 ? `Keys repeated on the clipboard (the last of each is used): ${shown(parsed.warnings)}.` : '',
  ].filter(Boolean);
  const content: ClipboardContent = { format: CLIPBOARD_FORMAT, nodes: nodes.kept, edges: edges.kept };
  return notes.length > 0 ? { kind: 'content', content, note: notes.join(' ') } : { kind: 'content', content };
}

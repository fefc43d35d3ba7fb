import { nodeKind } from '../../nodes/registry';
import type { JourneyEdge } from '../../runtime/model/edge';
import type { Journey, JourneyNode } from '../../runtime/model/journey';
import type { Selection } from './selection';

export const CLIPBOARD_FORMAT = 'journey-clipboard/1';

/** What copy puts on the clipboards (as JSON on the system one): nodes and the edges between them. */
export interface ClipboardContent {
  format: typeof CLIPBOARD_FORMAT;
  nodes: JourneyNode[];
  edges: JourneyEdge[];
}

/** The selected nodes and every edge between two of them; undefined when no node is selected. */
export function clipboardOf(journey: Journey, selection: Selection): ClipboardContent | undefined {
  const ids = new Set(selection.nodes);
  const nodes = journey.nodes.filter((n) => ids.has(n.id));
  if (nodes.length === 0) return undefined;
  const edges = journey.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  return { format: CLIPBOARD_FORMAT, nodes, edges };
}

/** Clipboard text back to content: undefined unless it is our format with nodes of known kinds. */
export function parseClipboardText(text: string): ClipboardContent | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const c = data as Partial<ClipboardContent>;
  if (c.format !== CLIPBOARD_FORMAT || !Array.isArray(c.nodes) || !Array.isArray(c.edges)) return undefined;
  const nodes = c.nodes.filter((n): n is JourneyNode => isObject(n) && typeof n.id === 'string' && typeof n.kind === 'string' && nodeKind(n.kind) !== undefined);
  const edges = c.edges.filter((e): e is JourneyEdge => isObject(e) && typeof e.id === 'string' && typeof e.from === 'string' && typeof e.to === 'string');
  return nodes.length > 0 ? { format: CLIPBOARD_FORMAT, nodes, edges } : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

let inApp: ClipboardContent | undefined;
let inAppText = '';

/** Copy to the in-app clipboard and, when the browser lets us, to the system clipboard as JSON. */
export async function writeClipboard(content: ClipboardContent): Promise<void> {
  inApp = content;
  inAppText = JSON.stringify(content, null, 2);
  try {
    await navigator.clipboard?.writeText(inAppText);
  } catch {
    // no permission or no focus: the in-app clipboard still has it
  }
}

/** The system clipboard when it holds journey elements (e.g. copied in another tab), else the in-app one. */
export async function readClipboard(): Promise<ClipboardContent | undefined> {
  try {
    const text = await navigator.clipboard?.readText();
    if (text !== undefined && text !== inAppText) {
      const parsed = parseClipboardText(text);
      if (parsed) return parsed;
    }
  } catch {
    // no permission: fall back to the in-app clipboard
  }
  return inApp;
}

/** Forget the in-app clipboard (tests). */
export function clearInAppClipboard(): void {
  inApp = undefined;
  inAppText = '';
}

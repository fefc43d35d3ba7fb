import type { Journey } from '../../runtime/model/journey';
import { notify } from '../state/uiActions';
import type { Severity } from '../state/uiStore';
import { CLIPBOARD_FORMAT, readClipboardText, type ClipboardContent, type ClipboardText } from './clipboardText';
import type { Selection } from './selection';

export { CLIPBOARD_FORMAT, type ClipboardContent } from './clipboardText';

/** The selected nodes and every edge between two of them; undefined when no node is selected. */
export function clipboardOf(journey: Journey, selection: Selection): ClipboardContent | undefined {
  const ids = new Set(selection.nodes);
  const nodes = journey.nodes.filter((n) => ids.has(n.id));
  if (nodes.length === 0) return undefined;
  const edges = journey.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  return { format: CLIPBOARD_FORMAT, nodes, edges };
}

/** Clipboard text back to content: undefined unless it is our format with nodes that fit (see readClipboardText). */
export function parseClipboardText(text: string): ClipboardContent | undefined {
  const read = readClipboardText(text);
  return read.kind === 'content' ? read.content : undefined;
}

/** How a paste tells the user what it refused or left out (a notification in the workbench). */
export type PasteReport = (message: string, severity: Severity) => void;

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

/**
 * What to paste: the system clipboard when it holds journey elements (e.g. copied in another tab),
 * else the in-app clipboard. The system clipboard is untrusted: elements that do not fit the journey
 * format are left out, and a text over the document limits is refused (then nothing is pasted);
 * `report` tells the user either way.
 */
export async function readClipboard(report: PasteReport = notify): Promise<ClipboardContent | undefined> {
  let text: string | undefined;
  try {
    text = await navigator.clipboard?.readText();
  } catch {
    // no permission: fall back to the in-app clipboard
  }
  if (text === undefined || text === inAppText) return inApp;
  let read: ClipboardText;
  try {
    read = readClipboardText(text);
  } catch (err) {
    report(`Paste refused: the clipboard text could not be read (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`, 'error');
    return undefined;
  }
  if (read.kind === 'foreign') return inApp;
  if (read.kind === 'refused') {
    report(read.reason, 'error');
    return undefined;
  }
  if (read.note) report(read.note, 'warning');
  return read.content;
}

/** Forget the in-app clipboard (tests). */
export function clearInAppClipboard(): void {
  inApp = undefined;
  inAppText = '';
}

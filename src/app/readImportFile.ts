import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { decodeDocument } from '../../runtime/model/decodeDocument';
import { MAX_DOCUMENT_BYTES, tooLargeReason } from '../../runtime/model/documentLimits';
import { binaryReason } from './binaryReason';

/** What an imported file needs to be read: a File (dialog, drop) or any Blob with a name. */
export type ImportFile = Pick<File, 'name' | 'size' | 'slice'>;

/** A file's text to import; `notUtf8`: its bytes were not all UTF-8 (J035, as the CLI says it), the bad ones held as U+FFFD. */
export type ImportRead = { text: string; notUtf8?: Diagnostic } | { reason: string };

/**
 * The text of a file to import, as the CLI reads one: at most MAX_DOCUMENT_BYTES (checked on its
 * size first, and no more than one byte past the limit is read), UTF-8. A text with bytes that are
 * not UTF-8 still comes in, to be fixed, with its J035 (never replaced in silence); what cannot be
 * held (too large, unreadable, binary data) is refused, in one line naming the file.
 */
export async function readImportFile(file: ImportFile): Promise<ImportRead> {
  const cannot = (why: string) => ({ reason: `${file.name}: cannot read: ${why}` });
  const tooLarge = tooLargeReason(file.size);
  if (tooLarge) return cannot(tooLarge);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.slice(0, MAX_DOCUMENT_BYTES + 1).arrayBuffer());
  } catch (err) {
    return cannot(err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
  const grown = tooLargeReason(bytes.length, false);
  if (grown) return cannot(grown);
  const decoded = decodeDocument(bytes, file.name);
  const text = 'text' in decoded ? decoded.text : new TextDecoder('utf-8').decode(bytes);
  const binary = binaryReason(bytes, text);
  if (binary) return { reason: `${file.name}: cannot import: ${binary}: a journey or cohort is JSON text in UTF-8` };
  return 'diagnostic' in decoded ? { text, notUtf8: decoded.diagnostic } : decoded;
}

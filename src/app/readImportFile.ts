import { formatDiagnostic } from '../../runtime/diagnostics/diagnostic';
import { decodeDocument } from '../../runtime/model/decodeDocument';
import { MAX_DOCUMENT_BYTES, tooLargeReason } from '../../runtime/model/documentLimits';

/** What an imported file needs to be read: a File (dialog, drop) or any Blob with a name. */
export type ImportFile = Pick<File, 'name' | 'size' | 'slice'>;

/**
 * The text of a file to import, as the CLI reads one: at most MAX_DOCUMENT_BYTES (checked on its
 * size first, and no more than one byte past the limit is read), strict UTF-8 (J035 at the first bad
 * byte, never replaced in silence); else why not, in one line naming the file.
 */
export async function readImportFile(file: ImportFile): Promise<{ text: string } | { reason: string }> {
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
  return 'diagnostic' in decoded ? { reason: formatDiagnostic(decoded.diagnostic) } : decoded;
}

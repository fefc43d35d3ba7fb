/** A file system error in a few words, for `<path>: cannot read: <reason>` (no stack, one line). */
export function fsErrorReason(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'ELOOP') return 'too many symbolic links';
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

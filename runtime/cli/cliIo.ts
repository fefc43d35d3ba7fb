/** What commands may do to the outside world; injected so commands run in tests without a process. */
export interface CliIo {
  readText(path: string): string;
  writeText(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Is stderr a terminal (for progress bars)? */
  stderrIsTTY: boolean;
  /** Resolve a path relative to a file's folder. */
  resolveBeside(file: string, relative: string): string;
}

/** A failure the CLI reports as one line and an exit code (never a stack trace). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit codes: 0 ok; 1 the documents have errors; 2 the command could not run (usage, unreadable file). */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/**
 * A problem with an input the user gave us (not a bug in hearsay): the CLI
 * prints it as one line, `hearsay: FILE: reason`, and never a stack trace.
 */
export class InputError extends Error {
  /** The path (or "-" for stdin) the problem is about. */
  readonly file: string;
  /** Why the input cannot be read, as a short phrase. */
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
    this.file = file;
    this.reason = reason;
  }
}

export const isInputError = (e: unknown): e is InputError => e instanceof InputError;

/** Exit codes shared by every vm2pve CLI. */
export const EXIT_OK = 0;
/** Bad input or usage: one line on stderr naming the file (when there is one) and the problem. */
export const EXIT_BAD_INPUT = 2;
/** Anything else: a bug or an environment failure. */
export const EXIT_INTERNAL = 1;

/** An error meant for the user: printed as one line, exit code 2 unless stated. */
export class CliError extends Error {
  readonly exitCode: number;
  readonly code: string;
  constructor(code: string, message: string, exitCode: number = EXIT_BAD_INPUT) {
    super(message);
    this.name = 'CliError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** Collapse a message to one printable line (no stack, no control characters). */
export function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
}

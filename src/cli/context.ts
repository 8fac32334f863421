// What every command gets from the global options, and the one way commands write output.
import type { Lang } from '../i18n/index.js';

export interface CliContext {
  lang: Lang;
  debug: boolean;
  /** Colours on stdout (a TTY, and not turned off by NO_COLOR / --no-color). */
  color: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** An error the user can act on: printed as its message, no stack trace, with an exit code. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 2) {
    super(message);
    this.name = 'UsageError';
  }
}

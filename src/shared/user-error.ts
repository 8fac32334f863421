// A failure below the CLI that is the user's to fix (a file that cannot be written, an output that
// would replace an input): it carries its own message in both languages, and the CLI prints it
// as it is, with exit code 2 — never as "lỗi nội bộ" with a stack trace.
import type { Localized } from '../i18n/index.js';

export class UserError extends Error {
  constructor(readonly text: Localized, readonly exitCode: 1 | 2 = 2) {
    super(text.en);
    this.name = 'UserError';
  }
}

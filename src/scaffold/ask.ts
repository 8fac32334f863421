// One way to get an answer, whoever gives it: a command-line flag first, then what the config
// already knows (decided by the caller), then a question on the terminal, then a default. With
// no terminal (CI, scripts) or with --yes, nothing is asked: a missing required answer is
// collected, and `finish()` fails once with exit 2, naming every flag to use.
import { localize, type Lang, type Localized } from '../i18n/index.js';
import { UsageError } from '../cli/context.js';

export interface Choice {
  value: string;
  name: Localized;
  description?: Localized;
}

interface BaseQuestion {
  /** The flag that gives the same answer: "--trich-yeu". */
  flag: string;
  message: Localized;
}

export interface TextQuestion extends BaseQuestion {
  default?: string;
  /** An empty answer is not accepted. */
  required?: boolean;
  /** Returns a problem with the value, or undefined when it is fine. */
  validate?: (value: string) => Localized | undefined;
}

export interface SelectQuestion extends BaseQuestion {
  choices: Choice[];
  default?: string;
  required?: boolean;
}

export interface ConfirmQuestion extends BaseQuestion {
  default: boolean;
}

const text = {
  required: { vi: 'Cần nhập câu trả lời.', en: 'An answer is needed.' },
  badFlag: { vi: 'Giá trị của {{flag}} không dùng được: {{problem}}', en: 'The value of {{flag}} cannot be used: {{problem}}' },
  badChoice: { vi: '{{flag}} nhận một trong các giá trị: {{choices}} (bạn ghi “{{value}}”).', en: '{{flag}} takes one of: {{choices}} (you wrote “{{value}}”).' },
  missing: { vi: 'Thiếu thông tin bắt buộc, và không có cửa sổ dòng lệnh để hỏi. Hãy ghi thêm:\n{{list}}', en: 'Required answers are missing and there is no terminal to ask. Add:\n{{list}}' },
  missingYes: { vi: 'Thiếu thông tin bắt buộc (đã dùng --yes nên dvk không hỏi). Hãy ghi thêm:\n{{list}}', en: 'Required answers are missing (--yes was given, so dvk asks nothing). Add:\n{{list}}' },
  cancelled: { vi: 'Đã hủy; chưa ghi tệp nào.', en: 'Cancelled; no file was written.' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  selectHelp: { vi: '↑↓ chọn • ⏎ xác nhận', en: '↑↓ move • ⏎ select' },
  yesNoHint: { vi: '(c/k)', en: '(y/n)' },
  yesNoAgain: { vi: 'Gõ c (có) hoặc k (không), rồi Enter.', en: 'Type y (yes) or n (no), then Enter.' },
} satisfies Record<string, Localized>;

export interface AskerOptions {
  interactive: boolean;
  lang: Lang;
  /** Only true when --yes was given (for the wording of the error). */
  yes?: boolean;
}

type Prompts = typeof import('@inquirer/prompts');

export class Asker {
  private readonly missing: { flag: string; message: string }[] = [];
  private prompts?: Prompts;

  constructor(private readonly options: AskerOptions) {}

  get interactive(): boolean {
    return this.options.interactive;
  }

  private t(message: Localized, data?: Record<string, string | number>): string {
    return localize(message, this.options.lang, data);
  }

  private async load(): Promise<Prompts> {
    this.prompts ??= await import('@inquirer/prompts');
    return this.prompts;
  }

  private note(question: BaseQuestion): undefined {
    this.missing.push({ flag: question.flag, message: this.t(question.message).replace(/:$/, '') });
    return undefined;
  }

  /** A line of text. Empty answers become undefined (unless required). */
  async text(question: TextQuestion, given?: string): Promise<string | undefined> {
    if (given !== undefined) {
      const value = given.normalize('NFC').trim();
      if (!value && question.required) throw new UsageError(this.t(text.badFlag, { flag: question.flag, problem: this.t(text.required) }));
      const problem = value ? question.validate?.(value) : undefined;
      if (problem) throw new UsageError(this.t(text.badFlag, { flag: question.flag, problem: this.t(problem) }));
      return value || undefined;
    }
    if (!this.interactive) {
      if (question.default !== undefined) return question.default;
      return question.required ? this.note(question) : undefined;
    }
    const { input } = await this.load();
    const answer = await guard(this, () =>
      input({
        message: this.t(question.message),
        ...(question.default !== undefined ? { default: question.default } : {}),
        validate: (raw: string) => {
          const value = raw.normalize('NFC').trim();
          if (!value) return question.required ? this.t(text.required) : true;
          const problem = question.validate?.(value);
          return problem ? this.t(problem) : true;
        },
      }),
    );
    const value = answer.normalize('NFC').trim();
    return value || undefined;
  }

  async select(question: SelectQuestion, given?: string): Promise<string | undefined> {
    if (given !== undefined) {
      const found = question.choices.find((c) => c.value === given.trim());
      if (!found) {
        throw new UsageError(this.t(text.badChoice, { flag: question.flag, choices: question.choices.map((c) => c.value).join(', '), value: given }));
      }
      return found.value;
    }
    if (!this.interactive) {
      if (question.default !== undefined) return question.default;
      return question.required ? this.note(question) : undefined;
    }
    const { select } = await this.load();
    return guard(this, () =>
      select({
        message: this.t(question.message),
        choices: question.choices.map((c) => ({
          value: c.value,
          name: this.t(c.name),
          ...(c.description ? { description: this.t(c.description) } : {}),
        })),
        ...(question.default !== undefined ? { default: question.default } : {}),
        theme: { style: { keysHelpTip: () => this.t(text.selectHelp) } },
      }),
    );
  }

  async confirm(question: ConfirmQuestion, given?: boolean): Promise<boolean> {
    if (given !== undefined) return given;
    if (!this.interactive) return question.default;
    // Not inquirer's confirm: it reads anything but y/yes as "no", so a clerk's “có” said no.
    const { input } = await this.load();
    const answer = await guard(this, () =>
      input({
        message: `${this.t(question.message)} ${this.t(text.yesNoHint)}`,
        default: this.t(question.default ? text.yes : text.no),
        // A wrong answer is cleared and the question stays, with the hint below it.
        theme: { validationFailureMode: 'clear' },
        validate: (raw: string) => (parseYesNo(raw) === undefined ? this.t(text.yesNoAgain) : true),
        transformer: (raw: string, { isFinal }: { isFinal: boolean }) => (isFinal ? this.t(parseYesNo(raw) ? text.yes : text.no) : raw),
      }),
    );
    return parseYesNo(answer)!;
  }

  /** Fails (exit 2) when an answer that has no default was neither given nor asked. */
  finish(): void {
    if (this.missing.length === 0) return;
    const list = this.missing.map((m) => `  ${m.flag.padEnd(18)} ${m.message}`).join('\n');
    throw new UsageError(this.t(this.options.yes ? text.missingYes : text.missing, { list }));
  }

  cancelledMessage(): string {
    return this.t(text.cancelled);
  }
}

const YES = new Set(['c', 'co', 'y', 'yes', 'ok', 'dong y']);
const NO = new Set(['k', 'khong', 'ko', 'n', 'no']);

/**
 * A yes/no answer as a Vietnamese clerk types it: c, có, đồng ý, k, không, ko (with or without
 * diacritics, any case), or y, n, yes, no, ok. Undefined for anything else: the question is asked again.
 */
export function parseYesNo(raw: string): boolean | undefined {
  const word = raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[\s.!]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return undefined;
}

/** Ctrl+C inside a prompt: a plain message and exit 2, never a stack trace. */
async function guard<T>(asker: Asker, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new UsageError(asker.cancelledMessage());
    }
    throw error;
  }
}

/** A terminal on both ends: questions can be asked and answered. */
export function canAsk(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

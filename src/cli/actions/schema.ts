// The work behind `dvk schema`.
import { basename } from 'node:path';
import { localize, type Localized } from '../../i18n/index.js';
import { modeline, schemaPath } from '../../scaffold/schema-paths.js';
import type { SchemaOptions } from '../commands/schema.js';
import type { CliContext } from '../context.js';

const text = {
  listing: {
    vi: 'Schema kế hoạch:  {{plan}}\nSchema cấu hình:  {{config}}\n\nĐể VS Code (tiện ích YAML của Red Hat) gợi ý và kiểm tra, đặt dòng sau ở đầu tệp kế hoạch\n(`dvk new` tự ghi; xem docs/editor.md):\n{{line}}\n',
    en: 'Plan schema:    {{plan}}\nConfig schema:  {{config}}\n\nFor completion and checking in VS Code (Red Hat YAML extension), put this line at the top of a plan\n(`dvk new` writes it; see docs/editor.md):\n{{line}}\n',
  },
} satisfies Record<string, Localized>;

export function runSchema(file: string | undefined, options: SchemaOptions, ctx: CliContext): number {
  // A file named dvk.config.yaml gets the config schema without needing --config.
  const kind = options.config || (file !== undefined && /^dvk\.config\.ya?ml$/.test(basename(file))) ? 'config' : 'plan';
  if (options.json) {
    ctx.stdout(`${JSON.stringify({ plan: schemaPath('plan'), config: schemaPath('config'), modeline: modeline(kind, file) }, null, 2)}\n`);
    return 0;
  }
  if (options.modeline) {
    ctx.stdout(`${modeline(kind, file)}\n`);
    return 0;
  }
  ctx.stdout(localize(text.listing, ctx.lang, { plan: schemaPath('plan'), config: schemaPath('config'), line: modeline('plan', file) }));
  return 0;
}

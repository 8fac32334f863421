// The work behind `dvk explain <rule>`: one rule in words, from its meta (the same text as its
// page in docs/rules/).
import { nearest } from '../../shared/did-you-mean.js';
import { catalogMetas } from '../../lint/catalog.js';
import { describeRule } from '../../lint/describe.js';
import { localize } from '../../i18n/index.js';
import { UsageError, type CliContext } from '../context.js';

const text = {
  unknown: { vi: 'Không có quy tắc “{{rule}}”.{{hint}} Xem danh sách: dvk rules', en: 'There is no rule “{{rule}}”.{{hint}} See the list: dvk rules' },
  didYouMean: { vi: ' Có phải ý bạn là “{{suggestion}}”?', en: ' Did you mean “{{suggestion}}”?' },
};

export function runExplain(ruleId: string, ctx: CliContext): number {
  const metas = catalogMetas();
  const meta = metas.find((m) => m.id === ruleId.trim());
  if (!meta) {
    // A person typing at the prompt: one edit more of slack than in a file.
    const suggestion = nearest(ruleId, metas.map((m) => m.id), 3);
    const hint = suggestion ? localize(text.didYouMean, ctx.lang, { suggestion }) : '';
    throw new UsageError(localize(text.unknown, ctx.lang, { rule: ruleId, hint }));
  }
  ctx.stdout(describeRule(meta, ctx.lang, 'text'));
  return 0;
}

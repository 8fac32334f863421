// Run-level check: one organ or one signer written two ways across the plans of a run ("ỦY BAN
// NHÂN DÂN TỈNH" here, "UỶ BAN NHÂN DÂN TỈNH" there; "Nguyễn Văn An" and "Nguyễn văn An").
// Precision first: two names are the same only when they differ in nothing but tone-mark
// placement (hòa/hoà, ủy/uỷ), letter case (signer names only: the renderer prints organ names in
// capitals whatever the case) and spacing; "Nguyễn Văn An" and "Nguyễn Văn Ân" may be two people
// and are never compared. The form most plans use is taken as the office's; each plan with
// another form gets one finding naming a plan with the common form (a tie: both sides are told).
import { localize } from '../../i18n/index.js';
import type { Finding } from '../../report/finding.js';
import { docsUrlFor } from '../docs-page.js';
import { hd36, nd30 } from '../helpers/basis.js';
import { toToneStyle } from '../helpers/vietnamese.js';
import type { RuleMeta } from '../rule.js';
import type { CrossRule, RunName, RunPlan } from './run-plan.js';
import { placeOf } from './series.js';

const meta: RuleMeta = {
  id: 'name-spelling-across-plans',
  title: { vi: 'Tên cơ quan, người ký viết thống nhất giữa các văn bản', en: 'Organ and signer names written the same way across plans' },
  description: {
    vi: 'Trong một lần kiểm tra nhiều tệp, cùng một cơ quan ban hành, cơ quan cấp trên hoặc người ký phải được viết như nhau. dvk chỉ so các cách viết khác nhau ở vị trí dấu thanh (hòa/hoà, ủy/uỷ), chữ hoa, chữ thường (tên người ký) và khoảng trắng; tên khác chữ cái hay dấu (An/Ân) có thể là người khác nên không so.',
    en: 'Across the files of one run, one issuing organ, parent organ or signer must be written the same way. dvk compares only forms that differ in tone-mark placement (hòa/hoà, ủy/uỷ), letter case (signer names) and spacing; names that differ in a letter or a mark (An/Ân) may be different people and are not compared.',
  },
  systems: ['state', 'party'],
  severity: 'info',
  // Where the names are written; that one office writes them one way is dvk's consistency check, not a clause of its own.
  basis: { state: nd30('Phụ lục I, mục II.3 (tên cơ quan ban hành) và II.7 (họ tên người ký)'), party: hd36('mục tên cơ quan ban hành; mục chữ ký, họ tên người ký') },
  fix: 'none',
  tags: ['co-quan', 'nguoi-ky', 'nhieu-tep'],
  messages: {
    variant: {
      vi: '{{what}} viết “{{written}}”, trong khi {{count}} văn bản khác viết “{{common}}” (ví dụ {{other}}).',
      en: '{{what}} is written “{{written}}”, while {{count}} other document(s) write “{{common}}” (e.g. {{other}}).',
    },
    here: { vi: 'Viết “{{common}}”.', en: 'Written “{{common}}”.' },
  },
  examples: {
    wrong: '# a.yaml\nco_quan:\n  cap_tren: ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n# b.yaml\nco_quan:\n  cap_tren: UỶ BAN NHÂN DÂN TỈNH HÀ NAM',
    right: '# a.yaml\nco_quan:\n  cap_tren: ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n# b.yaml\nco_quan:\n  cap_tren: ỦY BAN NHÂN DÂN TỈNH HÀ NAM',
  },
};

const WHAT = {
  co_quan: { vi: 'Tên cơ quan ban hành', en: 'The issuing organ' },
  cap_tren: { vi: 'Tên cơ quan cấp trên', en: 'The parent organ' },
  nguoi_ky: { vi: 'Họ tên người ký', en: 'The signer’s name' },
};

/** Organs are one group (an organ may be the issuer in one plan and the parent in another); signers another. */
const groupOf = (kind: RunName['kind']) => (kind === 'nguoi_ky' ? 'nguoi_ky' : 'co_quan');
const spaced = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
/** The form as printed: organ names in capitals (the renderer prints them so), spacing normalised. */
const printed = (n: RunName) => (n.kind === 'nguoi_ky' ? spaced(n.text) : spaced(n.text).toLocaleUpperCase('vi'));
/** What two forms of one name share: case, tone-mark placement and spacing aside. */
const sameName = (n: RunName) => `${groupOf(n.kind)}|${toToneStyle(spaced(n.text).toLocaleLowerCase('vi'), 'new')}`;

export const nameSpellingAcrossPlans: CrossRule = {
  meta,
  checkRun(plans, lang) {
    // name key → printed form → the plans using it (with the place), in run order.
    const groups = new Map<string, Map<string, { plan: RunPlan; name: RunName }[]>>();
    // A repository writes the same few names thousands of times: each written form is normalised once.
    const keyed = new Map<string, { key: string; form: string }>();
    for (const p of plans) {
      if (p.plan.draft) continue;
      for (const n of p.names ?? []) {
        const written = `${n.kind}\0${n.text}`;
        let known = keyed.get(written);
        if (!known) keyed.set(written, (known = { key: sameName(n), form: printed(n) }));
        const { key, form } = known;
        const forms = groups.get(key) ?? new Map<string, { plan: RunPlan; name: RunName }[]>();
        const users = forms.get(form) ?? [];
        // One plan counts once per form (an organ that is both issuer and parent of one plan).
        // Plans come in run order, so a plan already counted is the last one.
        if (users.at(-1)?.plan !== p) users.push({ plan: p, name: n });
        forms.set(form, users);
        groups.set(key, forms);
      }
    }
    const findings: Finding[] = [];
    for (const forms of groups.values()) {
      if (forms.size < 2) continue;
      const ranked = [...forms.entries()].sort((a, b) => b[1].length - a[1].length);
      const top = ranked[0]![1].length;
      for (const [form, users] of ranked) {
        // The most common form is the office's; on a tie every form is told about the other.
        const reference = users.length === top ? ranked.find(([f, u]) => f !== form && u.length === top) ?? ranked.find(([f]) => f !== form)! : ranked[0]!;
        if (users.length === top && ranked.filter(([, u]) => u.length === top).length === 1) continue;
        const [common, commonUsers] = reference;
        const first = commonUsers[0]!;
        for (const { plan, name } of users) {
          findings.push({
            ruleId: meta.id,
            severity: meta.severity,
            message: localize(meta.messages.variant!, lang, {
              what: WHAT[name.kind][lang],
              written: form,
              common,
              count: commonUsers.length,
              other: placeOf(first.plan.file, first.name.range),
            }),
            file: plan.file,
            range: name.range,
            docsUrl: docsUrlFor(meta.id),
            related: [{ file: first.plan.file, range: first.name.range, message: localize(meta.messages.here!, lang, { common }) }],
          });
        }
      }
    }
    return findings;
  },
};

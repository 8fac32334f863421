// dvk.config.yaml: organisation defaults (for `dvk new`), allowed profile adjustments, rule
// severities. Found by walking up from the plan's folder, like .eslintrc / .markdownlint.yaml.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { nearest } from '../shared/did-you-mean.js';
import { localize, type Lang } from '../i18n/index.js';
import { LineCounter, parseDocument } from 'yaml';
import { parsePlanYaml } from '../plan/load.js';
import { createSourceMap, type SourceMap } from '../plan/source-map.js';
import { readPlanFile } from '../plan/read.js';
import type { ProfileId } from '../plan/model.js';
import type { FileReport, Finding } from '../report/finding.js';
import { validateAgainst } from '../schema/validate.js';
import { adjustProfile } from '../profile/adjust.js';
import { loadProfile } from '../profile/index.js';
import { profileIds } from '../profile/ids.js';

export const CONFIG_FILE_NAMES = ['dvk.config.yaml', 'dvk.config.yml'] as const;

/** Whether a path names a config file (checked against the config schema, never as a plan). */
export function isConfigFile(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? '';
  return (CONFIG_FILE_NAMES as readonly string[]).includes(name);
}

export type RuleSetting = 'off' | 'info' | 'warning' | 'error' | { muc_do?: 'off' | 'info' | 'warning' | 'error'; tuy_chon?: Record<string, unknown> };

export interface DvkConfig {
  dvk?: 1;
  he_thong?: 'nha_nuoc' | 'dang';
  the_thuc?: ProfileId;
  ngay_chuyen_hd05?: string;
  co_quan?: { cap_tren?: string; ten?: string; viet_tat?: string };
  dia_danh?: string;
  nguoi_ky?: { quyen_han?: string; tap_the?: string; chuc_vu?: string; ho_ten?: string };
  noi_nhan?: { gui?: string[]; luu?: string };
  trinh_bay?: { le?: { tren?: number; duoi?: number; trai?: number; phai?: number }; co_noi_dung?: number; thut_dau_dong_cm?: number; cach_doan_pt?: number };
  thu_muc_mau?: string;
  quy_tac?: Record<string, RuleSetting>;
  cai_dat?: CaiDat;
}

/** `cai_dat`: the organisation's data the rules read; documented in schemas/config.schema.json. */
export interface CaiDat {
  /** Abbreviations readers know (abbrev-defined-before-use), or abbreviation → full name (also noi-nhan-duplicate). */
  viet_tat?: string[] | Record<string, string>;
  /** The tone-mark style the organisation uses (tone-mark-consistent). */
  kieu_dau_thanh?: 'moi' | 'cu';
  /** Party committee terms: documents are numbered per term (duplicate-so-ky-hieu). */
  nhiem_ky?: { tu: string; den: string }[];
}

export interface LoadedConfig {
  /** Absolute path of the config file, when one was found. */
  file?: string;
  config: DvkConfig;
  /** Problems in the config file itself (reported like plan problems). */
  findings: Finding[];
  /** Positions in the config file (absent when it could not be parsed). */
  sourceMap?: SourceMap;
}

/** The nearest dvk.config.yaml in `startDir` or its parents. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const cache = new Map<string, Promise<LoadedConfig>>();

/** A config file checked on its own (`dvk validate dvk.config.yaml`, or named to `dvk lint`), as one file's report. */
export async function configFileReport(file: string, lang: Lang, options: ConfigCheckOptions = {}): Promise<FileReport> {
  const loaded = await loadConfigFile(resolve(file), lang, options);
  const findings = [...loaded.findings, ...layoutProblems(loaded, file, lang)];
  const shown = findings.map((f) => ({ ...f, file }));
  return { file, findings: shown, ...(shown.some((f) => f.fatal) ? { unusable: true } : {}) };
}

/**
 * `trinh_bay` values outside the legal ranges of the profiles this config can apply to (its
 * `the_thuc`, else those of its `he_thong`, else all): the same check and the same warning
 * `dvk render` gives, so that `dvk validate dvk.config.yaml` does not pass what render refuses.
 */
function layoutProblems(loaded: LoadedConfig, file: string, lang: Lang): Finding[] {
  const { config, sourceMap } = loaded;
  if (!config.trinh_bay || !sourceMap) return [];
  // The profiles come from profiles/*.yaml (ids are the file names), never from a list here.
  const ids: ProfileId[] = config.the_thuc ? [config.the_thuc] : profileIds().filter((id) => !config.he_thong || loadProfile(id).he_thong === config.he_thong);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const id of ids) {
    for (const problem of adjustProfile(loadProfile(id), config.trinh_bay).problems) {
      const message = localize(problem.message, lang);
      if (seen.has(message)) continue;
      seen.add(message);
      findings.push({ ruleId: 'config/trinh-bay-ngoai-khoang', severity: 'warning', message, file, path: problem.path, range: sourceMap.locate(problem.path) });
    }
  }
  return findings;
}

export interface ConfigCheckOptions {
  /** The rule ids of the catalog: a `quy_tac` key that names none of them is reported (a typo would silently not apply). */
  knownRuleIds?: readonly string[];
  /** What is wrong with a rule's `tuy_chon` (src/lint/options.ts): 'none' when the rule takes no options. */
  ruleOptionProblems?: (ruleId: string, given: Record<string, unknown>) => string[] | 'none';
}

export function loadConfigFor(planFile: string, lang: Lang, options: ConfigCheckOptions = {}): Promise<LoadedConfig> {
  const file = findConfigFile(dirname(resolve(planFile)));
  if (!file) return Promise.resolve({ config: {}, findings: [] });
  const key = `${file}|${lang}|${options.knownRuleIds ? 'rules' : ''}`;
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = loadConfigFile(file, lang, options);
    cache.set(key, loaded);
  }
  return loaded;
}

export async function loadConfigFile(file: string, lang: Lang, options: ConfigCheckOptions = {}): Promise<LoadedConfig> {
  const read = await readPlanFile(file, lang);
  if ('fatal' in read) return { file, config: {}, findings: [read.fatal] };
  const parsed = parsePlanYaml(read.text, file, lang);
  if ('fatal' in parsed) return { file, config: {}, findings: parsed.fatal };
  // Parse again without the plan loader's colon-in-text repair: rule ids under `quy_tac` are
  // kebab-case keys (`quyen-han-format: warning`), which that repair would take for text.
  const lineCounter = new LineCounter();
  // A CR alone ends a line, as in parsePlanYaml (same length: offsets do not move).
  const text = read.text.replace(/\r(?!\n)/g, '\n');
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter, uniqueKeys: true, prettyErrors: false });
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  const sourceMap = createSourceMap(doc, lineCounter, text);
  const findings = [...read.findings, ...validateAgainst('config', data, sourceMap, file, lang)];
  const broken = findings.some((f) => f.severity === 'error');
  // A warning, not an error: the rest of the config still applies.
  if (!broken && options.knownRuleIds) findings.push(...unknownRuleIds(data as DvkConfig, options.knownRuleIds, sourceMap, file, lang));
  if (!broken && options.ruleOptionProblems) findings.push(...badRuleOptions(data as DvkConfig, options.ruleOptionProblems, sourceMap, file, lang));
  return { file, config: broken ? {} : (data as DvkConfig), findings, sourceMap };
}

export const unknownRuleText = {
  vi: 'Không có quy tắc “{{id}}”: dòng này không có tác dụng.',
  en: 'There is no rule “{{id}}”: this line has no effect.',
};
const didYouMeanRule = { vi: ' Có phải ý bạn là “{{suggestion}}”?', en: ' Did you mean “{{suggestion}}”?' };
const listRules = { vi: ' Xem danh sách bằng `dvk rules`.', en: ' See the list with `dvk rules`.' };

export const ruleOptionsText = {
  none: { vi: 'Quy tắc “{{id}}” không có tùy chọn nào: tuy_chon ở đây không có tác dụng.', en: 'Rule “{{id}}” takes no options: tuy_chon here has no effect.' },
  invalid: {
    vi: 'Tùy chọn của quy tắc “{{id}}” không hợp lệ ({{problems}}); dvk chạy quy tắc với tùy chọn mặc định. Xem: dvk explain {{id}}.',
    en: 'The options of rule “{{id}}” are not valid ({{problems}}); dvk runs the rule with its defaults. See: dvk explain {{id}}.',
  },
};

function badRuleOptions(config: DvkConfig, problemsOf: NonNullable<ConfigCheckOptions['ruleOptionProblems']>, sourceMap: SourceMap, file: string, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const [id, setting] of Object.entries(config.quy_tac ?? {})) {
    if (typeof setting !== 'object' || !setting.tuy_chon) continue;
    const problems = problemsOf(id, setting.tuy_chon);
    if (problems !== 'none' && problems.length === 0) continue;
    const path = ['quy_tac', id, 'tuy_chon'];
    const message = problems === 'none' ? localize(ruleOptionsText.none, lang, { id }) : localize(ruleOptionsText.invalid, lang, { id, problems: problems.join('; ') });
    findings.push({ ruleId: 'config/rule-options', severity: 'warning', message, file, range: sourceMap.locate(path, 'key'), path });
  }
  return findings;
}

function unknownRuleIds(config: DvkConfig, known: readonly string[], sourceMap: SourceMap, file: string, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const id of Object.keys(config.quy_tac ?? {})) {
    if (known.includes(id)) continue;
    const suggestion = nearest(id, known);
    const message = localize(unknownRuleText, lang, { id }) + (suggestion ? localize(didYouMeanRule, lang, { suggestion }) : localize(listRules, lang));
    const path = ['quy_tac', id];
    findings.push({
      ruleId: 'config/unknown-rule',
      severity: 'warning',
      message,
      file,
      range: sourceMap.locate(path, 'key'),
      path,
    });
  }
  return findings;
}

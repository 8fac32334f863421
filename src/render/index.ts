// Rendering, end to end for one plan: resolve the profile (src/profile/resolve.ts), apply the
// organisation's adjustments, load the wording, compose the intermediate document, and hand it
// to a backend. The .docx backend (and the docx package) is loaded only when a .docx is asked for.
import { dirname, isAbsolute, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { loadConfigFor, type LoadedConfig } from '../config/index.js';
import { localize, type Lang } from '../i18n/index.js';
import type { Plan, ProfileId } from '../plan/model.js';
import { parsePlanYaml } from '../plan/load.js';
import { readPlanFile } from '../plan/read.js';
import { adjustProfile } from '../profile/adjust.js';
import type { Profile } from '../profile/index.js';
import { profileConflictFindings, resolveProfile } from '../profile/resolve.js';
import type { SourceMap } from '../plan/source-map.js';
import { START_OF_FILE, type Finding, type PlanPath, type Range } from '../report/finding.js';
import { composeDocument } from './compose.js';
import type { RenderDocument } from './document.js';
import { renderMarkdown } from './markdown/index.js';
import { loadWording } from './templates.js';

export interface PreparedDocument {
  doc: RenderDocument;
  profile: Profile;
  reason: { vi: string; en: string };
  /** Problems in the organisation's config (outside the legal ranges, missing template folder, a pinned profile of the other system). */
  findings: Finding[];
}

const messages = {
  noTemplateFolder: {
    vi: 'Không tìm thấy thư mục mẫu “{{folder}}” (thu_muc_mau). Sửa đường dẫn (tính từ thư mục của dvk.config.yaml) hoặc bỏ dòng này để dùng mẫu có sẵn.',
    en: 'Template folder “{{folder}}” (thu_muc_mau) was not found. Fix the path (relative to dvk.config.yaml) or remove the line to use the built-in templates.',
  },
};

async function locator(config: LoadedConfig, lang: Lang): Promise<(path: PlanPath) => Range> {
  // Read through the plan reader (capped, regular files only): a config that is a FIFO was
  // already reported and must not be opened again here.
  if (!config.file || config.findings.some((f) => f.fatal)) return () => START_OF_FILE;
  const read = await readPlanFile(config.file, lang);
  if ('fatal' in read) return () => START_OF_FILE;
  const parsed = parsePlanYaml(read.text, config.file, lang);
  if ('fatal' in parsed) return () => START_OF_FILE;
  return (path) => parsed.sourceMap.locate(path, 'value');
}

export async function prepareDocument(plan: Plan, planFile: string, lang: Lang, options: { profile?: ProfileId; sourceMap?: SourceMap } = {}): Promise<PreparedDocument> {
  const config = await loadConfigFor(planFile, lang);
  const findings: Finding[] = [...config.findings];
  const c = config.config;
  const choice = resolveProfile(
    { system: plan.system, ...(plan.issueDate ? { issueDate: plan.issueDate } : {}), ...(plan.profileId ? { pinned: plan.profileId } : {}) },
    { ...(options.profile ? { override: options.profile } : {}), config: c, ...(config.file ? { configFile: config.file } : {}) },
  );
  findings.push(...profileConflictFindings(choice, { file: planFile, ...(options.sourceMap ? { sourceMap: options.sourceMap } : {}), lang }));
  const locate = await locator(config, lang);
  const adjusted = adjustProfile(choice.profile, c.trinh_bay);
  for (const problem of adjusted.problems) {
    findings.push({ ruleId: 'config/trinh-bay-ngoai-khoang', severity: 'warning', message: localize(problem.message, lang), file: config.file ?? '', path: problem.path, range: locate(problem.path) });
  }
  let folder: string | undefined;
  if (c.thu_muc_mau && config.file) {
    folder = isAbsolute(c.thu_muc_mau) ? c.thu_muc_mau : resolve(dirname(config.file), c.thu_muc_mau);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      findings.push({ ruleId: 'config/thu-muc-mau', severity: 'error', message: localize(messages.noTemplateFolder, lang, { folder: c.thu_muc_mau }), file: config.file, path: ['thu_muc_mau'], range: locate(['thu_muc_mau']) });
      folder = undefined;
    }
  }
  const wording = loadWording(plan.docType, folder);
  const doc = composeDocument(plan, { profile: adjusted.profile, wording });
  return { doc, profile: adjusted.profile, reason: choice.reason, findings };
}

export async function toDocx(doc: RenderDocument): Promise<Uint8Array> {
  const { renderDocx } = await import('./docx/index.js');
  return renderDocx(doc);
}

export function toMarkdown(doc: RenderDocument): string {
  return renderMarkdown(doc);
}

export { composeDocument } from './compose.js';
export { loadWording, TemplateError } from './templates.js';
export type { RenderDocument } from './document.js';

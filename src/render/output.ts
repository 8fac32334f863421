// What rendering adds to the files it writes: the Markdown's own content hash (so that a later run
// knows an unedited output of its own, see ownershipOf in src/shared/write-output.ts) and the PDF
// conversion through LibreOffice.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import writeFileAtomic from 'write-file-atomic';

const MD_MARK = /\n<!-- dvk sha256:([0-9a-f]{64}) -->\n?$/;

/** Ends the Markdown with a comment holding the hash of everything before it. */
export function markMarkdown(markdown: string): string {
  return `${markdown}\n<!-- dvk sha256:${createHash('sha256').update(markdown).digest('hex')} -->\n`;
}

export function isUntouchedMarkdown(text: string): boolean {
  const match = MD_MARK.exec(text);
  return Boolean(match && createHash('sha256').update(text.slice(0, match.index)).digest('hex') === match[1]);
}

/**
 * Where the LibreOffice installers put soffice when it is not on PATH: the Windows .msi and the
 * macOS .dmg (and Homebrew's cask) never add it to PATH, so a clerk who just installed it would
 * otherwise still be told to install it.
 */
function defaultSofficePaths(): string[] {
  if (process.platform === 'win32') {
    return [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean).map((dir) => join(dir!, 'LibreOffice', 'program', 'soffice.exe'));
  }
  if (process.platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  return [];
}

/** The soffice binary, or undefined when LibreOffice is not installed. */
export function findSoffice(): string | undefined {
  for (const name of [process.env.DVK_SOFFICE, 'soffice', 'libreoffice', ...defaultSofficePaths()].filter(Boolean) as string[]) {
    const r = spawnSync(name, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    if (r.status === 0) return name;
  }
  return undefined;
}

/** .docx bytes → PDF bytes through LibreOffice, with a private profile so parallel runs do not collide. */
export function docxToPdf(soffice: string, docx: Uint8Array, name: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'dvk-pdf-'));
  try {
    const input = join(dir, `${basename(name, '.docx')}.docx`);
    writeFileAtomic.sync(input, Buffer.from(docx));
    const r = spawnSync(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { encoding: 'utf8', timeout: 120_000 });
    const pdf = input.replace(/\.docx$/, '.pdf');
    if (r.status !== 0 || !existsSync(pdf)) throw new Error(`LibreOffice: ${(r.stderr || r.stdout || '').trim() || `exit ${r.status}`}`);
    return readFileSync(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Where the installed JSON Schemas are, and the `# yaml-language-server: $schema=…` line that
// points an editor (VS Code + Red Hat YAML) at them.
//
// The path must work from a repository checkout, from a project that installed dvk locally
// (node_modules/dvk/schemas) and from a global install (/usr/lib/node_modules/dvk/schemas,
// %APPDATA%\npm\node_modules\dvk\schemas). The language server resolves a relative path from the
// YAML file and an absolute path from the file-system root. So: when the schema and the plan
// live inside one project folder (a checkout, a local install), write a relative path, which
// keeps working when the folder is moved or shared; when their only common folder is the
// file-system root or the home folder (a global install), write the absolute path, which works
// on this computer (`dvk schema --modeline <file>` rewrites it after a move).
//
// An office folder made by `dvk init` carries its own copy of the schemas in `.dvk/`, and every
// plan below it points there by a relative path: the folder can be copied, zipped or cloned to
// another computer and completion still works, whatever the path of dvk there. `dvk init --update`
// refreshes the copy after dvk is upgraded. That copy wins over both rules above.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataPath } from '../shared/paths.js';
import { MAX_PLAN_BYTES } from '../plan/read.js';
import { readCappedSync } from '../shared/read-input.js';
import { writeOutputFile } from '../shared/write-output.js';

export type SchemaKind = 'plan' | 'config';

export function schemaPath(kind: SchemaKind): string {
  return dataPath('schemas', `${kind}.schema.json`);
}

function commonAncestor(a: string, b: string): string {
  const pa = resolve(a).split(sep);
  const pb = resolve(b).split(sep);
  const out: string[] = [];
  for (let i = 0; i < Math.min(pa.length, pb.length) && pa[i] === pb[i]; i++) out.push(pa[i]!);
  return out.join(sep) || sep;
}

/**
 * True when `folder` is too general to be "one project": the file-system root or a folder right
 * under it (/tmp, /usr, C:\Users), the home folder, or a folder above home.
 */
function isSharedTopFolder(folder: string): boolean {
  const resolved = resolve(folder);
  const root = parse(resolved).root;
  if (resolved === root || dirname(resolved) === root) return true;
  const home = resolve(homedir());
  return home === resolved || !relative(resolved, home).startsWith('..');
}

/** The folder, beside an office's dvk.config.yaml, that holds its copy of the schemas. */
export const OFFICE_SCHEMA_FOLDER = '.dvk';
const SCHEMA_KINDS: SchemaKind[] = ['plan', 'config'];

/** The office copy of a schema nearest above `folder` (`<office>/.dvk/plan.schema.json`), if any. */
export function findOfficeSchema(kind: SchemaKind, folder: string): string | undefined {
  let dir = resolve(folder);
  for (;;) {
    const candidate = join(dir, OFFICE_SCHEMA_FOLDER, `${kind}.schema.json`);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export type SchemaCopyOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Writes (or refreshes) the office copy of every schema in `<officeFolder>/.dvk/`. These files
 * belong to dvk, not to the clerk: they are replaced whenever they differ from the installed ones.
 */
export async function installOfficeSchemas(officeFolder: string): Promise<{ file: string; outcome: SchemaCopyOutcome }[]> {
  const out: { file: string; outcome: SchemaCopyOutcome }[] = [];
  for (const kind of SCHEMA_KINDS) {
    const file = join(resolve(officeFolder), OFFICE_SCHEMA_FOLDER, `${kind}.schema.json`);
    const content = readFileSync(schemaPath(kind), 'utf8');
    // Read capped and never opened when it is not a regular file (a FIFO planted there would hang
    // init and new); such a thing is left alone rather than written into.
    const read = readCappedSync(file, 4 * content.length + 1024);
    if ('problem' in read && read.problem !== 'not-found' && read.problem !== 'too-large') {
      out.push({ file, outcome: 'unchanged' });
      continue;
    }
    const old = 'problem' in read ? (read.problem === 'not-found' ? undefined : '') : read.bytes.toString('utf8');
    if (old === content) {
      out.push({ file, outcome: 'unchanged' });
      continue;
    }
    // makeFolders: a folder that cannot be created (read-only office folder) is a WriteFailure with a plain message.
    await writeOutputFile(file, content, { makeFolders: true });
    out.push({ file, outcome: old === undefined ? 'created' : 'updated' });
  }
  return out;
}

const MODELINE = /^# yaml-language-server: \$schema=(\S*?\b(plan|config)\.schema\.json)[ \t]*(\r?\n|$)/;

/**
 * `dvk init --update`: the plans and configs of an office whose first line points to a dvk
 * schema somewhere else (an absolute path of this or another computer, written before the office
 * had `.dvk/`) are pointed at the office copy. Only that first comment line changes; a file whose
 * line already points there, or that has no such line, is left untouched.
 */
export async function repointModelines(officeFolder: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const files = await glob(['**/*.yaml', '**/*.yml'], { cwd: officeFolder, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**', `**/${OFFICE_SCHEMA_FOLDER}/**`] });
  const changed: string[] = [];
  for (const file of files.sort()) {
    // Capped like every plan read; a file saved while this runs is left as saved (`unchanged`).
    const read = readCappedSync(file, MAX_PLAN_BYTES);
    if ('problem' in read) continue;
    const text = read.bytes.toString('utf8');
    const m = MODELINE.exec(text);
    if (!m) continue;
    const wanted = schemaReference(m[2] as SchemaKind, file);
    if (wanted === m[1]) continue;
    await writeOutputFile(file, `# yaml-language-server: $schema=${wanted}${m[3]}${text.slice(m[0].length)}`, read.stamp ? { unchanged: read.stamp } : {});
    changed.push(file);
  }
  return changed;
}

export type OfficeSchemas = 'present' | 'created' | 'none';

/**
 * Before `dvk new` writes a plan: the office copy above it is used as it is; an office whose
 * config predates the copy (or whose `.dvk/` was deleted) gets one beside its dvk.config.yaml;
 * with no config at all there is no office folder to put it in ('none': the caller says so).
 */
export async function ensureOfficeSchemas(planFile: string, configFile: string | undefined): Promise<OfficeSchemas> {
  if (findOfficeSchema('plan', dirname(resolve(planFile)))) return 'present';
  if (!configFile) return 'none';
  await installOfficeSchemas(dirname(resolve(configFile)));
  return 'created';
}

/** A path from the folder of `forFile` to `target`, with forward slashes (what the editor reads). */
function relativeFrom(forFile: string, target: string): string {
  return relative(dirname(resolve(forFile)), target).split(sep).join('/');
}

/** The schema reference to write into `forFile` (a path that may not exist yet). */
export function schemaReference(kind: SchemaKind, forFile?: string): string {
  const schema = schemaPath(kind);
  if (forFile) {
    const office = findOfficeSchema(kind, dirname(resolve(forFile)));
    if (office) return relativeFrom(forFile, office);
    const folder = dirname(resolve(forFile));
    if (!isSharedTopFolder(commonAncestor(folder, schema))) {
      const rel = relative(folder, schema).split(sep).join('/');
      if (!isAbsolute(rel)) return rel;
    }
  }
  // A Windows path with a drive letter and backslashes is not a URI; a file:// URL is.
  return process.platform === 'win32' ? pathToFileURL(schema).href : schema;
}

export function modeline(kind: SchemaKind, forFile?: string): string {
  return `# yaml-language-server: $schema=${schemaReference(kind, forFile)}`;
}

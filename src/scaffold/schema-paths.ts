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
import { homedir } from 'node:os';
import { dirname, isAbsolute, parse, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataPath } from '../shared/paths.js';

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

/** The schema reference to write into `forFile` (a path that may not exist yet). */
export function schemaReference(kind: SchemaKind, forFile?: string): string {
  const schema = schemaPath(kind);
  if (forFile) {
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

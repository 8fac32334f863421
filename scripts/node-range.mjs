// Checks the Node versions package.json promises ("engines"): for each end of the range, a clean
// copy of the repository is installed with `npm ci --engine-strict` under that Node and the CLI is
// run as a clerk would (render an example, lint it, `dvk new` + validate). The Node binaries come
// from the npm registry (`npx -p node@<version>`, the "node" package), so no other download site is
// needed. Not part of `npm test`: it downloads Node and installs the project once per version.
//
//   npm run node-range                 # the ends of the promised range (see VERSIONS)
//   npm run node-range -- 22.12.0      # one version
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const engines = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;
// The lowest version of each branch of "^20.19 || >=22.12", and the newest release.
const VERSIONS = ['20.19.0', '22.12.0', 'latest'];
const versions = process.argv.slice(2).length ? process.argv.slice(2) : VERSIONS;

function run(version, cwd, command, args) {
  const r = spawnSync('npx', ['-y', '-p', `node@${version}`, '--', command, ...args], { cwd, encoding: 'utf8', env: { ...process.env, DVK_LANG: 'vi', NO_COLOR: '1' } });
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** The tracked files only: what a fresh clone has (no node_modules, no dist). */
function cleanCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'dvk-node-range-'));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(root, f), join(dir, f));
  }
  return dir;
}

let failed = 0;
console.log(`engines.node: ${engines}`);
for (const version of versions) {
  const dir = cleanCopy();
  const steps = [
    ['node --version', 'node', ['--version'], (o) => /^v\d+\.\d+\.\d+/.test(o)],
    ['npm ci --engine-strict', 'npm', ['ci', '--engine-strict', '--no-audit', '--no-fund'], (o) => !/EBADENGINE/.test(o)],
    ['dvk render', 'node', ['bin/dvk.js', 'render', 'examples/dang-ke-hoach-dan-van-kheo-2016-2020.yaml', '-o', 'out/'], () => true],
    ['dvk lint', 'node', ['bin/dvk.js', 'lint', 'examples/nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml'], () => true],
    ['dvk new', 'node', ['bin/dvk.js', 'new', 'kehoach', 'moi.yaml', '--he-thong', 'nha_nuoc', '--co-quan', 'Ủy ban nhân dân xã An Bình', '--dia-danh', 'An Bình', '--trich-yeu', 'Thử'], () => true],
    ['dvk validate', 'node', ['bin/dvk.js', 'validate', 'moi.yaml'], () => true],
  ];
  let nodeVersion = version;
  for (const [name, command, args, ok] of steps) {
    const r = run(version, dir, command, args);
    if (name === 'node --version') nodeVersion = r.out.trim().split('\n').pop();
    const good = r.code === 0 && ok(r.out);
    console.log(`${good ? 'ok  ' : 'FAIL'} node ${nodeVersion}: ${name}`);
    if (!good) {
      failed++;
      console.log(r.out.split('\n').map((l) => `     ${l}`).join('\n'));
      break;
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

// Bundles src/cli/main.ts into dist/ with esbuild. Every command is loaded with a dynamic
// import(), and --splitting turns each into its own chunk, so `dvk --help` loads only commander
// (see shared tech notes §5: ~115 ms instead of ~190 ms).
//
// Start-up work is done here once instead of at every run (issue 13, docs/performance.md):
// scripts/precompile.ts compiles the JSON Schemas into Ajv standalone code and checks the built-in
// profiles; the bundle gets them in place of src/schema/precompiled.ts and src/profile/builtin.ts
// (empty in the source, which compiles and checks at run time). Nothing generated is written
// outside dist/.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
rmSync(`${root}/dist`, { recursive: true, force: true });

// scripts/precompile.ts is TypeScript that imports src/: bundle it to one file and run it.
const tool = `${root}/dist/.build/precompile.mjs`;
await build({
  absWorkingDir: root,
  entryPoints: ['scripts/precompile.ts'],
  outfile: tool,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const precompile = await import(pathToFileURL(tool).href);
const formatsModule = `${root}/src/schema/compile.ts`;
const generated = {
  'src/schema/precompiled.ts': [
    "import * as plan from 'dvk-precompiled:plan';",
    "import * as config from 'dvk-precompiled:config';",
    "import * as profile from 'dvk-precompiled:profile';",
    'export const precompiled = { plan, config, profile };',
  ].join('\n'),
  'src/profile/builtin.ts': precompile.builtinProfilesModule(),
};
const validators = Object.fromEntries(['plan', 'config', 'profile'].map((name) => [name, precompile.validatorModule(name, formatsModule)]));
rmSync(`${root}/dist/.build`, { recursive: true, force: true });

const precompiledPlugin = {
  name: 'dvk-precompiled',
  setup(b) {
    const replaced = new Map(Object.entries(generated).map(([file, contents]) => [`${root}/${file}`.replace(/\/+/g, '/'), contents]));
    b.onLoad({ filter: /src\/(schema\/precompiled|profile\/builtin)\.ts$/ }, (args) => {
      const contents = replaced.get(args.path.replace(/\\/g, '/'));
      return contents === undefined ? undefined : { contents, loader: 'js', resolveDir: `${root}/src` };
    });
    b.onResolve({ filter: /^dvk-precompiled:/ }, (args) => ({ path: args.path.slice('dvk-precompiled:'.length), namespace: 'dvk-precompiled' }));
    b.onLoad({ filter: /.*/, namespace: 'dvk-precompiled' }, (args) => ({ contents: validators[args.path], loader: 'js', resolveDir: root }));
  },
};

// What every command loads at start-up is bundled (one file to read and compile instead of ~50
// package files: yaml alone is 42); the rest (docx, handlebars, the prompts, the zip and XML
// readers…) stays in node_modules and is loaded by the commands that use it.
const BUNDLED = new Set(['yaml', 'commander', 'chalk', 'date-fns', 'fastest-levenshtein', 'ajv']);
const bundlePlugin = {
  name: 'dvk-bundled-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./#]/ }, (args) => {
      if (args.path.startsWith('node:')) return undefined;
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      // Ajv itself is loaded (lazily, with require) only to compile at run time; only its small
      // runtime helpers, imported by the standalone code, are bundled.
      const bundled = BUNDLED.has(name) && (name !== 'ajv' || args.path.startsWith('ajv/dist/runtime/')) && args.kind !== 'require-call';
      return bundled ? undefined : { path: args.path, external: true };
    });
  },
};

await build({
  absWorkingDir: root,
  // The lint worker thread (src/lint/pool.ts) is a second entry: dist/cli/lint-worker.js, sharing the chunks.
  entryPoints: { main: 'src/cli/main.ts', 'lint-worker': 'src/lint/worker.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Node 20 has \p{…} in patterns; without this esbuild rewrites every /\p{L}/u literal as
  // new RegExp("\\p{L}", "u"), built again each time the line runs (the lint rules' hot loops).
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: 'linked',
  // Bundled CommonJS code (ajv's helpers) may require() Node's own modules.
  banner: { js: "import { createRequire as __dvkCreateRequire } from 'node:module'; const require = __dvkCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  // `dvk --version` and SARIF's driver version (src/shared/version.ts) come from package.json.
  define: { DVK_VERSION: JSON.stringify(version) },
  plugins: [precompiledPlugin, bundlePlugin],
});

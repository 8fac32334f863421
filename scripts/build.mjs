// Bundles src/cli/main.ts into dist/ with esbuild. Every command is loaded with a dynamic
// import(), and --splitting turns each into its own chunk, so `dvk --help` loads only commander
// (see shared tech notes §5: ~115 ms instead of ~190 ms).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
rmSync(`${root}/dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  // `dvk --version` and SARIF's driver version (src/shared/version.ts) come from package.json.
  define: { DVK_VERSION: JSON.stringify(version) },
});

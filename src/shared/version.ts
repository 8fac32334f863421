// The package's version. scripts/build.mjs writes package.json's version into the bundle (esbuild
// `define`) and vitest.config.ts does the same for tests run from source, so `dvk --version` and
// SARIF's driver version can never lag behind a release. Run any other way (tsx), dvk says so.
declare const DVK_VERSION: string | undefined;

export const VERSION: string = typeof DVK_VERSION === 'string' ? DVK_VERSION : '0.0.0-dev';

#!/usr/bin/env node
// The installed command. It only loads the bundle that `npm ci` / `npm install` builds
// (the "prepare" script); a checkout that was never built gets a plain answer, not a stack trace.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write(
    'dvk chưa được build trong thư mục này. Chạy `npm ci` (hoặc `npm run build`) rồi thử lại.\n' +
      'dvk has not been built here. Run `npm ci` (or `npm run build`) and try again.\n',
  );
  process.exit(2);
}
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv);

#!/usr/bin/env node
// Runs the compiled CLI; `npm install` builds it through the `prepare` script.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  console.error('chancery: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const { runCli } = await import(main);
process.exitCode = await runCli(process.argv);

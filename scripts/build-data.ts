// Validates data/ and compiles what the runtime needs. Run by `npm run build` (and so by npm install).
// Each data family registers its check in ./data-checks.ts; a failing check stops the build.
import { dataChecks } from './data-checks.js';

let failed = false;
for (const check of dataChecks) {
  const problems = await check.run();
  if (problems.length) {
    failed = true;
    for (const p of problems) console.error(`build-data: ${check.name}: ${p}`);
  } else console.log(`build-data: ${check.name}: ok`);
}
if (failed) process.exit(1);

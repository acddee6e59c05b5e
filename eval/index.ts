// `npm run eval`: every figure named in the issues, with peer baselines where an issue names one.
// Each suite reads ../shared (or $CHANCERY_SHARED) and skips with a message when it is absent.
import { existsSync } from 'node:fs';
import { sharedDir } from './shared-dir.js';
import { suites } from './suites.js';

const only = process.argv.slice(2);
if (!existsSync(sharedDir)) {
  console.log(`eval: ${sharedDir} is absent; nothing to evaluate`);
  process.exit(0);
}
for (const suite of suites) {
  if (only.length && !only.includes(suite.name)) continue;
  console.log(`\n== ${suite.name} ==`);
  const started = Date.now();
  try {
    await suite.run();
  } catch (error) {
    console.log(`${suite.name}: failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

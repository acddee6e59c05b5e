// `npm run bench`: throughput, latency and memory figures. Never asserted by unit tests.
import { benches } from './benches.js';

const only = process.argv.slice(2);
for (const bench of benches) {
  if (only.length && !only.includes(bench.name)) continue;
  console.log(`\n== ${bench.name} ==`);
  await bench.run();
}

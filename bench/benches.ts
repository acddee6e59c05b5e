import { cleanThroughput } from './clean-throughput.js';
import { timesBench } from './times.js';
import { eventsBench } from './events.js';
import { knowledgeBench } from './knowledge.js';
import { ingestMemoryBench } from './ingest-memory.js';
import { mentionsBench } from './mentions.js';
import { webFirstPageBench } from './web-first-page.js';

export interface Bench {
  readonly name: string;
  run(): Promise<void>;
}

export const benches: readonly Bench[] = [
  cleanThroughput,
  timesBench,
  eventsBench,
  knowledgeBench,
  ingestMemoryBench,
  mentionsBench,
  webFirstPageBench,
];

import { htmlHintsCheck } from '../src/ingest/html/index.js';
import { checkTimeData } from '../src/time/index.js';
import { checkIngestData } from '../src/ingest/text/check-ingest-data.js';
import { checkEventData } from '../src/events/index.js';
import { relationRulesCheck } from '../src/knowledge/relation-rules-check.js';
import { checkActorData, compileActorData } from '../src/actors/index.js';

export interface DataCheck {
  readonly name: string;
  /** Returns the problems found; empty when the data is valid. */
  run(): Promise<readonly string[]>;
}

export const dataChecks: readonly DataCheck[] = [
  htmlHintsCheck,
  { name: 'time', run: async () => checkTimeData() },
  { name: 'ingest-text-and-metadata', run: checkIngestData },
  { name: 'events', run: async () => checkEventData() },
  relationRulesCheck,
  {
    name: 'actors',
    run: async () => {
      const problems = checkActorData();
      if (problems.length === 0) compileActorData();
      return problems;
    },
  },
];

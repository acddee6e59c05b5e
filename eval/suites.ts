// The evaluation suites, in print order. Each prints its own figures.
import { pubdateSuite } from './pubdate.js';
import { seedsBoilerplateSuite } from './seeds-boilerplate.js';
import { articleExtraction } from './article-extraction.js';
import { timebank } from './timebank.js';
import { seedsDates } from './seeds-dates.js';
import { ploverEvents } from './plover-events.js';
import { seedsEvents } from './seeds-events.js';
import { seedsQueries } from './seeds-queries.js';
import { ploverActors } from './plover-actors.js';
import { seedsActors } from './seeds-actors.js';
export interface EvalSuite {
  readonly name: string;
  run(): Promise<void>;
}

export const suites: readonly EvalSuite[] = [
  articleExtraction,
  pubdateSuite,
  seedsBoilerplateSuite,
  timebank,
  seedsDates,
  ploverEvents,
  seedsEvents,
  seedsQueries,
  ploverActors,
  seedsActors,
];

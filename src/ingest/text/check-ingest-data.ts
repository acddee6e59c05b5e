import { checkBoilerplateRules } from './load-boilerplate-rules.js';
import { checkAbbreviations } from './load-abbreviations.js';
import { checkDateData } from '../metadata/load-date-words.js';
import { checkStopwords } from '../metadata/detect-language.js';

/** Every problem in data/ingest (line rules, abbreviations, date words, meta keys, stopwords). */
export async function checkIngestData(): Promise<readonly string[]> {
  return [...checkBoilerplateRules(), ...checkAbbreviations(), ...checkDateData(), ...checkStopwords()];
}

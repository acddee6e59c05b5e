// Public surface of the time stage: finding, anchoring and dating.
export { makeTimexFinder, makeTimexAnchorer } from './timex-stages.js';
export { makeEventDater } from './date-events.js';
export { findTimexes } from './find-timexes.js';
export type { FindTimexOptions } from './find-timexes.js';
export { checkTimeData } from './time-lexicon.js';

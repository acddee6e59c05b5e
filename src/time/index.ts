// Public surface of the time stage: finding, anchoring and dating.
export { makeTimexFinder, makeTimexAnchorer } from './timex-stages.js';
export { makeEventDater } from './date-events.js';
export { findTimexes } from './find-timexes.js';
export type { FindTimexOptions } from './find-timexes.js';
// The build's data step checks the lexicons and compiles the rule indexes.
export { checkAndCompileTimeData as checkTimeData } from './compile-time-data.js';

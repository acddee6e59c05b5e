// Public surface of the events stage: who did what to whom, with polarity, modality and evidence.
import { extractEvents } from './extract-events.js';
import { refineEvents } from './refine-events.js';
import type { Stage } from '../core/index.js';

export function makeEventExtractor(): Stage {
  return { name: 'extract-events', run: (doc) => ({ ...doc, events: extractEvents(doc) }) };
}

export function makeEventRefiner(): Stage {
  return { name: 'refine-events', run: (doc) => ({ ...doc, events: refineEvents(doc) }) };
}

export { checkEventData, loadEventData } from './load-event-data.js';
export { getEventLexicon } from './event-lexicon.js';

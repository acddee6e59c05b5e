// One sentence cannot both report an act as done and as denied, demanded or merely intended
// ("...the demand that Mexico break relations with Israel ... did not commit to such a step").
// When a sentence yields both readings of the same act between the same states, the qualified
// reading is the one its cue words support: the plain "it happened" report is dropped.
import { sideStates } from './actor-state.js';
import type { EventReport } from './types.js';

const plain = (r: EventReport): boolean => r.polarity === 'asserted' && r.modality === 'actual';

function actKey(r: EventReport): string {
  const sides = [sideStates(r.source).sort().join('+'), sideStates(r.target).sort().join('+')].sort().join('~');
  return `${r.document}|${r.sentence ?? `${r.evidence.start}:${r.evidence.end}`}|${r.type ?? r.plover}|${sides}`;
}

export function dropContradicted(reports: readonly EventReport[]): EventReport[] {
  const qualified = new Set(reports.filter((r) => !plain(r)).map(actKey));
  if (!qualified.size) return [...reports];
  return reports.filter((r) => !plain(r) || !qualified.has(actKey(r)));
}

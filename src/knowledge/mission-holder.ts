// Whose mission an upgrade or opening is about. "Mexico upgraded the PLO's office in Mexico City"
// is about the PLO's mission (located in the source's territory); "Palestine reclassified its
// mission in Mexico" is about the source's own mission.
import type { KnownEvent } from './types.js';

const OWN_MISSION = /\b(its|their)\s+(own\s+)?(diplomatic\s+)?(mission|delegation|embassy|office|representation|legation|consulate)/i;

export function missionHolder(event: KnownEvent, fallback: 'source' | 'target'): 'source' | 'target' {
  const evidence = event.reports.map((r) => r.evidence.text).join(' ');
  if (OWN_MISSION.test(evidence)) return 'source';
  const locations = new Set(event.reports.flatMap((r) => r.locations));
  const inSource = event.sources.some((s) => locations.has(s));
  const inTarget = event.targets.some((s) => locations.has(s));
  if (inSource && !inTarget) return 'target';
  if (inTarget && !inSource) return 'source';
  return fallback;
}

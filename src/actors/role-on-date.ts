// Which role a person held on a date. Roles are inclusive day ranges; an open end means still in
// office. Elite markers (sector ELI) and undated roles only count when no dated role fits.
import type { ActorRecord, ActorRole } from './build-dictionary.js';

/** The day a date stands for: a year alone counts as its middle. */
function dayOf(date: string): string {
  return date.length === 4 ? `${date}-07-01` : date;
}

function coversDay(role: ActorRole, day: string): boolean {
  if (role.start && day < role.start) return false;
  if (role.end && day > role.end) return false;
  return true;
}

function rank(role: ActorRole): number {
  if (role.sector === 'ELI') return 0;
  if (!role.start && !role.end) return 1;
  return role.office === 'hos' || role.office === 'president' || role.office === 'pm' || role.office === 'hog' ? 4 : role.office ? 3 : 2;
}

/** The best role held on `date` (`YYYY-MM-DD` or `YYYY`), or null. */
export function roleOnDate(record: ActorRecord, date: string | null): ActorRole | null {
  let best: ActorRole | null = null;
  let bestRank = 0;
  // The day made once, not once a role (a person may have held dozens).
  const day = date === null ? null : dayOf(date);
  for (let k = 0; k < record.roles.length; k++) {
    const role = record.roles[k] as ActorRole;
    const r = rank(role);
    if (r === 0) continue;
    if (day === null ? role.end !== null : !coversDay(role, day)) continue;
    if (!best || r > bestRank) {
      best = role;
      bestRank = r;
    }
  }
  return best;
}

/** The most recent role that started before `date` (what a former office holder is known for). */
export function lastRoleBefore(record: ActorRecord, date: string | null): ActorRole | null {
  let best: ActorRole | null = null;
  for (let k = 0; k < record.roles.length; k++) {
    const role = record.roles[k] as ActorRole;
    if (date && role.start && role.start > date) continue;
    if (!best || rank(role) > rank(best) || (rank(role) === rank(best) && (role.start ?? '') > (best.start ?? ''))) best = role;
  }
  return best;
}

/** True when the person held a head-of-state, government or foreign-ministry office at some time. */
export function heldHighOffice(record: ActorRecord): boolean {
  return record.roles.some((r) => r.office !== null || (r.sector === 'GOV' && r.start !== null));
}

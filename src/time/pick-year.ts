// The year of a month or day written without one: the publication year, moved by tense
// ("in December" in a March story about a plan is the coming December; "the Oct. 23 slaying"
// in a May story is last year's).
import type { DateDerivation } from '../core/index.js';
import type { ResolveContext } from './rule-kit.js';
import type { Ymd } from './calendar.js';

export interface PickedYear {
  readonly y: number;
  readonly derivation: DateDerivation;
}

export function pickYear(month: number, day: number | null, ctx: ResolveContext): PickedYear | null {
  const ref = ctx.ref;
  if (!ref) {
    // Without a publication date only an explicit narrative year can place it.
    if (ctx.narrative && ctx.narrative.granularity !== 'unknown') return { y: ctx.narrative.start.y, derivation: 'narrative' };
    return null;
  }
  // "In the same May of 2021 ... between May and July": a year stated earlier in the sentence carries over.
  const story = ctx.story;
  // The tense is read only where it decides: it is the costliest of these tests.
  if (
    story && story.start.y !== ref.y && story.at <= ctx.start &&
    (story.granularity === 'month' || story.granularity === 'day') &&
    !/[.!?]\s/.test(ctx.text.slice(story.at, ctx.start)) && ctx.tense() !== 'future'
  )
    return { y: story.start.y, derivation: 'narrative' };
  // Days from the publication date to the date in the previous, same and next year.
  const dayOf = day ?? 15;
  const same = { y: ref.y, days: daysBetween(ref, { y: ref.y, m: month, d: dayOf }) };
  // Within two months of publication every reading below keeps the publication year.
  if (same.days >= -60 && same.days <= 60) return { y: ref.y, derivation: 'publication-relative' };
  const tense = ctx.tense();
  // A past statement about a date well after publication is about last year's; a future one
  // about a date well before it, next year's. Near dates stay in the year ("said ... will be paid Dec. 7").
  if (tense === 'past') return { y: same.days > 60 ? ref.y - 1 : ref.y, derivation: 'publication-relative' };
  if (tense === 'future') return { y: same.days < -60 ? ref.y + 1 : ref.y, derivation: 'publication-relative' };
  // No tense cue: news mostly reports the past, so a date far ahead of publication is last year's.
  return { y: same.days > 150 ? ref.y - 1 : ref.y, derivation: 'publication-relative' };
}

function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

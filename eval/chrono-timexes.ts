// The chrono-node baseline: its parse results as TIMEX3 values at the granularity it is sure of.
import * as chrono from 'chrono-node';
import type { ScoredTimex } from './timex-match.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function chronoTimexes(text: string, published: string): ScoredTimex[] {
  const ref = new Date(`${published}T12:00:00Z`);
  return chrono.parse(text, ref).map((r) => {
    const c = r.start;
    const y = c.get('year') ?? ref.getUTCFullYear();
    const m = c.get('month') ?? 1;
    const d = c.get('day') ?? 1;
    let value: string;
    if (c.isCertain('day') || c.isCertain('weekday')) value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    else if (c.isCertain('month')) value = `${pad(y, 4)}-${pad(m)}`;
    else if (c.isCertain('year')) value = pad(y, 4);
    else value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    if (c.isCertain('hour')) value += `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
    return { start: r.index, end: r.index + r.text.length, value };
  });
}

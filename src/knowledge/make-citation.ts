import type { Citation, EventReport } from './types.js';

/** The citation a report gives: the document and the sentence that says so. */
export function makeCitation(report: EventReport): Citation {
  return {
    document: report.document,
    url: report.url,
    published: report.published,
    evidence: report.evidence.text,
    sentence: report.sentence,
    offsets: { start: report.evidence.start, end: report.evidence.end },
    independent: report.origin === report.document,
  };
}

/** Citations without repeats (same document and offsets), in first-seen order. */
export function uniqueCitations(citations: Iterable<Citation>): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const c of citations) {
    const key = `${c.document}:${c.offsets.start}:${c.offsets.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

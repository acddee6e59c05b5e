// The state a document is about: the one its mentions name most, with the title and opening
// sentences counting more. "The country", "the president" and bare institutions resolve to it.
import type { Block, Doc, Mention } from '../core/index.js';

function inAny(blocks: readonly Block[], start: number, end: number): boolean {
  for (let i = 0; i < blocks.length; i++) if ((blocks[i] as Block).start <= start && end <= (blocks[i] as Block).end) return true;
  return false;
}

export function focalState(doc: Doc, mentions: readonly Mention[]): string | null {
  const score = new Map<string, number>();
  const opening = doc.sentences[1]?.end ?? doc.sentences[0]?.end ?? 0;
  const titles = doc.blocks.filter((b) => b.role === 'title');
  for (const m of mentions) {
    // Mentions still uncoded (code '') are the ones the resolver is about to bind.
    if (!m.state || m.actorType === 'igo' || m.code === '') continue;
    const inTitle = titles.length > 0 && inAny(titles, m.start, m.end);
    const weight = inTitle ? 3 : m.start < opening ? 2 : 1;
    score.set(m.state, (score.get(m.state) ?? 0) + weight);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [state, s] of score) {
    if (s > bestScore) {
      best = state;
      bestScore = s;
    }
  }
  return best;
}

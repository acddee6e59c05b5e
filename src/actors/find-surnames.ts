// Later mentions of a person by surname alone: "Macedo" after "Pablo Macedo". Only for people
// the finder met with a full name earlier in the document; the copy keeps their code and role.
import type { Doc, Mention } from '../core/index.js';
import { makeSpanIndex } from './span-index.js';

function surnameKeys(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return [];
  const keys = [words[words.length - 1] ?? ''];
  if (words.length >= 3) keys.unshift(`${words[words.length - 2]} ${words[words.length - 1]}`);
  return keys.filter((k) => k.length >= 3);
}

export function findSurnames(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const owners = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.actorType !== 'person' || !m.name || m.via === 'coreference') continue;
    for (const key of surnameKeys(m.name)) if (!owners.has(key)) owners.set(key, m);
  }
  if (owners.size === 0) return [];
  // One pass over capitalised words with set look-ups (a regular expression of every surname
  // would be tried at every position of the text).
  const word = /\p{Lu}[\p{L}\p{M}-]*/gu;
  const out: Mention[] = [];
  const taken = makeSpanIndex(mentions);
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const words = [...text.matchAll(word)];
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as RegExpMatchArray;
      const next = words[k + 1];
      const at = w.index ?? 0;
      const pair = next && next.index === at + w[0].length + 1 ? `${w[0]} ${next[0]}` : null;
      const key = pair && owners.has(pair) ? pair : owners.has(w[0]) ? w[0] : null;
      if (!key) continue;
      const owner = owners.get(key) as Mention;
      const start = s.start + at;
      const end = start + key.length;
      if (start < owner.end || taken.overlaps(start, end)) continue;
      taken.add(start, end);
      out.push({ ...owner, start, end, text: key, via: 'coreference', rule: 'surname', confidence: 0.7 });
      if (key === pair) k++;
    }
  }
  return out;
}

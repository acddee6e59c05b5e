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

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findSurnames(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const owners = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.actorType !== 'person' || !m.name || m.via === 'coreference') continue;
    for (const key of surnameKeys(m.name)) if (!owners.has(key)) owners.set(key, m);
  }
  if (owners.size === 0) return [];
  const keys = [...owners.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{M}])(${keys.map(escape).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
  const out: Mention[] = [];
  const taken = makeSpanIndex(mentions);
  for (const s of doc.sentences) {
    for (const hit of doc.text.slice(s.start, s.end).matchAll(re)) {
      const key = hit[1] ?? '';
      const owner = owners.get(key);
      const start = s.start + (hit.index ?? 0);
      const end = start + key.length;
      if (!owner || start < owner.end) continue;
      if (taken.overlaps(start, end)) continue;
      taken.add(start, end);
      out.push({ ...owner, start, end, text: key, via: 'coreference', rule: 'surname', confidence: 0.7 });
    }
  }
  return out;
}

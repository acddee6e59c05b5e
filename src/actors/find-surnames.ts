// Later mentions of a person by surname alone: "Macedo" after "Pablo Macedo". Only for people
// the finder met with a full name earlier in the document; the copy keeps their code and role.
import type { Doc, Mention } from '../core/index.js';
import { makeSpanIndex } from './span-index.js';
import type { SpanIndex } from './span-index.js';

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = text[i] ?? '';
  return ch.toLowerCase() !== ch.toUpperCase() || /\p{M}/u.test(ch);
}

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90;
  const ch = text[i] ?? '';
  return ch !== ch.toLowerCase();
}

/** End of the word starting at `i` (letters, marks and inner hyphens). */
function wordEnd(text: string, i: number, limit: number): number {
  let j = i + 1;
  while (j < limit && (isLetterAt(text, j) || (text[j] === '-' && j + 1 < limit && isLetterAt(text, j + 1)))) j++;
  return j;
}

/**
 * A key's first letter and length, as one bit of a small table: a word whose bit is clear is no
 * key (a set of numbers would hash each word; most capitalised words fail here).
 */
function shapeBit(firstChar: number): number {
  return 1 << (firstChar & 31);
}

function shapeRow(length: number): number {
  return length < 63 ? length : 63;
}

// Scratch for `findSurnames`, cleared at each call (a typed array made per document costs more).
const shapeTable = new Uint32Array(64);

function mayBeKey(shapes: Uint32Array, firstChar: number, length: number): boolean {
  return ((shapes[shapeRow(length)] as number) & shapeBit(firstChar)) !== 0;
}

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
}

function surnameKeys(name: string): string[] {
  const words = name.split(/\s+/).filter(startsUpper);
  if (words.length < 2) return [];
  const keys = [words[words.length - 1] ?? ''];
  if (words.length >= 3) keys.unshift(`${words[words.length - 2]} ${words[words.length - 1]}`);
  return keys.filter((k) => k.length >= 3);
}

/**
 * `taken`, when given, must index exactly the spans of `mentions` (the resolver's own index, which
 * it would otherwise have to build again here); surnames found are added to it.
 */
export function findSurnames(doc: Doc, mentions: readonly Mention[], taken: SpanIndex = makeSpanIndex(mentions)): Mention[] {
  const owners = new Map<string, Mention>();
  // A person named again yields the same keys, which the first mention already owns.
  const named = new Set<string>();
  for (const m of mentions) {
    if (m.actorType !== 'person' || !m.name || m.via === 'coreference' || named.has(m.name)) continue;
    named.add(m.name);
    for (const key of surnameKeys(m.name)) if (!owners.has(key)) owners.set(key, m);
  }
  if (owners.size === 0) return [];
  // First letter and length of every key: most capitalised words fail this without making a string.
  const shapes = shapeTable.fill(0);
  for (const key of owners.keys()) shapes[shapeRow(key.length)]! |= shapeBit(key.charCodeAt(0));
  // One pass over capitalised words with set look-ups (a regular expression of every surname
  // would be tried at every position of the text).
  const out: Mention[] = [];
  const text = doc.text;
  for (const s of doc.sentences) {
    let i = s.start;
    while (i < s.end) {
      // Jump over ASCII that is not a capital (most of the text).
      let c = text.charCodeAt(i);
      while ((c < 65 || c > 90) && c < 0x80 && ++i < s.end) c = text.charCodeAt(i);
      if (i >= s.end) break;
      if (!isUpperAt(text, i) || (i > s.start && isLetterAt(text, i - 1))) {
        i++;
        continue;
      }
      const end1 = wordEnd(text, i, s.end);
      const next = end1 + 1;
      const end2 = text.charCodeAt(end1) === 32 && next < s.end && isUpperAt(text, next) ? wordEnd(text, next, s.end) : -1;
      const first = text.charCodeAt(i);
      if (!mayBeKey(shapes, first, end1 - i) && !(end2 > 0 && mayBeKey(shapes, first, end2 - i))) {
        i = end1;
        continue;
      }
      const pair = end2 > 0 ? text.slice(i, end2) : null;
      const single = text.slice(i, end1);
      const key = pair && owners.has(pair) ? pair : owners.has(single) ? single : null;
      const stop = key === pair && pair ? end2 : end1;
      if (key) {
        const owner = owners.get(key) as Mention;
        if (i >= owner.end && !taken.overlaps(i, stop)) {
          taken.add(i, stop);
          out.push({ ...owner, start: i, end: stop, text: key, via: 'coreference', rule: 'surname', confidence: 0.7 });
        }
      }
      i = end1;
    }
  }
  return out;
}

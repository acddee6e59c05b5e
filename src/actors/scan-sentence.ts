// The extractor proper: walks a sentence's tokens, takes the longest dictionary form at each
// position (trie), and falls back to "Given-name Surname" for people missing from the dictionary.
import { FOCAL_DETERMINERS, mayBeName, mayStartLowerForm, rootStep } from './build-dictionary.js';
import { makeWordSet } from './word-set.js';
import { HAS_RULE, LOWER_OK, nodeOf } from './edge-table.js';
import type { ActorDictionary } from './build-dictionary.js';
import { pickFormHit, pickSoleHit } from './pick-form-hit.js';
import type { ScanContext } from './pick-form-hit.js';
import { collectMatches, matchEnd, matchHits, matchNode, matchSoleHit } from './token-trie.js';
import { orgNameEnd } from './org-name-end.js';
import type { FormHit } from './token-trie.js';
import { CAPITAL, ALLCAPS, LOWER, PUNCT, tokenizeShared } from './tokenize.js';
import type { Token } from './tokenize.js';

export interface RawItem {
  readonly kind: 'entity' | 'generic' | 'focal' | 'person-name' | 'org-name';
  /** Token indexes [start, end). */
  readonly start: number;
  readonly end: number;
  readonly hit: FormHit | null;
  /** For org names: the head word's token index. */
  readonly head?: number;
}

const NAME_PARTICLES = makeWordSet(['de', 'del', 'la', 'las', 'los', 'da', 'do', 'dos', 'van', 'von', 'der', 'bin', 'ibn', 'y']);

/** A capitalised given name followed by capitalised words (and name particles): "Tomás Zerón". */
function personNameEnd(dict: ActorDictionary, ctx: ScanContext, i: number): number {
  const first = ctx.tokens[i];
  if (!first || first.shape !== CAPITAL || !mayBeName(dict, first.hash) || !dict.givenNameWords.hasToken(first)) return -1;
  let end = i + 1;
  let words = 1;
  while (end < ctx.tokens.length && words < 5) {
    const t = ctx.tokens[end];
    if (!t || t.start - (ctx.tokens[end - 1]?.end ?? 0) > 1) break;
    if (t.shape === CAPITAL || (t.shape === ALLCAPS && t.end - t.start > 1)) {
      end++;
      words++;
    } else if (t.shape === LOWER && NAME_PARTICLES.hasToken(t)) {
      let j = end;
      while (j < ctx.tokens.length && ctx.tokens[j]?.shape === LOWER && NAME_PARTICLES.hasToken(ctx.tokens[j] as Token)) j++;
      if (ctx.tokens[j]?.shape !== CAPITAL) break;
      end = j;
    } else if (t.norm === '-' && ctx.tokens[end + 1]?.shape === CAPITAL && t.end === ctx.tokens[end + 1]?.start) {
      end++;
    } else break;
  }
  return words >= 2 ? end : -1;
}

const FOCAL_DETERMINER_WORDS = makeWordSet(FOCAL_DETERMINERS);

type PooledItem = { -readonly [K in keyof RawItem]: RawItem[K] };

// Items are recycled like the tokens: they live only while their sentence is composed, and a
// fresh object per actor found was a tenth of the finder's garbage.
const itemPool: PooledItem[] = [];
const items: RawItem[] = [];
let itemCount = 0;

function addItem(kind: RawItem['kind'], start: number, end: number, hit: FormHit | null, head: number | undefined): void {
  const n = itemCount++;
  let item = itemPool[n];
  if (!item) {
    item = { kind, start, end, hit, head };
    itemPool[n] = item;
  } else {
    item.kind = kind;
    item.start = start;
    item.end = end;
    item.hit = hit;
    item.head = head;
  }
  items[n] = item;
}

/** What one sentence's scan found; its tokens and items are shared buffers, valid until the next scan. */
export interface ScannedSentence {
  readonly ctx: ScanContext;
  readonly items: readonly RawItem[];
}

// The context and the result are reused like the tokens and items (one sentence at a time).
const context: { -readonly [K in keyof ScanContext]: ScanContext[K] } = { text: '', tokens: [], start: 0, end: 0, shoutingCache: -1, date: null };
const scanned: ScannedSentence = { ctx: context, items };

export function scanSentence(dict: ActorDictionary, text: string, start: number, end: number, date: string | null): ScannedSentence {
  const tokens = tokenizeShared(text, start, end);
  const ctx = context;
  ctx.text = text;
  ctx.tokens = tokens;
  ctx.start = start;
  ctx.end = end;
  ctx.shoutingCache = -1;
  ctx.date = date;
  itemCount = 0;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    // Most words are in lower case and start nothing: a small bit set turns them away. Capitalised
    // words mostly do start a form, so they go to the trie at once.
    const skip = token.shape === PUNCT || (token.shape === LOWER && !mayStartLowerForm(dict, token.hash));
    const first = skip ? -1 : rootStep(dict, token);
    if (skip || (token.shape === LOWER && (first < 0 || (first & LOWER_OK) === 0))) {
      i++;
      continue;
    }
    let taken = false;
    const org = token.shape === CAPITAL ? orgNameEnd(dict, ctx, i) : null;
    const count = first >= 0 ? collectMatches(dict.edges, tokens, i, first) : 0;
    for (let k = count - 1; k >= 0; k--) {
      const end = matchEnd(k);
      if (org && org.end > end) break;
      const node = matchNode(k);
      const ruleAt = (node & HAS_RULE) !== 0 ? dict.ambiguityAt.get(nodeOf(dict.edges, node)) : undefined;
      const sole = ruleAt === undefined ? matchSoleHit(k) : null;
      const hit = sole !== null ? pickSoleHit(sole, ctx, i, end) : pickFormHit(dict, matchHits(k), ruleAt, ctx, i, end);
      if (!hit) continue;
      if (hit.target === 'none') {
        i = end;
        taken = true;
        break;
      }
      const kind = hit.target === 'focal' ? 'focal' : hit.target.charCodeAt(0) === 103 && hit.target.startsWith('generic:') ? 'generic' : 'entity';
      if (kind === 'focal') {
        const det = tokens[i - 1];
        if (!det || !FOCAL_DETERMINER_WORDS.hasToken(det)) continue;
        addItem(kind, i - 1, end, hit, undefined);
        i = end;
        taken = true;
        break;
      }
      // A given name the dictionary only knows as a place or a one-word alias yields to the full name.
      if (kind === 'entity' && end - i === 1 && hit.priority < 5 && personNameEnd(dict, ctx, i) > end) break;
      addItem(kind, i, end, hit, undefined);
      i = end;
      taken = true;
      break;
    }
    if (taken) continue;
    if (org) {
      addItem('org-name', i, org.end, null, org.head);
      i = org.end;
      continue;
    }
    const nameEnd = personNameEnd(dict, ctx, i);
    if (nameEnd > 0) {
      addItem('person-name', i, nameEnd, null, undefined);
      i = nameEnd;
      continue;
    }
    i++;
  }
  items.length = itemCount;
  return scanned;
}

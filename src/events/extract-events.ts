// The extractor: per body sentence, tokens -> actor slots -> triggers -> arguments and modality.
import { afterPreposition, buildSlots, updateDiscourse } from './actor-slots.js';
import { findTriggers } from './find-triggers.js';
import { allowsSameState, pickArguments, sameStateSlot } from './pick-arguments.js';
import type { Arguments } from './pick-arguments.js';
import { readModality } from './read-modality.js';
import { findReportedSpeech } from './find-reported-speech.js';
import { tokenize } from './tokenize.js';
import { cameoOf, isCooperative, ploverOf } from './type-info.js';
import { getEventLexicon } from './event-lexicon.js';
import type { Discourse, Slot } from './actor-slots.js';
import type { Token } from './tokenize.js';
import type { Doc, Event, Mention, PloverType, Sentence } from '../core/index.js';

export const UNDATED = { value: null, granularity: 'unknown', derivation: 'none', timex: null, announced: null } as const;

const CHAIN_WORDS = new Set(['and', ',', 'then']);
const CLOSERS = new Set(['"', '”', '’', ')']);
const SPACE = /\s/;

/** What `/\?["”’)]*\s*$/` tests, read backwards from the end instead of tried at every offset. */
export function endsWithQuestion(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && SPACE.test(text[k]!)) k--;
  while (k >= 0 && CLOSERS.has(text[k]!)) k--;
  return k >= 0 && text.charCodeAt(k) === 63;
}

/**
 * Sentences worth reading, 1 per sentence index: body text, and a title only when there is no
 * body (a one-line input).
 */
export function readableSentences(doc: Doc): Uint8Array {
  let hasBody = false;
  for (const b of doc.blocks) if (b.role === 'body') { hasBody = true; break; }
  const readable = new Uint8Array(doc.sentences.length);
  for (let k = 0; k < doc.sentences.length; k++) {
    const role = doc.blocks[doc.sentences[k]!.block]?.role ?? 'body';
    readable[k] = role === 'boilerplate' ? 0 : role === 'heading' || role === 'title' ? (hasBody ? 0 : 1) : 1;
  }
  return readable;
}

/**
 * The document's mentions sorted by start (stably): as they come when they are, else a copy
 * sorted by insertion, since the few out of place (mentions added by resolution) move little.
 */
export function mentionsByStart(doc: Doc): readonly Mention[] {
  const mentions = doc.mentions;
  let k = 1;
  while (k < mentions.length && mentions[k - 1]!.start <= mentions[k]!.start) k++;
  if (k >= mentions.length) return mentions;
  const sorted = mentions.slice();
  for (let i = k; i < sorted.length; i++) {
    const m = sorted[i]!;
    let j = i;
    for (; j > 0 && sorted[j - 1]!.start > m.start; j--) sorted[j] = sorted[j - 1]!;
    sorted[j] = m;
  }
  return sorted;
}

/** Mentions inside the sentence; `mentions` is sorted by start, `from` is where to begin looking. */
function mentionsIn(mentions: readonly Mention[], sentence: Sentence, from: { at: number }): Mention[] {
  while (from.at < mentions.length && mentions[from.at]!.start < sentence.start) from.at++;
  const out: Mention[] = [];
  for (let k = from.at; k < mentions.length && mentions[k]!.start < sentence.end; k++) if (mentions[k]!.end <= sentence.end) out.push(mentions[k]!);
  return out;
}

export function extractEvents(doc: Doc): Event[] {
  const lex = getEventLexicon();
  const events: Event[] = [];
  const discourse: Discourse = { subjects: [], people: [] };
  const mentions = mentionsByStart(doc);
  const cursor = { at: 0 };
  const readable = readableSentences(doc);
  for (let index = 0; index < doc.sentences.length; index++) {
    if (readable[index] === 0) continue;
    const sentence = doc.sentences[index]!;
    const tokens = tokenize(doc.text, sentence.start, sentence.end, lex.kinds);
    if (!tokens.length) continue;
    const slots = buildSlots(tokens, mentionsIn(mentions, sentence, cursor), doc.text, discourse, lex);
    const evidenceText = doc.text.slice(sentence.start, sentence.end);
    const evidence = { start: sentence.start, end: sentence.end, text: evidenceText };
    const question = endsWithQuestion(evidenceText);
    const sentenceArgs: Arguments[] = [];
    // A new array each sentence: truncating one with `length = 0` is a runtime call in V8.
    const sentenceEvents: Event[] = [];
    for (const hit of findTriggers(tokens, slots, doc.text, lex)) {
      const pattern = hit.entry.pattern;
      let args = pickArguments(tokens, slots, hit, lex);
      // "kidnapped X and exploded bombs", "opened fire, killing one and arresting 12": a verb
      // chained to the previous act shares its subject.
      const chained = CHAIN_WORDS.has(tokens[hit.from - 1]?.norm ?? '') && hit.entry.pos !== 'noun' && !args.passive;
      const previous = sentenceArgs.at(-1);
      if (chained && previous && previous.source.length) args = sharingSubject(args, previous.source, allowsSameState(pattern, lex));
      // "X held talks with Y": both are parties to the talks, as PLOVER codes joint acts.
      if (pattern.joint && !args.passive && args.source.length && args.target.length) args = { ...args, source: [...args.source, ...args.target].filter((x, k, all) => all.findIndex((y) => y.actor.code === x.actor.code) === k), target: [] };
      sentenceArgs.push(args);
      const reading = readModality(tokens, hit, lex, question);
      let type = pattern.type ?? null;
      let polarity = reading.polarity;
      let modality = reading.modality;
      let plover: PloverType = pattern.plover ?? ploverOf(lex, type, 'SUPPORT');
      if (pattern.onlyNegated && polarity !== 'negated') continue;
      if (polarity === 'negated' && pattern.whenNegated) {
        type = pattern.whenNegated.type;
        polarity = pattern.whenNegated.polarity;
        modality = pattern.whenNegated.modality;
        plover = ploverOf(lex, type, plover);
      } else if (!pattern.control && !pattern.inherit && type !== 'statement') {
        // PLOVER codes a promised cooperative act as AGREE and a promised hostile one as THREATEN
        // (the subtype keeps what the act is); a denied cooperative act reads as REJECT.
        if (type === null && polarity === 'negated' && isCooperative(lex, plover)) plover = 'REJECT';
        else if (modality === 'intended' && plover !== 'AGREE' && plover !== 'THREATEN') plover = isCooperative(lex, plover) ? 'AGREE' : 'THREATEN';
      }
      // "to protest", "in protest": a public protest, not an official one, unless a state
      // summoned someone to protest ("India summoned the envoy to protest against ..."), which
      // is the summons' purpose: one act with it when the summons was read as one.
      if (pattern.id === 'protest.verbal' && /^(?:to|in)$/.test(tokens[hit.from - 1]?.norm ?? '')) {
        const summons = summonsBefore(tokens, hit.from - 1);
        if (summons < 0) plover = 'PROTEST';
        else if (hasProtest(sentenceEvents)) continue;
        else args = summonsArguments(tokens, slots, summons, hit.from - 1);
      }
      const first = tokens[hit.from]!;
      const last = tokens[hit.to - 1]!;
      const confidence = pattern.confidence * (args.source.length ? 1 : 0.6) * (args.target.length ? 1 : 0.85);
      const event: Event = {
        kind: 'event',
        id: `x${events.length}`,
        type,
        plover,
        cameo: pattern.cameo ?? cameoOf(lex, type, plover),
        source: args.source.map((s) => s.actor),
        target: args.target.map((s) => s.actor),
        date: UNDATED,
        polarity,
        modality,
        evidence,
        trigger: { start: first.start, end: last.end },
        sentence: index,
        pattern: patternWithCues(pattern.id, args.passive, reading.cues),
        confidence: Math.round(confidence * 100) / 100,
        content: null,
        level: type === 'upgrade_mission' || type === 'open_embassy' || type === 'downgrade_relations' ? levelOf(doc.text.slice(first.start, Math.min(sentence.end, last.end + 80))) : null,
      };
      events.push(event);
      sentenceEvents.push(event);
    }
    addGappedTargets(events, tokens, slots, sentenceEvents);
    for (const speech of findReportedSpeech(tokens, slots, doc.text, lex)) {
      events.push({
        kind: 'event', id: `x${events.length}`, type: speech.type, plover: speech.plover, cameo: speech.cameo, source: speech.source, target: speech.target,
        date: UNDATED, polarity: speech.polarity, modality: speech.modality, evidence, trigger: speech.trigger, sentence: index,
        pattern: speech.pattern, confidence: speech.confidence, content: speech.content, level: speech.level,
      });
    }
    updateDiscourse(discourse, slots, tokens);
  }
  return events;
}

const SUMMONED = new Set(['summoned', 'summons', 'summon', 'summoning', 'convened', 'convoked', 'convocó']);

/** The summoning verb within the six tokens before `to` ("summoned Wheeler to protest"), or -1. */
function summonsBefore(tokens: readonly Token[], to: number): number {
  for (let k = to - 1; k >= 0 && k >= to - 6; k--) if (SUMMONED.has(tokens[k]!.norm)) return k;
  return -1;
}

/** "X summoned Y's envoy to protest": X, the summoner, protests to Y, the one summoned. */
function summonsArguments(tokens: readonly Token[], slots: readonly Slot[], verb: number, to: number): Arguments {
  let subject: Slot | undefined;
  let first: Slot | undefined;
  const target: Slot[] = [];
  for (const s of slots) {
    if (s.to <= verb) {
      first ??= s;
      if (!afterPreposition(tokens, s.from)) subject = s;
    } else if (s.from > verb && s.to <= to && !target.some((t) => t.actor.code === s.actor.code)) target.push(s);
  }
  // "Earlier on Monday India summoned ...": every name hangs on a preposition; the first heads the clause.
  const source = subject ?? first;
  return { source: source ? [source] : [], target: source ? target.filter((t) => t.actor.code !== source.actor.code) : target, passive: false };
}

function hasProtest(events: readonly Event[]): boolean {
  for (const e of events) if (e.type === 'protest') return true;
  return false;
}

/** The rule id with what shaped the reading: "recognize.verb+passive+neg". */
function patternWithCues(id: string, passive: boolean, cues: readonly string[]): string {
  let out = passive ? `${id}+passive` : id;
  for (const cue of cues) out += `+${cue}`;
  return out;
}

const LEVELS = ['embassy', 'special delegation', 'delegation', 'consulate', 'information office', 'office', 'ambassadorial'];

/** The mission level named after the trigger, preferring the one after "to" ("from delegation to embassy"). */
function levelOf(after: string): string | null {
  const lower = after.toLowerCase();
  const to = lower.lastIndexOf(' to ');
  const scope = to >= 0 ? lower.slice(to) : lower;
  return LEVELS.find((l) => scope.includes(l)) ?? null;
}

/** The arguments of a verb chained to the previous act, which takes that act's subject. */
function sharingSubject(args: Arguments, source: Slot[], internal: boolean): Arguments {
  return { ...args, source, target: args.target.filter((t) => !source.includes(t) && !(!internal && sameStateSlot(t, source))) };
}

/** "X no longer has relations with Peru; nor Ecuador": the gapped clause repeats the act for a new target. */
function addGappedTargets(events: Event[], tokens: readonly Token[], slots: readonly Slot[], sentenceEvents: readonly Event[]): void {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.norm !== 'nor' || (tokens[k - 1]!.norm !== ';' && tokens[k - 1]!.norm !== ',')) continue;
    const gapped = gappedAt(k, tokens, slots, sentenceEvents);
    if (gapped) events.push(gapped);
  }
}

/** The act repeated by "; nor" at token `k` (a function of its own, so the loop above allocates no closure context). */
function gappedAt(k: number, tokens: readonly Token[], slots: readonly Slot[], sentenceEvents: readonly Event[]): Event | null {
  const slot = slots.find((s) => s.from === k + 1 || (s.from === k + 2 && tokens[k + 1]!.norm === 'the'));
  const before = sentenceEvents.filter((e) => e.trigger.end <= tokens[k]!.start && e.target.length).at(-1);
  if (!slot || !before || sentenceEvents.some((e) => e.trigger.start > tokens[k]!.start && e.trigger.start < (tokens[slot.to + 4]?.start ?? Infinity))) return null;
  return { ...before, id: `${before.id}n${k}`, target: [slot.actor], trigger: { start: tokens[k]!.start, end: tokens[k]!.end }, pattern: `${before.pattern}+gapped` };
}

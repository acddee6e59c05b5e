// The indexed finder must find exactly what scanning the whole text with every rule finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCandidates } from './find-candidates.js';
import type { TimexRule } from './rule-kit.js';
import { regexHeads } from './regex-heads.js';
import { cueWord } from './tense-around.js';
import { timeRules } from './time-rules.js';

/** The plain way: every rule over the whole text, overlaps to the longest, then the earlier rule. */
function scanEverything(text: string, rules: readonly TimexRule[]): string[] {
  const found: { start: number; end: number; order: number; id: string }[] = [];
  rules.forEach((rule, order) => {
    for (const m of text.matchAll(rule.pattern)) {
      const end = m.index + m[0].length;
      if (end === m.index) continue;
      if (rule.accept && !rule.accept({ ...(m.groups ?? {}), match: m[0] }, text, m.index, end)) continue;
      found.push({ start: m.index, end, order, id: rule.id });
    }
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const taken = new Uint8Array(text.length);
  const kept = found.filter((c) => {
    if (taken.subarray(c.start, c.end).includes(1)) return false;
    taken.fill(1, c.start, c.end);
    return true;
  });
  return kept.sort((a, b) => a.start - b.start).map((c) => `${c.start}-${c.end} ${c.id}`);
}

const english = [
  'On Tuesday, March 4, 2025 the envoy said talks would resume next week; two decades later, in the 1990s, they had not.',
  'Shares rose 12% to $1998 in the third quarter of fiscal 2024, up from a year ago, the company said at 10:30 a.m. EST.',
  'The strike lasted twenty-five days\u00a0and ended on New Year\u2019s Eve; over the next few months, prices fell.',
  'Since the \u201890s the port has grown. Oct. 23 was quiet, said the U.S. embassy. Every year, daily, biweekly.',
  'He returned home the day after tomorrow evening, nearly four years later, barely a week after the May 5 vote.',
  'A ſeptember note, KELVIN \u212a, \ud835\udc00 letters beyond the plane, and one two three four five six seven eight nine ten eleven days.',
  'In the summer of 2008 and by Christmas the three-year-old plan, the year-ago period, this week, that same year.',
  // Words that begin like a rule's match and then part from it: "decade" and "Dec", "marched"
  // and "March", "in the capital" and "in the coming", "a decade later" and "a decade-long".
  'A decade later the mayor marched in the capital on Dec. 5; in the coming days a decade-long dispute ended, Mayor said.',
  'Thousands of farmers met over a military base at the end of the month, the first such protest since 1999.',
];

test('tries each rule only where its matches can begin, and finds what a scan of the whole text finds', () => {
  const rules = timeRules('en');
  for (const text of english) {
    const ours = findCandidates(text, rules).map((c) => `${c.start}-${c.end} ${c.rule.id}`);
    assert.deepEqual(ours, scanEverything(text, rules), text);
  }
});

test('Spanish rules whose matches may begin anywhere still find what a whole-text scan finds', () => {
  const rules = timeRules('es');
  const text = 'El 5 de junio de 2023 el gobierno dijo que hace tres años rompió relaciones; la semana pasada, ese mismo año.';
  assert.deepEqual(findCandidates(text, rules).map((c) => `${c.start}-${c.end} ${c.rule.id}`), scanEverything(text, rules));
});

test('reads the folded start of every match of a pattern', () => {
  const heads = regexHeads('(?:the\\s+)?year[\\s-]+ago');
  assert.deepEqual([...(heads ?? [])].sort(), ['the#ye', 'year#a']);
  assert.deepEqual([...(regexHeads('(?<d>\\d{1,2})\\s*pm') ?? [])].sort(), ['0#pm', '00#pm', '00pm', '0pm']);
  // A pattern that may begin with a blank or match nothing cannot be indexed.
  assert.equal(regexHeads('(?:,?\\s+)?now'), null);
  assert.equal(regexHeads('(?:x)?'), null);
});

test('reads the cue word before an expression as the backward pattern does', () => {
  const pattern = /([\p{L}]+)\s+(?:the\s+|on\s+|in\s+)?$/u;
  for (const s of ['payable ', 'effective on ', 'due in the ', 'said.', 'x.the ', 'in on ', '5 on ', '', '  ', 'through\u00a0the\n'])
    assert.equal(cueWord(s), pattern.exec(s)?.[1], JSON.stringify(s));
});

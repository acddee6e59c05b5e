// Golden table for time expressions, with the reference date pinned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimexes } from './find-timexes.js';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly published: string | null;
  readonly expression: string;
  readonly value: string;
  readonly type?: string;
  readonly derivation?: string;
  readonly language?: string;
}

const cases: readonly Case[] = [
  { name: 'full date', text: 'The treaty was signed on March 4, 1994 in Lima.', published: '2024-02-01', expression: 'March 4, 1994', value: '1994-03-04', derivation: 'explicit' },
  { name: 'month and year', text: 'Talks collapsed in September of 2021.', published: '2023-06-15', expression: 'September of 2021', value: '2021-09' },
  { name: 'bare year after a preposition', text: 'Chile opened a consulate in 1988, officials recall.', published: '2023-06-15', expression: '1988', value: '1988' },
  { name: 'year that is a count is skipped', text: 'The army sent 2000 troops to the border.', published: '2023-06-15', expression: '', value: '' },
  { name: 'ISO week: last week', text: 'Last week the minister resigned.', published: '2023-06-15', expression: 'Last week', value: '2023-W23', derivation: 'publication-relative' },
  { name: 'quarter', text: 'Exports fell in the second quarter of 2022.', published: '2023-06-15', expression: 'the second quarter of 2022', value: '2022-Q2' },
  { name: 'season with a modifier', text: 'The summit is planned for next summer.', published: '2023-10-10', expression: 'next summer', value: '2024-SU' },
  { name: 'decade', text: 'Trade boomed in the 1990s.', published: '2023-03-10', expression: 'the 1990s', value: '199' },
  { name: 'decade in words', text: 'Relations thawed in the nineties.', published: '1998-03-10', expression: 'the nineties', value: '199' },
  { name: 'century', text: 'The border was drawn in the nineteenth century.', published: '2020-01-01', expression: 'the nineteenth century', value: '18' },
  { name: 'duration in digits', text: 'The ceasefire held for 3 years.', published: '2020-01-01', expression: '3 years', value: 'P3Y', type: 'DURATION' },
  { name: 'hyphenated duration in words', text: 'The eleven-day offensive ended in a truce.', published: '2021-06-01', expression: 'eleven-day', value: 'P11D', type: 'DURATION' },
  { name: '"a five year low" is five years', text: 'The peso hit a five year low.', published: '2021-06-01', expression: 'five year', value: 'P5Y' },
  { name: 'hours in words', text: 'In the last twenty four hours, the index fell.', published: '2021-06-01', expression: 'the last twenty four hours', value: 'PT24H' },
  { name: 'present reference', text: 'The two countries currently have no embassies.', published: '2025-05-23', expression: 'currently', value: 'PRESENT_REF' },
  { name: 'now', text: 'The delegation is now an embassy.', published: '2025-05-23', expression: 'now', value: 'PRESENT_REF' },
  { name: 'past reference', text: 'Ties have recently improved.', published: '2025-05-23', expression: 'recently', value: 'PAST_REF' },
  { name: 'past reference: in the past', text: 'In the past, the ministry refused such requests.', published: '2025-05-23', expression: 'In the past', value: 'PAST_REF' },
  { name: 'set', text: 'The commission meets every year in Geneva.', published: '2025-05-23', expression: 'every year', value: 'P1Y', type: 'SET' },
  { name: 'set adverb', text: 'Ministers have spoken daily since the crisis began.', published: '2025-05-23', expression: 'daily', value: 'P1D', type: 'SET' },
  { name: 'clock time on the publication day', text: 'The vote opened at 10:35 a.m. local time.', published: '2025-05-23', expression: '10:35 a.m. local time', value: '2025-05-23T10:35', type: 'TIME' },
  { name: 'weekday in a past sentence', text: 'The envoy arrived on Tuesday.', published: '2025-05-23', expression: 'Tuesday', value: '2025-05-20' },
  { name: 'weekday in a future sentence', text: 'The envoy will arrive on Tuesday.', published: '2025-05-23', expression: 'Tuesday', value: '2025-05-27' },
  { name: 'plan for a month ahead is the coming one', text: 'The government plans to reopen the mission in December.', published: '2024-03-12', expression: 'December', value: '2024-12' },
  { name: 'future month before publication is next year', text: 'The embassy will open in February.', published: '2024-09-12', expression: 'February', value: '2025-02' },
  { name: 'a past day after publication is last year', text: 'The Oct. 23 shooting shocked the capital, police said.', published: '2024-05-02', expression: 'Oct. 23', value: '2023-10-23' },
  { name: 'month of this year', text: 'A second request was filed in June of this year.', published: '2023-06-15', expression: 'June of this year', value: '2023-06' },
  { name: 'earlier this week', text: 'Earlier this week on May 21st the two met.', published: '2025-05-23', expression: 'Earlier this week', value: '2025-W21' },
  { name: 'day with ordinal suffix', text: 'Earlier this week on May 21st the two met.', published: '2025-05-23', expression: 'May 21st', value: '2025-05-21' },
  { name: 'yesterday', text: 'The ambassador was recalled yesterday.', published: '2025-05-23', expression: 'yesterday', value: '2025-05-22' },
  { name: 'ago', text: 'Relations were cut five years ago.', published: '2025-05-23', expression: 'five years ago', value: '2020' },
  { name: 'first of the month', text: 'As of the first of the month, the office is an embassy.', published: '2023-06-15', expression: 'the first of the month', value: '2023-06-01' },
  { name: 'future reference', text: 'The dispute may be settled in the near future.', published: '2025-05-23', expression: 'the near future', value: 'FUTURE_REF' },
  { name: 'part of the day', text: 'The cabinet met this morning.', published: '2025-05-23', expression: 'this morning', value: '2025-05-23TMO', type: 'TIME' },
  { name: 'the same year', text: 'Peru voted in 1990 and Chile the same year.', published: '2025-05-23', expression: 'the same year', value: '1990', derivation: 'narrative' },
  { name: 'Spanish full date', text: 'El acuerdo se firmó el 5 de junio de 2023 en Lima.', published: '2024-01-01', expression: '5 de junio de 2023', value: '2023-06-05', language: 'es' },
  { name: 'Spanish "hace tres años"', text: 'Las relaciones se rompieron hace tres años.', published: '2024-01-01', expression: 'hace tres años', value: '2021', language: 'es' },
  { name: 'Spanish "la semana pasada"', text: 'El embajador volvió la semana pasada.', published: '2024-01-10', expression: 'la semana pasada', value: '2024-W01', language: 'es' },
  { name: 'no publication date leaves relative dates unresolved', text: 'The envoy left last week.', published: null, expression: 'last week', value: 'XXXX', derivation: 'unresolved' },
  { name: 'no publication date keeps explicit dates', text: 'The envoy left on June 3, 2019.', published: null, expression: 'June 3, 2019', value: '2019-06-03', derivation: 'explicit' },
];

for (const c of cases) {
  test(`finds ${c.name}`, () => {
    const found = findTimexes(c.text, c.published, { language: c.language ?? 'en' });
    if (!c.expression) {
      assert.deepEqual(found.map((t) => t.text), []);
      return;
    }
    // Spans may carry a leading article or preposition ("The Oct. 23", "In the last ...").
    const t = found.find((x) => x.text === c.expression || x.text.endsWith(` ${c.expression}`));
    assert.ok(t, `no expression "${c.expression}" in ${JSON.stringify(found.map((x) => x.text))}`);
    assert.equal(t.value, c.value);
    assert.equal(c.text.slice(t.start, t.end), t.text);
    assert.ok(t.text.length <= c.expression.length + 4, `span "${t.text}" is wider than "${c.expression}"`);
    if (c.type) assert.equal(t.type, c.type);
    if (c.derivation) assert.equal(t.derivation, c.derivation);
  });
}

test('a megabyte of blanks, links and numbers yields no expressions', () => {
  const junk = ' '.repeat(300_000) + 'http://example.com/a/b '.repeat(20_000) + '1 2 3 4 5 6 7 8 9 '.repeat(15_000);
  assert.deepEqual(findTimexes(junk, '2024-01-01'), []);
});

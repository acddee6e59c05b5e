// A bare four-digit number is a year in some places and a count in others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isYearInContext, lastWordBefore } from './is-year-in-context.js';
import { timeLexicon } from './time-lexicon.js';

const yearIn = (text: string): boolean => {
  const at = text.search(/\d{4}/);
  return isYearInContext(text, at, at + 4, timeLexicon('en'));
};

test('tells years from counts and sums', () => {
  assert.equal(yearIn('The treaty was signed in 1975 by both states.'), true);
  assert.equal(yearIn('Since 1988, the border has stayed closed.'), true);
  assert.equal(yearIn('The army sent 2000 troops to the border.'), false);
  assert.equal(yearIn('The fund paid out $1998 to each family.'), false);
  assert.equal(yearIn('Prices rose by 1999 percent over a decade.'), false);
  assert.equal(yearIn('Talks failed in 1994 and resumed a year later.'), true);
});

test('reads the last word before a number as its pattern does', () => {
  for (const s of ['signed in ', "the country's ", 'café ', 'in é ', "rock 'n' ", '12 ', '', 'the (', 'x_ ', 'Mr. '])
    assert.equal(lastWordBefore(s), /([\p{L}']+)\W*$/u.exec(s)?.[1]?.toLowerCase() ?? '', JSON.stringify(s));
});

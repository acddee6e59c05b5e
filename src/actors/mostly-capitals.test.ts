import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mostlyCapitals } from './mostly-capitals.js';

/** The plain count the early stop must agree with. */
function countedShare(text: string): number {
  const upper = text.replace(/[^A-Z]/g, '').length;
  const letters = text.replace(/[^A-Za-z]/g, '').length;
  return letters ? upper / letters : 0;
}

test('a headline in capitals is mostly capitals, an ordinary sentence is not', () => {
  const headline = 'PERU AND BOLIVIA REOPEN THEIR BORDER CROSSING AT DESAGUADERO AFTER TWO WEEKS OF PROTESTS';
  const sentence = 'Peru and Bolivia reopened their border crossing at Desaguadero after two weeks of protests by truck drivers.';
  assert.equal(mostlyCapitals(headline, 0, headline.length), true);
  assert.equal(mostlyCapitals(sentence, 0, sentence.length), false);
});

test('stopping early gives the answer of the full count, also when the capitals come last', () => {
  const texts: string[] = [];
  for (let lower = 0; lower <= 120; lower += 7) {
    for (let upper = 0; upper <= 200; upper += 11) {
      texts.push('x'.repeat(lower) + ' ' + 'Q'.repeat(upper), 'Q'.repeat(upper) + ' ' + 'x'.repeat(lower), '12 ' + 'ab '.repeat(lower) + 'CD '.repeat(upper));
    }
  }
  for (const text of texts) assert.equal(mostlyCapitals(text, 0, text.length), countedShare(text) > 0.6, text.slice(0, 40));
});

test('only the span asked about counts', () => {
  const text = 'quiet words here. LOUD WORDS THERE.';
  const loud = text.indexOf('LOUD');
  assert.equal(mostlyCapitals(text, loud, text.length), true);
  assert.equal(mostlyCapitals(text, 0, loud), false);
});

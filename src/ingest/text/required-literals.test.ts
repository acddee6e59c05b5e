import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchoredAtStart, requiredLiterals } from './required-literals.js';
import { loadBoilerplateRules } from './load-boilerplate-rules.js';
import { matchBoilerplateLine } from './match-boilerplate-line.js';

test('a plain phrase between word boundaries is its own required literal', () => {
  assert.deepEqual(requiredLiterals('\\bwe use cookies\\b'), ['we use cookies']);
});

test('optional characters and groups cut the literal; a group that must match offers its alternatives', () => {
  assert.deepEqual(requiredLiterals('\\bcookies? help(?:s)? us\\b'), ['cookie']);
  assert.deepEqual(requiredLiterals('\\b(?:via|\\/)\\s*(?:getty images|reuters)$'), ['getty images', 'reuters']);
  assert.deepEqual(requiredLiterals('\\ball rights reserved\\b|\\btodos los derechos\\b'), ['all rights reserved', 'todos los derechos']);
});

test('no literal when some alternative has none, or only a negative look-ahead names one', () => {
  assert.equal(requiredLiterals('\\d+|cookies'), null);
  assert.equal(requiredLiterals('^(?!cookies)\\w+$'), null);
  assert.equal(requiredLiterals('[.!?]\\s*$'), null);
});

test('a pattern is anchored only when every top-level alternative starts at the line start', () => {
  assert.equal(anchoredAtStart('^(?:share|print)$'), true);
  assert.equal(anchoredAtStart('^continue reading\\b|^weiter\\b'), true);
  assert.equal(anchoredAtStart('^(?:a|b)|cookies'), false);
  assert.equal(anchoredAtStart('\\bnews(?:letter|^x)'), false);
});

test('the literal screen and the anchored prefixes never hide a match of the boilerplate rules, whatever the case', () => {
  const lines = [
    'We use cookies to improve your experience on this site.',
    'WE USE COOKIES. BY USING OUR WEBSITE YOU AGREE.',
    'Sign up for our free daily newsletter',
    'Thanks for subscribing!',
    'Get the latest headlines from the region in your inbox every morning',
    'Photo by Ana Ruiz',
    'The minister arrived in Lima on Tuesday. (Ana Ruiz)',
    'Soldiers patrol the border crossing near the town (AFP/Getty Images)',
    'Soldiers patrol the border crossing near the town via Reuters',
    '© 2024 Example Media. All Rights Reserved.',
    'Todos los derechos reservados',
    'The ministry said it would review the agreement before the summit in October.',
    'Uſe of cookies: we uſe cookies',
    'Share this article',
    'Continue reading',
    '© 2024 Example Media',
    'OK',
    '— — —',
    'By Ana Ruiz',
    'Follow us on Telegram',
    'Photo credit: Ana Ruiz',
    'İmage credit: Ana Ruiz',
    '\u212aeep you posted: sign up for our newsletter',
  ];
  const rules = loadBoilerplateRules();
  for (const line of lines) {
    const unfiltered = rules.find((r) => line.length <= r.maxLength && r.patterns.some((p) => p.test(line)))?.id ?? null;
    assert.equal(matchBoilerplateLine(line), unfiltered, line);
  }
});

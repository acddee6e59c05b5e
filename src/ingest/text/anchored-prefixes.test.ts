import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchoredPrefixes, leadingClass } from './anchored-prefixes.js';
import { loadBoilerplateRules } from './load-boilerplate-rules.js';

test('reads the prefixes from leading words and groups of alternatives, lower-cased', () => {
  assert.deepEqual(anchoredPrefixes('^(?:Leave|post) a (?:reply|comment)\\b', true), ['leave ', 'post a']);
  assert.deepEqual(anchoredPrefixes('^continue reading\\b|^weiterlesen\\b', true), ['contin', 'weiter']);
});

test('an optional group or character gives the prefixes with and without it', () => {
  assert.deepEqual(anchoredPrefixes('^(?:i )?(?:ok|agree)$', true)?.sort(), ['agree', 'i agre', 'i ok', 'ok']);
  assert.deepEqual(anchoredPrefixes('^log ?in$', true)?.sort(), ['log in', 'login']);
});

test('a class, an escape or a repeated group ends the prefix; with none left there is no prefix', () => {
  assert.deepEqual(anchoredPrefixes('^s[ií]guenos', true), ['s']);
  assert.equal(anchoredPrefixes('^[\\p{P}\\s]{1,40}$', true), null);
  assert.equal(anchoredPrefixes('^(?:\\d+ )?comments$', true), null);
  assert.equal(anchoredPrefixes('^(?:[Bb]y|BY)\\s+\\p{Lu}', false), null);
});

test('a leading class taken at least once is reported, an optional one is not', () => {
  assert.equal(leadingClass('^[\\p{P}\\p{S}\\s]{1,40}$'), '[\\p{P}\\p{S}\\s]');
  assert.equal(leadingClass('^\\d+ comments$'), '\\d');
  assert.equal(leadingClass('^[\\p{P}]?x'), null);
  assert.equal(leadingClass('^share'), null);
});

test('every line an anchored rule matches begins with one of its prefixes', () => {
  const lines = [
    'Share this article', 'Continue reading', 'Got it!', 'OK', 'I agree.', 'Read more', 'See also:', 'Related stories',
    '© 2024 Example Media', '(c) Example Media', 'Copyright 2024', 'Leave a reply', 'Post comment', 'Photo credit: Ana Ruiz',
    'Follow us on Telegram', 'Log in', 'Login', 'Advertisement', 'Subscribe now!', 'Originally published in 2019',
  ];
  let matched = 0;
  for (const rule of loadBoilerplateRules()) {
    rule.patterns.forEach((pattern, i) => {
      if (!rule.anchored[i]) return;
      const prefixes = anchoredPrefixes(pattern.source, !rule.caseSensitive);
      if (prefixes === null) return;
      for (const line of lines) {
        if (!pattern.test(line)) continue;
        matched++;
        const seen = rule.caseSensitive ? line : line.toLowerCase();
        assert.ok(prefixes.some((p) => seen.startsWith(p)), `${rule.id}: ${line}`);
      }
    });
  }
  assert.ok(matched >= lines.length, 'the fixture lines are boilerplate');
});

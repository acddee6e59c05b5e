import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkHtmlHints, compileHtmlHints, loadHtmlHints, parseHtmlHints } from './load-html-hints.js';

const minimal = `
negativeSubstrings: [comment]
negativeWords: [ad, nav]
inlineSkipSubstrings: [tooltip]
positiveSubstrings: [article-body]
positiveWords: [content]
boilerplateLines: ['advertisement\\b']
boilerplateAnywhere: ['sign up for']
`;

test('short negative words match whole words only, long ones anywhere', () => {
  const hints = compileHtmlHints(parseHtmlHints(minimal));
  assert.equal(hints.isNegative('ad-slot top'), true);
  assert.equal(hints.isNegative('masthead'), false);
  assert.equal(hints.isNegative('site-nav'), true);
  assert.equal(hints.isNegative('canvas-wrap'), false);
  assert.equal(hints.isNegative('usercomments'), true);
});

test('positive levels: a named article body is strong, a generic word weak', () => {
  const hints = compileHtmlHints(parseHtmlHints(minimal));
  assert.equal(hints.positiveLevel('main article-body'), 2);
  assert.equal(hints.positiveLevel('page-content'), 1);
  assert.equal(hints.positiveLevel('contents-table'), 0);
});

test('boilerplate lines match at the start, phrases anywhere, case-insensitively', () => {
  const hints = compileHtmlHints(parseHtmlHints(minimal));
  assert.equal(hints.isBoilerplateLine('ADVERTISEMENT'), true);
  assert.equal(hints.isBoilerplateLine('The advertisement ran for a week.'), false);
  assert.equal(hints.hasBoilerplatePhrase('Like this story? Sign up for more.'), true);
});

test('the check reports duplicates and patterns that do not compile', () => {
  const bad = minimal.replace('[comment]', '[comment, comment]').replace("['sign up for']", "['(unclosed']");
  const problems = checkHtmlHints(bad);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /'comment' is listed twice/);
  assert.match(problems[1], /does not compile/);
});

test('the check rejects a file missing a list', () => {
  const problems = checkHtmlHints('negativeSubstrings: [comment]\n');
  assert.equal(problems.length, 1);
  assert.match(problems[0], /html-hints\.yaml/);
});

test('the shipped hints load and know a cookie prompt from a sentence', () => {
  const hints = loadHtmlHints();
  assert.equal(hints.isNegative('cookie-banner'), true);
  assert.equal(hints.isBoilerplateLine('We use cookies to improve your experience'), true);
  assert.equal(hints.isBoilerplateLine('Mexico and Peru restored relations in 2024.'), false);
});

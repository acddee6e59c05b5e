import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyTextBlocks } from './classify-text-blocks.js';

/** Each non-empty line with its role (and reason for boilerplate), for compact assertions. */
function roles(text: string): string[] {
  return classifyTextBlocks(text).map((b) => {
    const line = text.slice(b.start, b.end);
    return `${b.role}${b.reason ? `:${b.reason}` : ''} | ${line.slice(0, 30)}`;
  });
}

const ARTICLE = [
  'CHILE AND BOLIVIA AGREE TO REOPEN CONSULATES',
  'Santiago. The two governments said on Monday that consular offices closed since the 1978 rupture will reopen next year.',
  '',
  'Officials from both foreign ministries met in Arica to settle the details, according to a joint statement.',
  '',
  'A Long Dispute Over the Sea',
  '',
  'Bolivia lost its coastline in a nineteenth-century war and has pressed claims ever since, without success at The Hague.',
  '',
  'Foreign ministers of both countries shake hands in Arica on Monday. (Jane Roe / Reuters)',
  '',
  'Sign up for our weekly newsletter',
  'We never spam, promise!',
  'Leave a comment',
  'This website uses cookies to improve your experience.',
].join('\n');

test('a capitalised first line is the title, short lines between paragraphs are headings', () => {
  const r = roles(ARTICLE);
  assert.equal(r[0], 'title | CHILE AND BOLIVIA AGREE TO REO');
  assert.equal(r[1], 'body | Santiago. The two governments ');
  assert.equal(r[3], 'heading | A Long Dispute Over the Sea');
  assert.equal(r[4], 'body | Bolivia lost its coastline in ');
});

test('a photo caption with an agency credit and the closing prompts are boilerplate', () => {
  const r = roles(ARTICLE);
  assert.equal(r[5], 'boilerplate:caption | Foreign ministers of both coun');
  assert.deepEqual(r.slice(6).map((x) => x.split(' |')[0]), [
    'boilerplate:newsletter',
    'boilerplate:newsletter',
    'boilerplate:comment-form',
    'boilerplate:cookie-banner',
  ]);
});

test('offsets point into the original text, which keeps its blank lines and indentation', () => {
  const text = '  The envoy arrived in Lima on Friday.  \n\n\tShe met the foreign minister.';
  const blocks = classifyTextBlocks(text);
  assert.deepEqual(blocks.map((b) => text.slice(b.start, b.end)), [
    'The envoy arrived in Lima on Friday.',
    'She met the foreign minister.',
  ]);
});

test('teasers after a lone dash at the end of the article are dropped, the article is kept', () => {
  const text = [
    'Kenya recalled its envoy from Juba on Thursday after a border incident.',
    'The foreign ministry said the recall was temporary.',
    '-',
    'Ethiopia Opens New Embassy in Nairobi',
    'The building replaces offices used since the 1960s.',
    '-',
    'Somalia and Kenya Restore Flights',
    'Direct flights resumed after a two-year pause.',
  ].join('\n');
  const r = classifyTextBlocks(text).map((b) => `${b.role}:${b.reason ?? ''}`);
  assert.deepEqual(r, ['body:', 'body:', 'boilerplate:separator', 'boilerplate:teaser', 'boilerplate:teaser', 'boilerplate:separator', 'boilerplate:teaser', 'boilerplate:teaser']);
});

test('a scene-break separator followed by more article paragraphs keeps them', () => {
  const text = [
    'The talks in Doha began with a long silence between the delegations.',
    '***',
    'By the third day, the mediators had produced a first draft of the ceasefire terms.',
    'Both sides said they would study it.',
  ].join('\n');
  const r = classifyTextBlocks(text).map((b) => b.role);
  assert.deepEqual(r, ['body', 'boilerplate', 'body', 'body']);
});

test('body lines that merely mention cookies, newsletters or photos stay body', () => {
  const text = [
    'The regulator fined the publisher because its cookie banner gave readers no real choice, a ruling that may affect every news site in the bloc.',
    'The ministry sent a newsletter to embassies explaining the new visa rules for journalists.',
    'A photo of the signing ceremony was released by the presidency on Wednesday.',
  ].join('\n');
  assert.deepEqual(classifyTextBlocks(text).map((b) => b.role), ['body', 'body', 'body']);
});

test('Spanish prompts and a byline are boilerplate', () => {
  const text = [
    'Por María López',
    'México y Perú restablecieron relaciones diplomáticas plenas tras dos años de tensión.',
    'Te puede interesar: otras noticias',
    'Suscríbete a nuestro boletín',
    'Utilizamos cookies para mejorar tu experiencia.',
  ].join('\n');
  const reasons = classifyTextBlocks(text).map((b) => b.reason);
  assert.deepEqual(reasons, ['byline', null, 'read-more', 'newsletter', 'cookie-banner']);
});

test('a lone headline without a sentence, or a plain list, stays as it is', () => {
  assert.deepEqual(classifyTextBlocks('Mexico recognises Palestine').map((b) => b.role), ['body']);
  assert.deepEqual(classifyTextBlocks('Argentina\nBrazil\nChile').map((b) => b.role), ['body', 'body', 'body']);
});

test('a date-only line is a dateline, not body', () => {
  const text = 'Published on 3 March 2021\nThe embassy in Caracas reopened its consular section.';
  assert.deepEqual(classifyTextBlocks(text).map((b) => `${b.role}:${b.reason ?? ''}`), ['boilerplate:dateline', 'body:']);
});

test('an empty text has no blocks', () => {
  assert.deepEqual(classifyTextBlocks(''), []);
  assert.deepEqual(classifyTextBlocks('\n  \n'), []);
});

test('a section label, a share bar, a bracketed photo credit and an inbox blurb are boilerplate', () => {
  const text = [
    'Uruguay recognises Palestine in a decree signed by the president',
    'Daily Example · Americas',
    'Share: Facebook | X | Email',
    'The president signs the decree at the Torre Ejecutiva in Montevideo. (Daily Example)',
    'Uruguay formally recognised the State of Palestine on Tuesday, its foreign ministry said.',
    'The best of the day, in your inbox every morning.',
    'The decision follows similar moves by Brazil and Argentina.',
  ].join('\n');
  assert.deepEqual(classifyTextBlocks(text).map((b) => `${b.role}:${b.reason ?? ''}`), [
    'title:',
    'boilerplate:navigation',
    'boilerplate:share',
    'boilerplate:caption-credit',
    'body:',
    'boilerplate:newsletter',
    'body:',
  ]);
});

test('a long headline in sentence case opens the scrape as its title', () => {
  const text = 'Ecuador and Mexico trade accusations at the OAS after the raid on the embassy in Quito\nThe two delegations spoke for an hour.';
  assert.deepEqual(classifyTextBlocks(text).map((b) => b.role), ['title', 'body']);
});

test('Windows line endings leave no carriage return inside a block', () => {
  const text = 'Ghana opened an embassy in Havana.\r\n\r\nThe ceremony was short.\r\n';
  assert.deepEqual(classifyTextBlocks(text).map((b) => text.slice(b.start, b.end)), [
    'Ghana opened an embassy in Havana.',
    'The ceremony was short.',
  ]);
});

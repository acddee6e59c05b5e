import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCtx, makeDoc } from '../core/index.js';
import type { Block, Mention } from '../core/index.js';
import { makeTextSegmenter } from '../ingest/index.js';
import { makeMentionFinder, resolveStateQuery, stateName, lookupActorCode } from './index.js';

const finder = makeMentionFinder();

function find(text: string, published: string | null = '2024-06-01', blocks?: Block[]): Mention[] {
  const doc = makeTextSegmenter().run(makeDoc({ id: 't', text, meta: { published }, blocks }), makeCtx(published));
  // Generic references ("its ambassador") wait for the resolver with an empty code.
  return finder.run(doc, makeCtx(published)).mentions.filter((m) => m.code !== '');
}

function codes(text: string, published?: string | null): string[] {
  return find(text, published).map((m) => `${m.text}=${m.code}`);
}

test('coordinated states are separate mentions', () => {
  assert.deepEqual(codes('Mexico and Brazil signed a trade accord with Chile.'), ['Mexico=MEX', 'Brazil=BRA', 'Chile=CHL']);
});

test('longest form wins over its parts', () => {
  assert.deepEqual(codes('The United States asked the UN Human Rights Council to act.'), ['United States=USA', 'UN Human Rights Council=IGO:UNHRC']);
});

test('possessives with straight and curly apostrophes, and hyphenated forms', () => {
  assert.deepEqual(codes('Israel’s decision angered Turkey\'s leadership.').slice(0, 1), ['Israel=ISR']);
  assert.ok(codes('Israel’s decision angered Turkey\'s leadership.').some((c) => c.endsWith('=TUR')));
  assert.deepEqual(codes('They flew Israeli-made drones along the US-Mexico border.'), ['Israeli=ISR', 'US=USA', 'Mexico=MEX']);
  assert.deepEqual(codes('NATO-member Norway sent a frigate.'), ['NATO=IGO:NATO', 'Norway=NOR']);
});

test('capitals and seats of power stand for their state, with a sector where they imply one', () => {
  const found = find('Washington and the Kremlin traded barbs while Tel Aviv stayed silent and Los Pinos said nothing.');
  assert.deepEqual(found.map((m) => [m.text, m.code, m.sector]), [
    ['Washington', 'USA', null],
    ['Kremlin', 'RUS', 'GOV'],
    ['Tel Aviv', 'ISR', null],
    ['Los Pinos', 'MEX', 'GOV'],
  ]);
});

test('a leader is coded by the office held on the publication date', () => {
  const amlo = find('AMLO criticised the ruling on Tuesday.', '2023-03-01')[0];
  assert.equal(amlo?.code, 'MEX');
  assert.equal(amlo?.sector, 'GOV');
  assert.equal(amlo?.role?.title, 'President of Mexico');
  const sheinbaum = find('Sheinbaum spoke to reporters.', '2025-02-01')[0];
  assert.equal(sheinbaum?.name, 'Claudia Sheinbaum');
  assert.equal(sheinbaum?.role?.start, '2024-10-01');
  const trump = find('Donald Trump visited the border.', '2019-05-01')[0];
  assert.equal(trump?.role?.code, 'USAGOV');
});

test('a year named in the sentence decides a former leader’s role', () => {
  const m = find('In 1975 Yasser Arafat spoke at the United Nations.', '2023-06-15')[0];
  assert.equal(m?.code, 'ORG:PLO');
  assert.equal(m?.state, 'PSE');
});

test('ambiguous words are not states in their other senses', () => {
  assert.deepEqual(codes('We roasted a turkey and served it on fine china.'), []);
  assert.deepEqual(codes('The guinea pig escaped.'), []);
  assert.deepEqual(codes('Chad Johnson and Michael Jordan played golf.'), []);
  assert.deepEqual(codes('Turkey and Chad signed a pact.'), ['Turkey=TUR', 'Chad=TCD']);
  assert.deepEqual(codes('Voters in Atlanta decided the Georgia runoff.').map((c) => c.split('=')[1]), ['USA']);
  assert.deepEqual(codes('Georgia and Armenia held talks in Tbilisi.'), ['Georgia=GEO', 'Armenia=ARM', 'Tbilisi=GEO']);
});

test('regional adjectives such as "South American" and "Latin American" name no state', () => {
  assert.deepEqual(codes('Most South American countries and Latin American leaders backed the plan, as did Peru.'), ['Peru=PER']);
  assert.deepEqual(codes('American diplomats left Caracas.'), ['American diplomats=USA', 'Caracas=VEN']);
});

test('acronyms match only in capitals', () => {
  assert.deepEqual(codes('Let us go with the US team.'), ['US=USA']);
});

test('a state with an institution noun becomes one actor with its sector', () => {
  const found = find('The Israeli army and Mexico’s armed forces held drills; Mexican diplomats watched.');
  assert.deepEqual(found.map((m) => [m.text, m.code, m.sector]), [
    ['Israeli army', 'ISR', 'MIL'],
    ['Mexico’s armed forces', 'MEX', 'MIL'],
    ['Mexican diplomats', 'MEX', 'DIP'],
  ]);
});

test('an institution takes its state from an "of" complement', () => {
  const found = find('In 2010 the Defense Department of president Felipe Calderón bought new radios.', '2020-01-01');
  assert.equal(found[0]?.text, 'Defense Department');
  assert.equal(found[0]?.code, 'MEX');
  assert.equal(found[1]?.code, 'MEX');
});

test('companies, parties and organisations carry their state', () => {
  const found = find('NSO Group sold software to a member of Morena, the PLO said.');
  assert.deepEqual(found.map((m) => [m.code, m.state, m.sector]), [
    ['ORG:NSO_GROUP', 'ISR', 'BUS'],
    ['ORG:MORENA', 'MEX', 'POL'],
    ['ORG:PLO', 'PSE', 'GOV'],
  ]);
});

test('a title with a person the dictionary does not know takes the state before it', () => {
  const m = find('Ecuadorian Foreign Minister Ana Torres arrived.')[0];
  assert.equal(m?.text, 'Ecuadorian Foreign Minister Ana Torres');
  assert.equal(m?.code, 'ECU');
  assert.equal(m?.name, 'Ana Torres');
});

test('unknown organisations are named by their head word', () => {
  const m = find('The Association of Andean Lawyers protested.')[0];
  assert.equal(m?.code, 'ORG:ASSOCIATION_OF_ANDEAN_LAWYERS');
  assert.equal(m?.sector, 'NGO');
});

test('Spanish names and demonyms', () => {
  assert.deepEqual(codes('Estados Unidos y el gobierno mexicano firmaron.'), ['Estados Unidos=USA', 'gobierno mexicano=MEX']);
  assert.equal(find('El ejército israelí disparó.')[0]?.sector, 'MIL');
});

test('boilerplate blocks yield no mentions', () => {
  const text = 'Mexico recalled its ambassador.\nSubscribe to news about Israel';
  const blocks: Block[] = [
    { kind: 'block', start: 0, end: 31, role: 'body', reason: null },
    { kind: 'block', start: 32, end: text.length, role: 'boilerplate', reason: 'newsletter' },
  ];
  assert.deepEqual(find(text, null, blocks).map((m) => m.code), ['MEX']);
});

test('state names, codes and adjectives resolve to ISO3 for queries', () => {
  assert.equal(resolveStateQuery('Mexico'), 'MEX');
  assert.equal(resolveStateQuery('mexico'), 'MEX');
  assert.equal(resolveStateQuery('MEX'), 'MEX');
  assert.equal(resolveStateQuery('Estados Unidos'), 'USA');
  assert.equal(resolveStateQuery('the U.S.'), 'USA');
  assert.equal(resolveStateQuery('Kosovo'), 'XKX');
  assert.equal(resolveStateQuery('Atlantis'), null);
  assert.equal(stateName('PSE'), 'Palestine');
  assert.equal(lookupActorCode('IGO:UNHRC')?.name, 'United Nations Human Rights Council');
});

test('a place name that is also a person\'s name is not a state next to a given name or a surname', () => {
  const hague = codes('In 2012 the foreign secretary William Hague met Ecuadorian diplomats.', '2012-08-16');
  assert.ok(hague.some((c) => c.endsWith('William Hague=GBR')) && !hague.some((c) => c.endsWith('=NLD')));
  assert.ok(!codes('Police named Lawrence Bishnoi, a jailed gang leader.').some((c) => c.endsWith('=USA')));
  assert.deepEqual(codes('Judges in The Hague ruled on Monday.'), ['Hague=NLD']);
  assert.ok(!codes('Hague said the embassy would not be stormed.').some((c) => c.endsWith('=NLD')));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCtx, makeDoc } from '../core/index.js';
import { makeTextSegmenter } from '../ingest/index.js';
import { buildTestDoc } from './build-test-doc.js';
import { makeEventExtractor, makeEventRefiner } from './index.js';
import type { MentionSpec } from './build-test-doc.js';
import type { Event, Mention } from '../core/index.js';

function events(text: string, mentions: readonly MentionSpec[]): Event[] {
  const ctx = makeCtx('2024-06-01');
  return [...makeEventRefiner().run(makeEventExtractor().run(buildTestDoc(text, mentions), ctx), ctx).events];
}

const brief = (e: Event) => `${e.type ?? e.plover} ${e.source.map((a) => a.code).join(',')}>${e.target.map((a) => a.code).join(',')} ${e.polarity} ${e.modality}`;

const cases: { name: string; text: string; mentions: MentionSpec[]; expect: string[] }[] = [
  { name: 'codes an active recognition', text: 'Slovenia recognized Palestine.', mentions: [['Slovenia', 'SVN'], ['Palestine', 'PSE']], expect: ['recognize SVN>PSE asserted actual'] },
  { name: 'takes the source of a passive from the by-phrase', text: 'Kosovo was recognised by Kenya.', mentions: [['Kosovo', 'XKX'], ['Kenya', 'KEN']], expect: ['recognize KEN>XKX asserted actual'] },
  { name: 'reads a possessive nominalisation', text: "Spain's recognition of Palestine was welcomed.", mentions: [['Spain', 'ESP'], ['Palestine', 'PSE']], expect: ['recognize ESP>PSE asserted actual'] },
  { name: 'negates an act the subject has long refused, as a standing state', text: 'Chile has long refused to recognize Kosovo.', mentions: [['Chile', 'CHL'], ['Kosovo', 'XKX']], expect: ['recognize CHL>XKX negated ongoing'] },
  { name: 'codes "rules out breaking relations" as a negated severance', text: 'Brazil rules out breaking relations with Iran.', mentions: [['Brazil', 'BRA'], ['Iran', 'IRN']], expect: ['sever_relations BRA>IRN negated actual'] },
  { name: 'codes having no relations as an ongoing severance', text: 'Peru currently has no diplomatic relations with Honduras.', mentions: [['Peru', 'PER'], ['Honduras', 'HND']], expect: ['sever_relations PER>HND asserted ongoing'] },
  { name: 'marks a planned act as intended', text: 'Paraguay plans to move its embassy to Jerusalem.', mentions: [['Paraguay', 'PRY'], ['Jerusalem', 'ISR']], expect: ['move_embassy PRY>ISR asserted intended'] },
  { name: 'marks a question as hypothetical', text: 'Would Panama restore relations with Venezuela?', mentions: [['Panama', 'PAN'], ['Venezuela', 'VEN']], expect: ['restore_relations PAN>VEN asserted hypothetical'] },
  { name: 'splits coordinated sources of an inherited act', text: 'Ireland recognized Palestine, and Norway and Spain followed suit.', mentions: [['Ireland', 'IRL'], ['Palestine', 'PSE'], ['Norway', 'NOR'], ['Spain', 'ESP']], expect: ['recognize IRL>PSE asserted actual', 'recognize NOR>PSE asserted actual', 'recognize ESP>PSE asserted actual'] },
  { name: 'resolves "it" to the previous sentence subject', text: 'Kenya is a friend of Cuba. In 1990, it established diplomatic relations with Cuba.', mentions: [['Kenya', 'KEN'], ['Cuba', 'CUB'], { surface: 'Cuba', code: 'CUB', nth: 1 }], expect: ['establish_relations KEN>CUB asserted actual'] },
  { name: 'collapses a request to extradite into request_extradition', text: 'Argentina requested that Spain extradite the banker.', mentions: [['Argentina', 'ARG'], ['Spain', 'ESP']], expect: ['request_extradition ARG>ESP asserted actual'] },
  { name: 'reads a bare refusal after a request as refuse_extradition', text: 'Argentina requested the extradition of the banker from Spain. Spain has refused.', mentions: [['Argentina', 'ARG'], ['Spain', 'ESP'], { surface: 'Spain', code: 'ESP', nth: 1 }], expect: ['request_extradition ARG>ESP asserted actual', 'refuse_extradition ESP>ARG asserted actual'] },
  { name: "codes 'X said Y would ...' as Y's act plus a statement by X", text: 'Japan said Korea would open an embassy in Tokyo.', mentions: [['Japan', 'JPN'], ['Korea', 'KOR'], ['Tokyo', 'JPN']], expect: ['statement JPN>KOR asserted intended', 'open_embassy KOR>JPN asserted intended'] },
  { name: 'reads a quoted "Y cannot ..." as a criticism of Y', text: 'The minister stated: “Peru cannot shelter a torturer.”', mentions: [{ surface: 'The minister', code: 'CHL', type: 'person', state: 'CHL', sector: 'GOV' }, ['Peru', 'PER']], expect: ['condemn CHL>PER asserted actual'] },
  { name: 'takes the subject of a relative clause from the noun it hangs on', text: 'He fled to Laos, which does not have an extradition treaty with Thailand.', mentions: [['Laos', 'LAO'], ['Thailand', 'THA']], expect: ['sign_agreement LAO>THA negated ongoing'] },
  { name: 'yields nothing without actors', text: 'Subscribe to our newsletter and recognize great deals.', mentions: [], expect: [] },
  { name: 'keeps state employees acting for their state', text: 'The Israeli army fired on Mexican diplomats.', mentions: [{ surface: 'Israeli army', code: 'ISR', type: 'org', state: 'ISR', sector: 'MIL' }, { surface: 'Mexican diplomats', code: 'MEX', type: 'group', state: 'MEX', sector: 'DIP' }], expect: ['assault ISR>MEX asserted actual'] },
];

for (const c of cases) {
  test(c.name, () => {
    assert.deepEqual(events(c.text, c.mentions).map(brief), c.expect);
  });
}

test('links a third-party demand to the demanded act', () => {
  const out = events('Students demand that Colombia sever relations with Russia.', [['Colombia', 'COL'], ['Russia', 'RUS']]);
  const demand = out.find((e) => e.type === 'demand');
  const demanded = out.find((e) => e.type === 'sever_relations');
  assert.ok(demand && demanded);
  assert.equal(demanded.modality, 'demanded');
  assert.equal(demand.content, demanded.id);
  assert.equal(demand.source[0]?.code.startsWith('ORG:'), true);
});

test('gives every event evidence, a trigger inside it and a pattern id', () => {
  const text = 'Chile recalled its ambassador from Israel and expelled two Israeli diplomats.';
  const out = events(text, [['Chile', 'CHL'], ['Israel', 'ISR'], ['Israeli', 'ISR']]);
  assert.equal(out.length, 2);
  for (const e of out) {
    assert.equal(text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
    assert.ok(e.trigger.start >= e.evidence.start && e.trigger.end <= e.evidence.end);
    assert.match(e.pattern, /^[a-z0-9.-]+/);
    assert.ok(e.confidence > 0 && e.confidence <= 1);
    assert.equal(e.date.value, null);
  }
});

test('a megabyte of links and whitespace yields no events and does not throw', () => {
  const text = `${' \n'.repeat(200_000)}${'<a href="x">link</a> '.repeat(20_000)}`;
  assert.deepEqual(events(text, []), []);
});

test('text in a caption or other boilerplate block yields no events', () => {
  const body = 'Slovenia recognized Palestine.';
  const caption = 'Protesters demand that Chile sever relations with Israel. (Photo: agency)';
  const text = `${body}\n${caption}`;
  const blocks = [
    { kind: 'block' as const, start: 0, end: body.length, role: 'body' as const, reason: null },
    { kind: 'block' as const, start: body.length + 1, end: text.length, role: 'boilerplate' as const, reason: 'caption' },
  ];
  const ctx = makeCtx('2024-06-01');
  const segmented = makeTextSegmenter().run(makeDoc({ id: 't', text, blocks }), ctx);
  const at = (s: string, code: string): Mention => ({
    kind: 'mention', start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, code, state: code, sector: null,
    name: s, entity: code, actorType: 'state', via: 'name', role: null, rule: 'test', confidence: 1,
  });
  const doc = { ...segmented, mentions: [at('Slovenia', 'SVN'), at('Palestine', 'PSE'), at('Chile', 'CHL'), at('Israel', 'ISR')] };
  const out = makeEventRefiner().run(makeEventExtractor().run(doc, ctx), ctx).events;
  assert.deepEqual(out.map(brief), ['recognize SVN>PSE asserted actual']);
});

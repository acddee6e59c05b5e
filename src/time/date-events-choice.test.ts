// Which expression dates an event: noun-modifier dates, other clauses' dates, plans, background
// paragraphs and subordinate clauses. One table per cause, sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCtx, makeDoc } from '../core/index.js';
import type { Doc, Event, EventDate, Modality } from '../core/index.js';
import { findTimexes, makeEventDater, makeTimexAnchorer, makeTimexFinder } from './index.js';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly published: string | null;
  /** The trigger word (its first occurrence, or the one after `after`). */
  readonly trigger: string;
  readonly after?: string;
  readonly modality?: Modality;
  readonly value: string | null;
  readonly derivation?: EventDate['derivation'];
}

function dateOf(c: Case): EventDate {
  const ctx = makeCtx(c.published);
  let doc: Doc = makeDoc({ id: 't', text: c.text, meta: { published: c.published } });
  doc = makeTimexAnchorer().run(makeTimexFinder().run(doc, ctx), ctx);
  const start = c.text.indexOf(c.trigger, c.after ? c.text.indexOf(c.after) : 0);
  assert.ok(start >= 0, `trigger ${c.trigger} not in text`);
  const span = { start, end: start + c.trigger.length };
  const event: Event = {
    kind: 'event', id: 'e0', type: 'recognize', plover: 'SUPPORT', cameo: null, source: [], target: [],
    date: { value: null, granularity: 'unknown', derivation: 'none', timex: null, announced: null },
    polarity: 'asserted', modality: c.modality ?? 'actual', evidence: { ...span, text: c.trigger }, trigger: span, sentence: -1,
    pattern: 'test', confidence: 1, content: null, level: null,
  };
  const dated = makeEventDater().run({ ...doc, events: [event] }, ctx).events[0];
  assert.ok(dated);
  return dated.date;
}

function runTable(title: string, cases: readonly Case[]): void {
  for (const c of cases) {
    test(`${title}: ${c.name}`, () => {
      const d = dateOf(c);
      assert.equal(d.value, c.value, c.text);
      if (c.derivation) assert.equal(d.derivation, c.derivation);
    });
  }
}

runTable('a date used as a noun modifier does not date the event', [
  { name: '"within its 1967 borders" loses to "on Tuesday"', text: 'Chile has recognised Palestine within its 1967 borders, the foreign ministry said on Tuesday.', published: '2011-01-07', trigger: 'recognised', value: '2011-01-04' },
  { name: '"a 1961 convention" loses to the narrative time', text: 'Lima expelled the envoy on Thursday. Officials cited a 1961 convention that allows the step.', published: '2012-08-17', trigger: 'cited', value: '2012-08-16', derivation: 'narrative' },
  { name: '"since the 1979 revolution" loses to the narrative time', text: 'The minister landed in Cairo on Monday. It was the first visit by an Iranian minister since the 1979 revolution.', published: '2015-07-21', trigger: 'visit', value: '2015-07-20' },
  { name: '"the massacre of October 7" loses to "on Wednesday"', text: 'The minister condemned the massacre of October 7 in a speech to parliament on Wednesday.', published: '2024-05-23', trigger: 'condemned', value: '2024-05-22' },
  { name: 'the modifier still dates the event when nothing else can', text: 'The 1979 revolution toppled the shah.', published: null, trigger: 'toppled', value: '1979' },
  { name: '"the April 2024 raid" dates the raid itself', text: 'Quito defended the April 2024 raid on the embassy.', published: '2024-06-01', trigger: 'raid', value: '2024-04' },
  { name: '"the attack of October 7" dates the attack itself', text: 'Officials recalled the attack of October 7 and its victims.', published: '2024-05-22', trigger: 'attack', value: '2023-10-07' },
  { name: '"since the June 2017 embargo" dates the onset of a state', text: 'The two have had no flights since the June 2017 embargo.', published: '2019-01-10', trigger: 'had', modality: 'ongoing', value: '2017-06' },
  { name: 'a year after a preposition is still a date', text: 'In 1975 Mexico established relations with the PLO.', published: '2023-06-15', trigger: 'established', value: '1975' },
]);

runTable("another clause's date does not date the main clause", [
  { name: 'a relative clause before the verb', text: 'Honduras, whose president promised the switch in January, will open an embassy in Beijing on Friday.', published: '2023-03-26', trigger: 'open', modality: 'intended', value: '2023-03-31' },
  { name: 'a relative clause right after the trigger describes it', text: 'Lula was answering a letter from Abbas, who wrote in November.', published: '2010-12-07', trigger: 'answering', value: '2010-11' },
  { name: 'a later relative clause loses to the narrative time', text: 'Mexico extradited him on Thursday. Officials denied it was a gift to the new president, who takes office on Friday.', published: '2017-01-20', trigger: 'denied', value: '2017-01-19' },
  { name: 'a relative clause holding the time of writing still beats the narrative', text: 'The war began on October 7. Brazil, which chairs the council this month, has pressed for a pause.', published: '2023-10-31', trigger: 'pressed', value: '2023-10' },
]);

runTable('the narrative time', [
  { name: 'a plan for later does not date past acts after it', text: 'Canberra expelled the ambassador on Tuesday. The two sides will meet in September. Police arrested two suspects.', published: '2025-08-26', trigger: 'arrested', value: '2025-08-26' },
  { name: 'a relative clause date does not carry on', text: 'La Paz cut ties on Tuesday over the offensive, which began on October 7. Its minister also recalled the envoy.', published: '2023-10-31', trigger: 'recalled', value: '2023-10-31' },
  { name: 'a subordinate clause date does not carry on', text: 'La Paz cut ties on Tuesday, the first to do so since the war began three weeks ago.\n\nThe minister said aid would follow.', published: '2023-10-31', trigger: 'said', value: '2023-10-31' },
  { name: 'a background date carries on within its paragraph', text: 'Riyadh cut ties with Tehran on Sunday.\n\nIn 1988 the two broke relations. Riyadh also expelled the envoy.', published: '2016-01-04', trigger: 'expelled', value: '1988' },
  { name: 'a new paragraph returns from a background date to the story', text: 'Riyadh cut ties with Tehran on Sunday.\n\nThe two broke relations once before, in 1988.\n\nWashington urged restraint.', published: '2016-01-04', trigger: 'urged', value: '2016-01-03', derivation: 'narrative' },
  { name: 'a new paragraph returns from "last week" to the story day', text: 'Caracas cut ties on Wednesday.\n\nThe step went further than the order last week, when it expelled the envoy.\n\nHours later La Paz also cut its ties.', published: '2009-01-15', trigger: 'cut its', value: '2009-01-14' },
  { name: 'without a dated lede the story day is the publication date', text: 'Last week the council voted for a ceasefire.\n\nIsrael has rejected it.', published: '2009-01-15', trigger: 'rejected', value: '2009-01-15', derivation: 'publication' },
  { name: '"Shortly afterwards" goes on from the day just told', text: 'Delhi expelled a diplomat on Tuesday.\n\nOn Monday, the prime minister accused Delhi in parliament.\n\nShortly afterwards the foreign minister expelled an Indian envoy.', published: '2023-09-19', trigger: 'expelled', after: 'Shortly', value: '2023-09-18' },
  { name: 'a later day in the same paragraph carries on', text: 'Delhi expelled a diplomat on Tuesday. On Monday, the prime minister spoke in parliament. The minister then expelled an envoy.', published: '2023-09-19', trigger: 'expelled', after: 'then', value: '2023-09-18' },
]);

runTable('"N units after" with no date after it counts back from the main clause', [
  { name: 'the act after "after" is that many days before', text: 'Riyadh cut ties with Tehran on Sunday. The announcement came a day after protesters stormed the embassy.', published: '2016-01-04', trigger: 'stormed', value: '2016-01-02' },
  { name: 'the main clause keeps its own time', text: 'Riyadh cut ties with Tehran on Sunday. The announcement came a day after protesters stormed the embassy.', published: '2016-01-04', trigger: 'announcement', after: 'The', value: '2016-01-03' },
  { name: 'without a dated lede it counts from publication', text: 'The pact comes two days after Rabat agreed to normalise ties.', published: '2020-12-12', trigger: 'agreed', value: '2020-12-10' },
]);

runTable('a present-tense clause without a date speaks of the time of writing', [
  { name: 'a bare present verb after a pronoun', text: 'The court ruled against him in 2010. He denies the charges.', published: '2012-08-16', trigger: 'denies', value: '2012-08-16', derivation: 'publication' },
  { name: '"already hosts"', text: 'Lula wrote the letter in November. Brazil already hosts a mission in Brasília.', published: '2010-12-07', trigger: 'hosts', value: '2010-12-07' },
  { name: 'present perfect', text: 'The ministry bought the software in 2017. The Senate has set up a commission.', published: '2022-01-10', trigger: 'set up', value: '2022-01-10' },
  { name: 'a past-tense clause still takes the narrative time', text: 'The ministry bought the software in 2017. The Senate set up a commission.', published: '2022-01-10', trigger: 'set up', value: '2017', derivation: 'narrative' },
  { name: 'a plural noun after a possessive is no verb', text: 'In 2014 the council met. It rejected Havana’s demands.', published: '2015-07-20', trigger: 'demands', value: '2014' },
]);

test('"in the coming weeks" counts from publication, not from the narrative', () => {
  const ctx = makeCtx('2020-08-14');
  const text = 'Egypt made peace in 1979. The delegations will meet in the coming weeks.';
  const doc = makeTimexAnchorer().run(makeTimexFinder().run(makeDoc({ id: 't', text, meta: { published: '2020-08-14' } }), ctx), ctx);
  const t = doc.timexes.find((x) => x.text.includes('coming weeks'));
  assert.equal(t?.range?.start, '2020-08-15');
});

const mayCases: readonly { readonly text: string; readonly month: boolean }[] = [
  { text: 'The leaders joined May in a joint statement.', month: false },
  { text: 'Theresa May told parliament that the envoys would go.', month: false },
  { text: 'May said the expulsions were justified.', month: false },
  { text: 'The embassy opened in May.', month: true },
  { text: 'Talks resumed early May, officials said.', month: true },
];

for (const c of mayCases) {
  test(`"May" is ${c.month ? 'the month' : 'a person'} in: ${c.text}`, () => {
    const found = findTimexes(c.text, '2018-03-18').some((t) => t.text.includes('May'));
    assert.equal(found, c.month);
  });
}

// News-like text for the events benches, written for the project: templated paragraphs about
// diplomacy, protest and conflict, with the states rotated so that no two articles read alike.

const STATES = [
  ['Chile', 'Chilean'], ['Kenya', 'Kenyan'], ['Norway', 'Norwegian'], ['Peru', 'Peruvian'], ['Ghana', 'Ghanaian'],
  ['Vietnam', 'Vietnamese'], ['Poland', 'Polish'], ['Morocco', 'Moroccan'], ['Indonesia', 'Indonesian'], ['Colombia', 'Colombian'],
  ['Egypt', 'Egyptian'], ['Turkey', 'Turkish'], ['Brazil', 'Brazilian'], ['Japan', 'Japanese'], ['Nigeria', 'Nigerian'],
  ['Spain', 'Spanish'], ['Mexico', 'Mexican'], ['Ukraine', 'Ukrainian'], ['Pakistan', 'Pakistani'], ['Sweden', 'Swedish'],
] as const;

const TEMPLATES: readonly string[] = [
  '{A} recognised the State of {B} on Tuesday, the foreign ministry said in a statement, and it plans to open an embassy in the capital next year.',
  'The {a} government recalled its ambassador from {B} after police there detained two {a} journalists during a protest outside parliament.',
  'Officials in {A} said the two countries had agreed to restore full diplomatic relations, which were cut in 2019 after a dispute over fishing rights.',
  'Thousands of {b} students marched through the capital on Saturday to demand that the government sever ties with {A}, but the president did not commit to such a step.',
  '{A} and {B} held talks in Geneva on Monday about the disputed border, and both delegations described the meeting as constructive.',
  'The prime minister of {A} told reporters that {B} would face sanctions if its troops did not withdraw from the border area by the end of the month.',
  '{B} has long refused to extradite the former minister, who fled {A} in 2021 and was granted asylum by the {b} authorities two years later.',
  'According to the United Nations, at least twelve civilians were killed when {a} artillery shelled a village near the frontier with {B} overnight.',
  '{A} expelled three {b} diplomats on Thursday, accusing them of espionage; {B} called the move unjustified and promised a proportionate response.',
  'The {a} foreign minister condemned the attack on the embassy in strong terms and urged {B} to protect foreign missions in the city.',
  'In 1995, {A} established diplomatic relations with {B}; a decade later it upgraded its trade office there to a full embassy.',
  'Lawmakers in {A} voted to suspend military cooperation with {B}, citing reports of torture in prisons run by the security services.',
  '{B} signed a trade agreement with {A} in March, the first such deal since the end of the civil war, and pledged to lift tariffs on farm goods.',
  'Police in {A} arrested forty protesters after the march, and the army fired tear gas at a crowd near the {b} embassy, officials said on Monday.',
  'Aid agencies said {A} had sent food and medicine to {B} after the floods, while opposition leaders accused the government of doing too little.',
  'The {a} defence ministry mobilised reserve units along the border with {B}, a week after {b} drones were seen over a military base.',
  'Asked whether {A} would move its embassy, the spokesman said no decision had been taken and that the question was hypothetical.',
  '{A} currently has no diplomatic relations with {B}, and neither country has an embassy in the other\'s capital.',
  'Relations soured last year when {A} downgraded its mission in {B} to the level of chargé d\'affaires and closed its consulate in the port city.',
  'The court in {A} approved the extradition of a {b} businessman wanted for fraud, rejecting his lawyers\' argument that he would not receive a fair trial.',
];

/** About `bytes` of news-like text as articles of a few paragraphs each. */
export function newsArticles(bytes: number): string[] {
  const articles: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const [A, a] = STATES[n % STATES.length]!;
    const [B, b] = STATES[(n * 7 + 3) % STATES.length]!;
    const paragraphs: string[] = [];
    for (let k = 0; k < 6; k++) {
      const t = TEMPLATES[(n * 5 + k * 3) % TEMPLATES.length]!;
      paragraphs.push(t.replaceAll('{A}', A).replaceAll('{a}', a).replaceAll('{B}', B).replaceAll('{b}', b));
    }
    const text = paragraphs.join('\n\n');
    articles.push(text);
    size += Buffer.byteLength(text);
  }
  return articles;
}

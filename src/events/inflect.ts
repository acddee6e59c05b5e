// English inflection for pattern lemmas: over-generating is harmless, missing a form is not.
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  break: ['broke', 'broken'], cut: ['cut'], meet: ['met'], give: ['gave', 'given'], send: ['sent'],
  hold: ['held'], seek: ['sought'], shoot: ['shot'], beat: ['beaten'], fight: ['fought'],
  begin: ['began', 'begun'], take: ['took', 'taken'], withdraw: ['withdrew', 'withdrawn'],
  freeze: ['froze', 'frozen'], buy: ['bought'], strike: ['struck', 'stricken'], keep: ['kept'],
  have: ['has', 'had'], do: ['does', 'did', 'done'], shut: ['shut'], set: ['set'],
  forgive: ['forgave', 'forgiven'], lead: ['led'], bring: ['brought'], blow: ['blew', 'blown'],
  leave: ['left'], win: ['won'], lose: ['lost'], find: ['found'], rise: ['rose', 'risen'],
  forbid: ['forbade', 'forbidden'], undertake: ['undertook', 'undertaken'], put: ['put'],
  swear: ['swore', 'sworn'], speak: ['spoke', 'spoken'], oversee: ['oversaw', 'overseen'],
  mistake: ['mistook'], throw: ['threw', 'thrown'], ring: ['rang'], pay: ['paid'], arise: ['arose'],
  shake: ['shook'], sell: ['sold'], seize: ['seized'], overthrow: ['overthrew', 'overthrown'],
};

const DOUBLES = /[^aeiou][aeiou]([bdgklmnprt])$/;

/** Inflected forms of a verb lemma, each tagged as participle-capable or not. */
export function inflectVerb(lemma: string): { form: string; participle: boolean }[] {
  const out = new Map<string, boolean>();
  const add = (form: string, participle = false) => out.set(form, (out.get(form) ?? false) || participle);
  add(lemma);
  const irregular = IRREGULAR[lemma];
  if (irregular) for (const f of irregular) add(f, true);
  if (/(?:s|x|z|ch|sh|o)$/.test(lemma)) add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) add(`${lemma.slice(0, -1)}ies`);
  else add(`${lemma}s`);
  if (lemma.endsWith('e')) {
    add(`${lemma}d`, true);
    add(`${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    add(`${lemma.slice(0, -1)}ied`, true);
    add(`${lemma}ing`);
  } else {
    add(`${lemma}ed`, true);
    add(`${lemma}ing`);
    const m = DOUBLES.exec(lemma);
    if (m) {
      add(`${lemma}${m[1]}ed`, true);
      add(`${lemma}${m[1]}ing`);
    }
  }
  // British/American -ise/-ize and -our/-or spellings share one lemma in the data.
  return [...out].map(([form, participle]) => ({ form, participle }));
}

/** Singular and plural of a noun. */
export function inflectNoun(noun: string): string[] {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return [noun, `${noun}es`];
  if (/[^aeiou]y$/.test(noun)) return [noun, `${noun.slice(0, -1)}ies`];
  return [noun, `${noun}s`];
}

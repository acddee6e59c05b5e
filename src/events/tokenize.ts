// Word tokens with offsets; the events stage reasons over tokens, never over raw regexes per pattern.
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower case, curly apostrophes made straight, "’t" after n made "n't". */
  readonly norm: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*|['’][\p{L}]+|\S/gu;

/** Tokens of `text[start, end)`, offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let norm = m[0].toLowerCase().replace(/’/g, "'");
    if (norm === "'t") norm = "n't";
    tokens.push({ start: start + m.index, end: start + m.index + m[0].length, norm });
  }
  return tokens;
}

/** Lower-case token forms of a phrase, as the tokenizer would cut it. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

const normCache = new WeakMap<readonly Token[], readonly string[]>();

/** The `norm` of every token, computed once per token array. */
export function normsOf(tokens: readonly Token[]): readonly string[] {
  let norms = normCache.get(tokens);
  if (!norms) {
    norms = tokens.map((t) => t.norm);
    normCache.set(tokens, norms);
  }
  return norms;
}

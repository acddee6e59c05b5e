// Offsets where a word begins: a letter or digit (any script) after a character that is neither,
// which is exactly where the time rules' leading (?<![\p{L}\p{N}]) lets a match start.
const wordChar = /[\p{L}\p{N}]/u;
const asciiWord = Array.from({ length: 128 }, (_, code) => wordChar.test(String.fromCharCode(code)));
const seen = new Map<number, boolean>();

function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return asciiWord[cp] === true;
  let yes = seen.get(cp);
  if (yes === undefined) {
    yes = wordChar.test(String.fromCodePoint(cp));
    seen.set(cp, yes);
  }
  return yes;
}

export function wordStarts(text: string): number[] {
  const starts: number[] = [];
  let previous = false;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      // The common case, kept free of calls.
      const word = asciiWord[code] === true;
      if (word && !previous) starts.push(i);
      previous = word;
      i++;
      continue;
    }
    const cp = code < 0xd800 || code > 0xdbff ? code : (text.codePointAt(i) ?? code);
    const word = isWordCodePoint(cp);
    if (word && !previous) starts.push(i);
    previous = word;
    i += cp > 0xffff ? 2 : 1;
  }
  return starts;
}

// Share of ASCII letters in capitals: a headline written in capitals makes "US" or "IT" unsafe.
export function upperShare(text: string, start: number, end: number): number {
  let upper = 0;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return letters ? upper / letters : 0;
}


export interface Line {
  /** 1-based line number. */
  readonly number: number;
  /** The line's bytes without its newline, or null when it is longer than the limit. */
  readonly bytes: Buffer | null;
  readonly size: number;
}

/**
 * Splits a byte stream into lines without holding more than one line (of at most `maxBytes`) in
 * memory: an over-long line is counted and dropped, not collected.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  for await (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(10, start);
      const piece = chunk.subarray(start, newline === -1 ? chunk.length : newline);
      size += piece.length;
      if (size <= maxBytes) parts.push(piece);
      else parts = [];
      if (newline === -1) break;
      yield { number, bytes: size <= maxBytes ? concat(parts) : null, size };
      parts = [];
      size = 0;
      number++;
      start = newline + 1;
    }
  }
  if (size > 0) yield { number, bytes: size <= maxBytes ? concat(parts) : null, size };
}

function concat(parts: Buffer[]): Buffer {
  const joined = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  return joined.length > 0 && joined[joined.length - 1] === 13 ? joined.subarray(0, -1) : joined;
}

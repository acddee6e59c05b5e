// A byte stream whose first bytes can be looked at (gzip magic, format sniffing) before it is read.
export class PeekableBytes implements AsyncIterable<Buffer> {
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private ended = false;
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer | string>) {
    this.iterator = toBuffers(source)[Symbol.asyncIterator]();
  }

  /** Up to `n` first bytes (fewer when the stream is shorter). */
  async peek(n: number): Promise<Buffer> {
    while (this.bufferedBytes < n && !this.ended) {
      const next = await this.iterator.next();
      if (next.done) this.ended = true;
      else {
        this.buffered.push(next.value);
        this.bufferedBytes += next.value.length;
      }
    }
    const head = this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered);
    return head.subarray(0, n);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    const buffered = this.buffered;
    this.buffered = [];
    this.bufferedBytes = 0;
    yield* buffered;
    if (this.ended) return;
    try {
      for (;;) {
        const next = await this.iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // A reader that stops early (an over-size file) closes the file now, not at garbage collection.
      await this.iterator.return?.();
    }
  }
}

async function* toBuffers(source: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  for await (const chunk of source) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

import { parseJsonlLine } from './parse-jsonl-line.js';
import { readFailure } from './raw-document.js';
import type { ReadItem } from './raw-document.js';
import { splitLines } from './split-lines.js';

/** Streams a JSONL source: one document or failure per non-blank line, in order. */
export async function* jsonlLinesToDocuments(
  source: string,
  bytes: AsyncIterable<Buffer>,
  maxBytes: number,
): AsyncGenerator<ReadItem> {
  for await (const line of splitLines(bytes, maxBytes)) {
    const location = `line ${line.number}`;
    if (line.bytes === null) {
      yield readFailure(source, location, `over-size line (more than ${maxBytes} bytes; see --max-size)`, line.size);
      continue;
    }
    let text = line.bytes.toString('utf8');
    if (line.number === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (!text.trim()) continue;
    const parsed = parseJsonlLine(text);
    if (!parsed.ok) {
      yield readFailure(source, location, parsed.reason, line.size, parsed.id);
      continue;
    }
    const record = parsed.record;
    yield {
      kind: 'document',
      source,
      location,
      format: record.format,
      content: record.content,
      bytes: line.size,
      id: record.id,
      url: record.url,
      published: record.published,
      title: record.title,
      author: record.author,
    };
  }
}

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { decodeHtmlBytes } from './decode-html-bytes.js';
import { decodeTextBytes, looksBinary } from './decode-text-bytes.js';
import { formatFromName, sniffFormat } from './detect-format.js';
import type { InputFormat } from './detect-format.js';
import { feedItemsToDocuments } from './feed-items-to-documents.js';
import { jsonlLinesToDocuments } from './jsonl-lines-to-documents.js';
import { PeekableBytes } from './peekable-bytes.js';
import { readFailure } from './raw-document.js';
import type { RawDocument, ReadItem, ReadOptions } from './raw-document.js';
import type { StatedMeta } from './read-sidecar-meta.js';

export interface SourceOptions extends ReadOptions {
  /** Read the source as this format whatever its name or first bytes say. */
  readonly format?: InputFormat;
  /** Metadata stated for a whole-file document (from a folder's meta.json). */
  readonly stated?: StatedMeta;
}

/** Reads one file (or `-`, with `stdin`) into documents and failures, streaming JSONL line by line. */
export async function* readSource(
  source: string,
  options: SourceOptions,
  stdin?: NodeJS.ReadableStream,
): AsyncGenerator<ReadItem> {
  const named = source === '-' ? null : source;
  if (named) {
    const problem = await checkFile(named, options);
    if (problem) {
      yield readFailure(source, null, problem);
      return;
    }
  }
  try {
    const raw = named ? createReadStream(named, { highWaterMark: 1 << 20 }) : stdin;
    if (!raw) throw new Error('no stdin');
    let bytes = new PeekableBytes(raw as AsyncIterable<Buffer>);
    const magic = await bytes.peek(2);
    if (magic[0] === 0x1f && magic[1] === 0x8b) bytes = new PeekableBytes(gunzip(bytes));
    const head = await bytes.peek(4096);
    const format = options.format ?? (named ? formatFromName(named) : null) ?? sniffFormat(head);
    if (format === 'jsonl') {
      yield* jsonlLinesToDocuments(source, bytes, options.maxBytes);
      return;
    }
    const whole = await collect(bytes, options.maxBytes);
    if (whole === null) {
      yield readFailure(source, null, `over-size (more than ${formatMegabytes(options.maxBytes)}; see --max-size)`);
      return;
    }
    yield* wholeFileToDocuments(source, format, whole, options.stated);
  } catch (error) {
    yield readFailure(source, null, describeReadError(error));
  }
}

function* wholeFileToDocuments(source: string, format: InputFormat, bytes: Buffer, stated?: StatedMeta): Generator<ReadItem> {
  if (bytes.length === 0 || isBlank(bytes)) {
    yield readFailure(source, null, 'empty file', bytes.length);
    return;
  }
  if (looksBinary(bytes)) {
    yield readFailure(source, null, 'binary file (NUL bytes), not text or HTML', bytes.length);
    return;
  }
  if (format === 'feed') {
    yield* feedItemsToDocuments(source, decodeHtmlBytes(bytes), bytes.length);
    return;
  }
  const content = format === 'html' ? decodeHtmlBytes(bytes) : decodeTextBytes(bytes);
  const doc: RawDocument = {
    kind: 'document',
    source,
    location: null,
    format: format === 'html' ? 'html' : 'text',
    content,
    bytes: bytes.length,
    id: null,
    url: stated?.url ?? null,
    published: stated?.published ?? null,
    title: stated?.title ?? null,
    author: stated?.author ?? null,
  };
  yield doc;
}

async function checkFile(path: string, options: SourceOptions): Promise<string | null> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    return describeReadError(error);
  }
  if (!info.isFile()) return 'not a regular file';
  if (info.size === 0) return 'empty file';
  const streamed = (options.format ?? formatFromName(path)) === 'jsonl' || /\.gz$/i.test(path);
  if (!streamed && info.size > options.maxBytes) {
    return `over-size (${formatMegabytes(info.size)}, limit ${formatMegabytes(options.maxBytes)}; see --max-size)`;
  }
  return null;
}

function gunzip(bytes: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  const inflate = createGunzip();
  pipeline(Readable.from(bytes), inflate, () => {});
  return inflate;
}

/** All bytes, or null as soon as there are more than `maxBytes`. */
async function collect(bytes: AsyncIterable<Buffer>, maxBytes: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of bytes) {
    size += chunk.length;
    if (size > maxBytes) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 32 && byte !== 10 && byte !== 13 && byte !== 9) return false;
  return true;
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(message)) return 'truncated .gz (unexpected end of file)';
  if (typeof code === 'string' && code.startsWith('Z_')) return `corrupt .gz (${message})`;
  if (code === 'ENOENT') return 'cannot read: no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied';
  if (code === 'EISDIR') return 'cannot read: is a directory';
  return `cannot read: ${message}`;
}

export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? mb.toFixed(0) : mb.toFixed(1)} MB`;
}

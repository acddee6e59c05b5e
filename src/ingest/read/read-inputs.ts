import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isReadableName } from './detect-format.js';
import { readSource } from './read-source.js';
import type { ReadItem, ReadOptions } from './raw-document.js';

/**
 * Every document under the given paths, in order: files as named, directories recursively (files
 * with a known extension, sorted; hidden entries skipped), `-` for stdin. Lazy: one document at
 * a time, so a large batch never sits in memory.
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions,
  stdin?: NodeJS.ReadableStream,
): AsyncGenerator<ReadItem> {
  for (const path of paths) {
    if (path !== '-' && (await isDirectory(path))) {
      for await (const file of walk(path)) yield* readSource(file, options);
    } else {
      yield* readSource(path, options, stdin);
    }
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (isReadableName(entry.name)) yield path;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isReadableName } from './detect-format.js';
import { readSource } from './read-source.js';
import { readFailure } from './raw-document.js';
import type { ReadItem, ReadOptions } from './raw-document.js';
import { readSidecarMeta, SIDECAR_NAME } from './read-sidecar-meta.js';
import type { Sidecar } from './read-sidecar-meta.js';

/**
 * Every document under the given paths, in order: files as named, directories recursively (files
 * with a known extension, sorted; hidden entries skipped), `-` for stdin. Lazy: one document at
 * a time, so a large batch never sits in memory. A folder's `meta.json` states metadata (such as
 * the publication date) for the files it names.
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions,
  stdin?: NodeJS.ReadableStream,
): AsyncGenerator<ReadItem> {
  const sidecars = new Map<string, Sidecar>();
  async function* readFileWithSidecar(file: string): AsyncGenerator<ReadItem> {
    const dir = dirname(file);
    let sidecar = sidecars.get(dir);
    if (!sidecar) {
      sidecar = await readSidecarMeta(dir);
      sidecars.set(dir, sidecar);
      if (!sidecar.ok) yield readFailure(join(dir, SIDECAR_NAME), null, sidecar.reason);
    }
    const stated = sidecar.ok ? sidecar.entries.get(basename(file)) : undefined;
    yield* readSource(file, stated ? { ...options, stated } : options);
  }
  for (const path of paths) {
    if (path === '-') yield* readSource(path, options, stdin);
    else if (await isDirectory(path)) {
      let files = 0;
      for await (const file of walk(path)) {
        files++;
        yield* readFileWithSidecar(file);
      }
      if (files === 0) yield readFailure(path, null, 'no readable files (.html .htm .txt .md .jsonl .xml .rss .atom, or .gz of these)');
    } else {
      yield* readFileWithSidecar(path);
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

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isReadableName } from '../../ingest/read/detect-format.js';

/** Sum of the sizes of the files an ingest will read (for the progress bar); null when unknown. */
export async function totalInputBytes(paths: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    if (path === '-') return null;
    try {
      const info = await stat(path);
      if (info.isDirectory()) total += await directoryBytes(path);
      else total += info.size;
    } catch {
      // Unreadable paths are reported by the reader.
    }
  }
  return total;
}

async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await directoryBytes(path);
    else if (isReadableName(entry.name)) total += (await stat(path)).size;
  }
  return total;
}

// The build step for data/actors (run by scripts/data-checks.ts once the data checks pass).
import { buildDictionary } from './build-dictionary.js';
import { writeCompiledDictionary } from './compiled-dictionary.js';
import { cacheParsedYaml } from './load-actor-data.js';

/** Writes the parsed-YAML cache, then the compiled base dictionary built from the sources. */
export function compileActorData(): void {
  cacheParsedYaml();
  writeCompiledDictionary(buildDictionary());
}

// Build-time check of data/relations/rules.yaml (registered in scripts/data-checks.ts).
import { readFile } from 'node:fs/promises';
import { checkRelationRules, relationRulesUrl } from './relation-rules.js';

export const relationRulesCheck = {
  name: 'relations-rules',
  run: async (): Promise<readonly string[]> => checkRelationRules(await readFile(relationRulesUrl, 'utf8')),
};

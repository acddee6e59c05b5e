import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadEventData } from './load-event-data.js';

// docs/event-types.md is written by hand; this keeps it from drifting away from data/events/types.yaml.
const doc = readFileSync(new URL('../../docs/event-types.md', import.meta.url), 'utf8');

function section(id: string): string | null {
  const start = doc.indexOf(`\n## ${id}\n`);
  if (start < 0) return null;
  const next = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, next < 0 ? doc.length : next);
}

/** "10x" covers 100..109, "18x" covers 180..189. */
function mentionsCode(text: string, code: string): boolean {
  if (new RegExp(`\\b${code}\\b`).test(text)) return true;
  return [...text.matchAll(/\b(\d{2})x\b/g)].some((m) => code.startsWith(m[1]!));
}

test('docs/event-types.md documents every subtype with the PLOVER type and CAMEO code the coder uses', () => {
  const types = loadEventData().types.types;
  assert.ok(types.length >= 25);
  for (const type of types) {
    const text = section(type.id);
    assert.ok(text, `no "## ${type.id}" section`);
    const plover = /\*\*PLOVER\*\* ([A-Z]+)/.exec(text)?.[1];
    assert.equal(plover, type.plover, `${type.id}: PLOVER`);
    if (type.cameo) assert.ok(mentionsCode(text, type.cameo), `${type.id}: CAMEO ${type.cameo} not named`);
  }
});

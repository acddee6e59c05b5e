// Names to codes and back, for the CLI and the API: "Mexico", "mexico", "MEX", "Estados Unidos",
// "the U.S." → ISO3, and the canonical name and type of any actor code.
import { baseDictionary } from './build-dictionary.js';
import type { ActorRecord } from './build-dictionary.js';
import { tokenizeForm } from './tokenize.js';

/** The ISO3 code a user means by a state name, adjective or code; null when none. */
export function resolveStateQuery(query: string): string | null {
  const q = query.trim();
  if (!q) return null;
  const dict = baseDictionary();
  const upper = q.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && dict.records.get(`state:${upper}`)) return upper;
  let tokens = tokenizeForm(q);
  if (tokens.length > 1 && tokens[0] === 'the') tokens = tokens.slice(1);
  let node = dict.trie;
  for (const t of tokens) {
    const next = node.children?.get(t);
    if (!next) return null;
    node = next;
  }
  const hits = (node.hits ?? []).filter((h) => h.target.startsWith('state:')).sort((a, b) => b.priority - a.priority);
  return hits[0]?.target.slice(6) ?? null;
}

/** The canonical English name of a state code. */
export function stateName(code: string): string | null {
  return baseDictionary().records.get(`state:${code.toUpperCase()}`)?.name ?? null;
}

let byCode: Map<string, ActorRecord> | null = null;

/** Canonical name and type for an actor code (`MEX`, `IGO:UN`, `ORG:NSO_GROUP`), or null. */
export function lookupActorCode(code: string): { name: string; type: ActorRecord['type']; state: string | null } | null {
  const dict = baseDictionary();
  const state = dict.records.get(`state:${code}`);
  if (state) return { name: state.name, type: 'state', state: state.state };
  if (!byCode) {
    byCode = new Map();
    for (const r of dict.records.values()) {
      // Curated entries come after converted ones, so a later record with the same code wins.
      if (r.code && r.type !== 'person' && r.type !== 'state') byCode.set(r.code, r);
    }
  }
  const r = byCode.get(code);
  if (r) return { name: r.name, type: r.type, state: r.state };
  if (code.startsWith('PER:')) return { name: code.slice(4), type: 'person', state: null };
  return null;
}

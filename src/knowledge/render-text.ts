// Readable plain-text forms of the answers, for the CLI's default output.
import { stateName } from './state-names.js';
import type { RecognizersAnswer } from './answer-recognizers.js';
import type { RelationsAnswer } from './answer-relations.js';
import type { Timeline } from './answer-timeline.js';
import type { Citation, Conflict, EventReport } from './types.js';

const label = (code: string): string => `${stateName(code)} (${code})`;
const yesNo = (v: boolean | null): string => (v === null ? 'unknown' : v ? 'yes' : 'no');
const clip = (text: string, max = 160): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function citationLines(citations: readonly Citation[], indent = '    '): string[] {
  return citations.map((c) => `${indent}- "${clip(c.evidence)}" [${c.document}${c.published ? `, ${c.published}` : ''}${c.url ? `, ${c.url}` : ''}${c.independent ? '' : ', republished copy'}]`);
}

function conflictLines(conflicts: readonly Conflict[]): string[] {
  const out: string[] = [];
  for (const c of conflicts) {
    out.push(`  ! ${c.facet} ${c.holder}/${c.other}: sources disagree around ${c.window.start} (showing ${String(c.chosen)})`);
    for (const side of c.sides) {
      out.push(`    ${String(side.value)} — ${side.independentSources} source(s):`);
      out.push(...citationLines(side.citations, '      '));
    }
  }
  return out;
}

export function renderRelations(r: RelationsAnswer): string {
  const lines = [
    `${label(r.a)} and ${label(r.b)}, as of ${r.asOf}`,
    `  relations:    ${r.relations.status}${r.relations.since ? ` since ${r.relations.since}` : ''}${r.relations.inferred ? ' (inferred from missions on both sides)' : ''}`,
    ...citationLines(r.relations.citations),
    `  recognition:  ${r.a} recognises ${r.b}: ${yesNo(r.recognition.aRecognizesB)}; ${r.b} recognises ${r.a}: ${yesNo(r.recognition.bRecognizesA)}`,
    ...citationLines(r.recognition.citations),
    `  missions:     ${r.a} in ${r.b}: ${r.missions.aInB}; ${r.b} in ${r.a}: ${r.missions.bInA}`,
    `  ambassadors:  ${r.a} in ${r.b}: ${r.missions.ambassadors.aInB}; ${r.b} in ${r.a}: ${r.missions.ambassadors.bInA}`,
    ...citationLines(r.missions.citations),
    r.conflicts.length ? `  conflicts:    ${r.conflicts.length}` : '  conflicts:    none',
    ...conflictLines(r.conflicts),
    `  (${r.events} event(s) on record between them)`,
  ];
  return `${lines.join('\n')}\n`;
}

export function renderTimeline(t: Timeline): string {
  const lines = [`${label(t.a)} and ${label(t.b)}: relation-state timeline`];
  if (!t.entries.length) lines.push('  (no state changes on record)');
  for (const e of t.entries) {
    const who = e.facet === 'relations' ? `${e.holder}–${e.other}` : `${e.holder}→${e.other}`;
    const what = e.effect === 'holds-until' ? `${String(e.value)} (stated to hold up to then)` : `${String(e.value)}${e.repeat ? ' (reported again)' : ''}`;
    lines.push(`  ${e.date.padEnd(12)} ${e.facet.padEnd(12)} ${who.padEnd(8)} ${what}${e.conflicts.length ? '  [conflicting sources]' : ''}`);
    lines.push(...citationLines(e.citations.slice(0, 3), '      '));
  }
  lines.push(`Events that bear on the state (${t.events.length}):`);
  for (const e of t.events.slice(0, 20)) {
    const mood = [e.polarity === 'negated' ? 'NOT' : '', e.modality !== 'actual' ? e.modality : ''].filter(Boolean).join(' ');
    lines.push(`  ${(e.date ?? 'undated').padEnd(22)} ${(e.type ?? e.plover).padEnd(20)} ${e.sources.join('+')} -> ${e.targets.join('+')}${mood ? ` (${mood})` : ''}, ${e.independentSources} source(s)`);
  }
  if (t.events.length > 20) lines.push(`  … ${t.events.length - 20} more (--json for all)`);
  return `${lines.join('\n')}\n`;
}

export function renderRecognizers(r: RecognizersAnswer): string {
  const lines = [`States recognising ${label(r.state)} as of ${r.asOf}: ${r.recognizers.length}`];
  for (const row of r.recognizers) {
    lines.push(`  ${row.state}  ${stateName(row.state).padEnd(28)} since ${row.since ?? '?'}${row.conflicts.length ? '  [conflicting sources]' : ''}`);
    lines.push(...citationLines(row.citations.slice(0, 2), '      '));
  }
  if (r.nonRecognizers.length) {
    lines.push(`On record as not recognising it then: ${r.nonRecognizers.map((n) => n.state).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderReports(reports: readonly EventReport[]): string {
  if (!reports.length) return 'no events\n';
  const lines = reports.map((r) => {
    const who = (side: EventReport['source']) => side.map((a) => a.code).join('+') || '-';
    const flags = [r.polarity === 'negated' ? 'NOT' : '', r.modality !== 'actual' ? r.modality : ''].filter(Boolean).join(' ');
    return `${(r.date.value ?? '?').padEnd(22)} ${(r.type ?? r.plover).padEnd(20)} ${who(r.source)} -> ${who(r.target)}${flags ? ` (${flags})` : ''}\n    "${clip(r.evidence.text)}" [${r.document}]`;
  });
  return `${lines.join('\n')}\n`;
}

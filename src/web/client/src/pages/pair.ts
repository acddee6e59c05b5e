// A pair of states: where relations stand as of a date, the relation-state timeline with its
// citations (conflicting sources shown side by side) and every reported event.
import { getJson } from '../api.js';
import { badge, citationItem, eventItem, pager } from '../components.js';
import { h } from '../dom.js';
import { formatDay, formatEventDate, stateName } from '../format.js';
import type { Conflict, EventList, Relations, Timeline, TimelineEntry } from '../types.js';

const FACETS: Readonly<Record<string, string>> = { recognition: 'Recognition', relations: 'Diplomatic relations', mission: 'Mission', ambassador: 'Ambassador' };

function granularityOf(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'day' : /^\d{4}-\d{2}$/.test(value) ? 'month' : /^\d{4}$/.test(value) ? 'year' : /^\d{3}$/.test(value) ? 'decade' : 'range';
}

function valueText(entry: { facet: string; holder: string; other: string; value: string | boolean }): string {
  const holder = stateName(entry.holder);
  const other = stateName(entry.other);
  if (entry.facet === 'recognition') return entry.value === true ? `${holder} recognises ${other}` : `${holder} does not recognise ${other}`;
  if (entry.facet === 'relations') return `relations ${String(entry.value)}`;
  if (entry.facet === 'mission') return `${holder}'s mission in ${other}: ${String(entry.value)}`;
  if (entry.facet === 'ambassador') return `${holder}'s ambassador in ${other}: ${String(entry.value)}`;
  return String(entry.value);
}

function conflictBox(c: Conflict): HTMLElement {
  return h(
    'div',
    { class: 'conflict-box', role: 'note' },
    h('p', {}, h('strong', {}, 'Sources disagree'), ` about ${FACETS[c.facet] ?? c.facet} between ${formatDay(c.window.start)} and ${formatDay(c.window.end)}; shown as “${String(c.chosen)}”.`),
    h(
      'ul',
      { class: 'conflict-sides' },
      ...c.sides.map((s) =>
        h('li', {}, h('p', {}, h('strong', {}, String(s.value)), ` — ${s.independentSources} independent source(s)`), h('ul', { class: 'citations' }, ...s.citations.slice(0, 3).map(citationItem))),
      ),
    ),
  );
}

function entryItem(e: TimelineEntry): HTMLElement {
  return h(
    'li',
    { class: `timeline-entry${e.conflicts.length ? ' conflict' : ''}` },
    h('time', { class: 'event-date', datetime: e.start }, `${e.effect === 'holds-until' ? 'by ' : ''}${formatEventDate(e.date, granularityOf(e.date))}`),
    h('span', { class: 'facet' }, FACETS[e.facet] ?? e.facet),
    h('span', { class: 'value' }, valueText(e)),
    e.conflicts.length ? badge('conflict', 'conflict') : null,
    h('ul', { class: 'citations' }, ...e.citations.slice(0, 3).map(citationItem)),
    e.citations.length > 3 ? h('p', { class: 'muted' }, `and ${e.citations.length - 3} more citation(s)`) : null,
    ...e.conflicts.map(conflictBox),
  );
}

function recognitionText(value: boolean | null): string {
  return value === true ? 'yes' : value === false ? 'no' : 'unknown';
}

export async function renderPair(main: HTMLElement, a: string, b: string, query: URLSearchParams): Promise<string> {
  const asOf = query.get('asOf') ?? new Date().toISOString().slice(0, 10);
  const offset = Number(query.get('offset') ?? 0) || 0;
  const [relations, timeline, events] = await Promise.all([
    getJson<Relations>('/api/relations', { a, b, asOf }),
    getJson<Timeline>('/api/timeline', { a, b }),
    getJson<EventList>('/api/ui/events', { pair: `${a},${b}`, limit: 25, offset }),
  ]);
  const A = stateName(relations.a);
  const B = stateName(relations.b);
  const asOfInput = h('input', { id: 'pair-asof', name: 'asOf', type: 'date', value: asOf });
  const form = h('form', { class: 'inline-form' }, h('label', { for: 'pair-asof' }, 'As of '), asOfInput, h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.hash = `#/pair/${relations.a}/${relations.b}?asOf=${encodeURIComponent(asOfInput.value)}`;
  });
  const summary = h(
    'dl',
    { class: 'facts' },
    h('dt', {}, 'Diplomatic relations'),
    h('dd', { class: `status-${relations.relations.status}` }, relations.relations.status, relations.relations.since ? ` since ${formatEventDate(relations.relations.since, granularityOf(relations.relations.since))}` : ''),
    h('dt', {}, `${A} recognises ${B}`),
    h('dd', {}, recognitionText(relations.recognition.aRecognizesB)),
    h('dt', {}, `${B} recognises ${A}`),
    h('dd', {}, recognitionText(relations.recognition.bRecognizesA)),
    h('dt', {}, `${A}'s mission in ${B}`),
    h('dd', {}, relations.missions.aInB),
    h('dt', {}, `${B}'s mission in ${A}`),
    h('dd', {}, relations.missions.bInA),
  );
  const pairHref = (o: number) => `#/pair/${relations.a}/${relations.b}?asOf=${asOf}&offset=${o}`;
  main.replaceChildren(
    h('h1', {}, `${A} – ${B}`),
    h('p', {}, h('a', { href: `#/actor/${relations.a}` }, A), ' · ', h('a', { href: `#/actor/${relations.b}` }, B), ' · ', h('a', { href: `#/events?actor=${relations.a}` }, `all events of ${A}`)),
    h('section', { 'aria-labelledby': 'asof-h' }, h('h2', { id: 'asof-h' }, `Where things stand on ${formatDay(relations.asOf)}`), form, summary, ...relations.conflicts.map(conflictBox)),
    h(
      'section',
      { 'aria-labelledby': 'timeline-h' },
      h('h2', { id: 'timeline-h' }, 'Timeline'),
      timeline.entries.length ? h('ol', { class: 'timeline' }, ...timeline.entries.map(entryItem)) : h('p', { class: 'muted' }, 'No state changes on record for this pair.'),
    ),
    h(
      'section',
      { 'aria-labelledby': 'pair-events-h' },
      h('h2', { id: 'pair-events-h' }, 'Reported events'),
      events.events.length ? h('ol', { class: 'events' }, ...events.events.map((e) => eventItem(e))) : h('p', { class: 'muted' }, 'No events reported between these two.'),
      events.total > events.limit ? pager(events.total, events.limit, events.offset, pairHref) : null,
    ),
  );
  return `${A} – ${B}`;
}

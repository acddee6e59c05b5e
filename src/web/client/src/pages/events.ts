// Every event, newest first, filtered by type, actor, date range, polarity, modality, source
// and review state; the filters live in the address so a filtered list can be shared.
import { getJson } from '../api.js';
import { eventItem, pager } from '../components.js';
import { h } from '../dom.js';
import { typeLabel } from '../format.js';
import type { EventList, Meta } from '../types.js';

const FIELDS = ['type', 'actor', 'since', 'until', 'polarity', 'modality', 'source', 'review'] as const;

function selectField(id: string, label: string, values: readonly string[], current: string, labelOf: (v: string) => string = (v) => v): HTMLElement {
  return h(
    'div',
    { class: 'filter' },
    h('label', { for: id }, label),
    h('select', { id, name: id.replace('f-', '') }, h('option', { value: '' }, 'any'), ...values.map((v) => h('option', { value: v, selected: v === current }, labelOf(v)))),
  );
}

function textField(id: string, label: string, current: string, placeholder: string): HTMLElement {
  return h('div', { class: 'filter' }, h('label', { for: id }, label), h('input', { id, name: id.replace('f-', ''), value: current, placeholder, autocomplete: 'off' }));
}

export async function renderEvents(main: HTMLElement, query: URLSearchParams): Promise<string> {
  const params: Record<string, string> = {};
  for (const f of FIELDS) {
    const v = query.get(f);
    if (v) params[f] = v;
  }
  const offset = Number(query.get('offset') ?? 0) || 0;
  const [meta, list] = await Promise.all([getJson<Meta>('/api/ui/meta'), getJson<EventList>('/api/ui/events', { ...params, limit: 25, offset })]);
  const form = h(
    'form',
    { class: 'filters', id: 'filters', 'aria-label': 'Filters' },
    selectField('f-type', 'Type', meta.types, params.type ?? '', typeLabel),
    textField('f-actor', 'Actor', params.actor ?? '', 'Mexico or MEX'),
    textField('f-since', 'From', params.since ?? '', 'YYYY[-MM[-DD]]'),
    textField('f-until', 'To', params.until ?? '', 'YYYY[-MM[-DD]]'),
    selectField('f-polarity', 'Polarity', meta.polarities, params.polarity ?? ''),
    selectField('f-modality', 'Modality', meta.modalities, params.modality ?? ''),
    textField('f-source', 'Source', params.source ?? '', 'site or title words'),
    selectField('f-review', 'Review', ['unreviewed', 'confirmed', 'corrected', 'rejected'], params.review ?? ''),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Apply'), h('a', { href: '#/events', class: 'button-link' }, 'Clear')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const qs = new URLSearchParams();
    for (const f of FIELDS) {
      const v = String(data.get(f) ?? '').trim();
      if (v) qs.set(f, v);
    }
    window.location.hash = `#/events${qs.toString() ? `?${qs}` : ''}`;
  });
  const hrefFor = (o: number) => {
    const qs = new URLSearchParams(params);
    qs.set('offset', String(o));
    return `#/events?${qs}`;
  };
  main.replaceChildren(
    h('h1', {}, 'Events'),
    form,
    h('p', { class: 'muted', id: 'events-count' }, `${list.total} event(s) match.`),
    list.events.length ? h('ol', { class: 'events' }, ...list.events.map((e) => eventItem(e))) : h('p', {}, 'No events match these filters.'),
    ...(list.total > list.limit ? [pager(list.total, list.limit, list.offset, hrefFor)] : []),
  );
  return 'Events';
}

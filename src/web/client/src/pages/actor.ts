// One state: the states it has dealings with (each a link to the pair page), its event types,
// and its latest events.
import { getJson } from '../api.js';
import { eventItem } from '../components.js';
import { h } from '../dom.js';
import { typeLabel } from '../format.js';
import type { EventList } from '../types.js';

interface ActorAnswer {
  readonly code: string;
  readonly name: string;
  readonly partners: readonly { state: string; name: string; events: number }[];
  readonly types: readonly { type: string | null; events: number }[];
}

export async function renderActor(main: HTMLElement, code: string): Promise<string> {
  const [actor, events] = await Promise.all([
    getJson<ActorAnswer>(`/api/ui/actors/${encodeURIComponent(code)}`),
    getJson<EventList>('/api/ui/events', { actor: code, limit: 15 }),
  ]);
  main.replaceChildren(
    h('h1', {}, actor.name, ' ', h('span', { class: 'code' }, actor.code)),
    h(
      'div',
      { class: 'columns' },
      h(
        'section',
        { 'aria-labelledby': 'partners-h' },
        h('h2', { id: 'partners-h' }, 'Dealings with'),
        actor.partners.length
          ? h('ul', { class: 'partners' }, ...actor.partners.map((p) => h('li', {}, h('a', { href: `#/pair/${actor.code}/${p.state}` }, `${actor.name} – ${p.name}`), ` (${p.events})`)))
          : h('p', { class: 'muted' }, 'No other state on record.'),
      ),
      h(
        'section',
        { 'aria-labelledby': 'types-h' },
        h('h2', { id: 'types-h' }, 'Event types'),
        h('ul', {}, ...actor.types.map((t) => h('li', {}, t.type ? h('a', { href: `#/events?actor=${actor.code}&type=${t.type}` }, typeLabel(t.type)) : 'other', ` (${t.events})`))),
      ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'actor-events-h' },
      h('h2', { id: 'actor-events-h' }, 'Latest events'),
      h('ol', { class: 'events' }, ...events.events.map((e) => eventItem(e))),
      h('p', {}, h('a', { href: `#/events?actor=${actor.code}` }, `All ${events.total} events of ${actor.name}, with filters`)),
    ),
  );
  return actor.name;
}

// Overview: a world map coloured by a chosen relation as of a year on a slider, recent events.
import { getJson } from '../api.js';
import { errorBox, eventItem, loading } from '../components.js';
import { h } from '../dom.js';
import { formatDay, stateName } from '../format.js';
import { navigate } from '../router.js';
import type { WorldMap } from '../world-map.js';
import type { EventList, MapAnswer } from '../types.js';

const RELATIONS = [
  { id: 'recognizes', label: 'recognise' },
  { id: 'relations', label: 'have diplomatic relations with' },
  { id: 'embassy', label: 'have a mission in' },
] as const;

const LEGEND: Readonly<Record<string, string>> = {
  recognizes: 'recognises',
  'does-not-recognize': 'on record as not recognising',
  established: 'relations established',
  suspended: 'relations suspended',
  severed: 'relations severed',
  none: 'no relations',
  embassy: 'embassy',
  consulate: 'consulate',
  delegation: 'delegation',
  office: 'office',
};

const FIRST_YEAR = 1945;

export async function renderOverview(main: HTMLElement, query: URLSearchParams): Promise<string> {
  const thisYear = new Date().getUTCFullYear();
  const relation = RELATIONS.find((r) => r.id === query.get('relation'))?.id ?? 'recognizes';
  const state = query.get('state') ?? 'PSE';
  const year = Math.min(thisYear, Math.max(FIRST_YEAR, Number(query.get('year') ?? thisYear) || thisYear));

  const relationSelect = h('select', { id: 'map-relation', name: 'relation' }, ...RELATIONS.map((r) => h('option', { value: r.id, selected: r.id === relation }, r.label)));
  const stateInput = h('input', { id: 'map-state', name: 'state', value: state, size: 12, autocomplete: 'off', 'aria-describedby': 'map-state-help' });
  const slider = h('input', { id: 'map-year', name: 'year', type: 'range', min: FIRST_YEAR, max: thisYear, step: 1, value: year });
  const yearOut = h('output', { for: 'map-year', id: 'map-year-out' }, String(year));
  const caption = h('p', { id: 'map-caption', class: 'map-caption' });
  const legend = h('ul', { class: 'legend', 'aria-label': 'Legend' });
  const list = h('ul', { class: 'map-values' });
  const figure = h('figure', { class: 'map-figure' }, h('figcaption', {}, caption, legend));
  const recent = h('section', { class: 'recent', 'aria-labelledby': 'recent-h' }, h('h2', { id: 'recent-h' }, 'Recent events'), loading('events'));

  const form = h(
    'form',
    { class: 'map-controls', id: 'map-form' },
    h('label', { for: 'map-relation' }, 'Countries that '),
    relationSelect,
    h('label', { for: 'map-state', class: 'visually-hidden' }, 'State'),
    stateInput,
    h('span', { id: 'map-state-help', class: 'visually-hidden' }, 'a state name or code, e.g. Palestine or ISR'),
    h('label', { for: 'map-year' }, ' as of the end of '),
    slider,
    yearOut,
    h('button', { type: 'submit' }, 'Show'),
  );

  let shownState = state;
  const currentState = () => shownState;
  let serial = 0;

  // The map's data is asked for before the map module (the world shapes) is loaded and drawn,
  // so the request and the drawing overlap.
  let map: WorldMap | null = null;
  async function update(): Promise<void> {
    const mine = ++serial;
    const y = Number(slider.value);
    yearOut.textContent = String(y);
    const asOf = y === thisYear ? new Date().toISOString().slice(0, 10) : `${y}-12-31`;
    const rel = relationSelect.value;
    try {
      const asked = getJson<MapAnswer>('/api/ui/map', { relation: rel, state: stateInput.value.trim() || 'PSE', asOf });
      if (!map) {
        const { makeWorldMap } = await import('../world-map.js');
        map = makeWorldMap((code) => navigate(`#/pair/${code}/${currentState()}`));
        figure.prepend(map.element);
      }
      const answer = await asked;
      if (mine !== serial) return;
      shownState = answer.state;
      const values = new Map(answer.values.map((v) => [v.state, v.value]));
      const label = RELATIONS.find((r) => r.id === rel)?.label ?? rel;
      caption.textContent = `Countries that ${label} ${stateName(answer.state)} as of ${formatDay(answer.asOf)}: ${answer.values.length} on record. Click a country for the pair's timeline.`;
      map?.paint(values, answer.state, (code, value) => `${stateName(code)}: ${value ? LEGEND[value] ?? value : 'nothing on record'}`);
      legend.replaceChildren(
        ...[...new Set(answer.values.map((v) => v.value))].map((v) => h('li', {}, h('span', { class: `swatch v-${v}`, 'aria-hidden': 'true' }), LEGEND[v] ?? v)),
        h('li', {}, h('span', { class: 'swatch v-focus', 'aria-hidden': 'true' }), stateName(answer.state)),
      );
      list.replaceChildren(
        ...answer.values.map((v) =>
          h('li', {}, h('a', { href: `#/pair/${v.state}/${answer.state}` }, stateName(v.state)), `: ${LEGEND[v.value] ?? v.value}`, v.since ? ` since ${formatDay(v.since)}` : '', v.conflicted ? ' (sources disagree)' : ''),
        ),
      );
      history.replaceState(null, '', `#/?relation=${rel}&state=${answer.state}&year=${y}`);
    } catch (error) {
      if (mine === serial) caption.replaceChildren(errorBox(error));
    }
  }

  let timer: number | undefined;
  slider.addEventListener('input', () => {
    yearOut.textContent = slider.value;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void update(), 120);
  });
  relationSelect.addEventListener('change', () => void update());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update();
  });

  main.replaceChildren(
    h('h1', {}, 'Relations between states'),
    form,
    figure,
    h('details', { class: 'map-list' }, h('summary', {}, 'The same as a list'), list),
    recent,
  );
  // Recent events load while the map's answer is computed.
  const recentLoaded = getJson<EventList>('/api/ui/events', { limit: 8 })
    .then((events) => {
      recent.replaceChildren(
        h('h2', { id: 'recent-h' }, 'Recent events'),
        events.events.length ? h('ol', { class: 'events' }, ...events.events.map((e) => eventItem(e))) : h('p', { class: 'muted' }, 'No events yet: ingest some articles.'),
        h('p', {}, h('a', { href: '#/events' }, `All ${events.total} events, with filters`)),
      );
    })
    .catch((error: unknown) => recent.replaceChildren(errorBox(error)));
  await update();
  void recentLoaded;
  return 'Overview';
}

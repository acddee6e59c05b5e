// The document reader: the clean text with actor mentions underlined and each event's evidence
// highlighted (a link to the event), the original address, and the document's events.
import { getJson } from '../api.js';
import { eventItem } from '../components.js';
import { externalLink, h } from '../dom.js';
import { formatDay, stateName } from '../format.js';
import type { DocumentView, EventList, UiEvent } from '../types.js';

interface Mark {
  readonly start: number;
  readonly end: number;
}

/** Splits the text at every mark boundary and wraps each piece in what covers it. */
export function highlightedText(text: string, mentions: readonly (Mark & { code: string })[], events: readonly UiEvent[], current: number | null): DocumentFragment {
  const cuts = new Set<number>([0, text.length]);
  const evidence = events.map((e) => ({ start: e.evidence.start, end: e.evidence.end, event: e }));
  for (const m of [...mentions, ...evidence]) {
    if (m.start >= 0 && m.end <= text.length && m.start < m.end) {
      cuts.add(m.start);
      cuts.add(m.end);
    }
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    let node: Node = document.createTextNode(text.slice(from, to));
    const mention = mentions.find((m) => m.start <= from && m.end >= to);
    if (mention) node = h('span', { class: 'mention', title: /^[A-Z]{3}$/.test(mention.code) ? `${stateName(mention.code)} (${mention.code})` : mention.code }, node);
    const covering = evidence.filter((m) => m.start <= from && m.end >= to);
    const ev = covering.find((m) => m.event.review?.status !== 'rejected') ?? covering[0];
    if (ev) {
      const cls = `evidence-mark${ev.event.review?.status === 'rejected' ? ' rejected' : ''}${ev.event.id === current ? ' current' : ''}`;
      node = h('a', { class: cls, href: `#/event/${ev.event.id}`, 'data-event': ev.event.id }, node);
    }
    out.append(node);
  }
  return out;
}

export async function renderReader(main: HTMLElement, id: string, query: URLSearchParams): Promise<string> {
  const [view, events] = await Promise.all([
    getJson<DocumentView>(`/api/documents/${encodeURIComponent(id)}`),
    getJson<EventList>('/api/ui/events', { document: id, order: 'text', limit: 500 }),
  ]);
  const doc = view.document;
  const current = Number(query.get('event')) || null;
  const mentions = view.mentions.map((m) => ({ start: m.span_start, end: m.span_end, code: m.state ?? m.code }));
  const body = h('div', { class: 'reader-text', id: 'reader-text' }, highlightedText(doc.text, mentions, events.events, current));
  main.replaceChildren(
    h(
      'article',
      { class: 'reader' },
      h('h1', { id: 'doc-title' }, doc.title ?? '(untitled)'),
      h(
        'p',
        { class: 'doc-meta' },
        doc.published ? `Published ${formatDay(doc.published)}` : 'Publication date unknown',
        doc.author ? ` · by ${doc.author}` : '',
        ' · ',
        externalLink(doc.url, 'Original article'),
        doc.duplicate_of ? ' · republished copy of ' : '',
        doc.duplicate_of ? h('a', { href: `#/doc/${encodeURIComponent(doc.duplicate_of)}` }, 'the first copy') : '',
      ),
      h(
        'p',
        { class: 'legend-inline muted' },
        h('span', { class: 'mention' }, 'actor mention'),
        ' · ',
        h('span', { class: 'evidence-mark' }, 'event evidence (opens the event)'),
        ' · ',
        h('span', { class: 'evidence-mark rejected' }, 'rejected by a reviewer'),
      ),
      body,
    ),
    h('section', { 'aria-labelledby': 'doc-events-h' }, h('h2', { id: 'doc-events-h' }, `Events in this article (${events.total})`), h('ol', { class: 'events' }, ...events.events.map((e) => eventItem(e, { showDocument: false })))),
  );
  if (current) window.setTimeout(() => body.querySelector('.current')?.scrollIntoView({ block: 'center' }), 0);
  return doc.title ?? 'Article';
}

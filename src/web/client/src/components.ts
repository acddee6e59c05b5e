// Pieces several pages share: an event in a list, a pager, badges, citations.
import { h } from './dom.js';
import { actorsLabel, formatDay, formatEventDate, percent, stateName, typeLabel } from './format.js';
import type { Citation, UiEvent } from './types.js';

export function badge(text: string, kind: string): HTMLElement {
  return h('span', { class: `badge badge-${kind}` }, text);
}

export function stateLink(code: string): Node {
  return /^[A-Z]{3}$/.test(code) ? h('a', { href: `#/actor/${code}` }, stateName(code)) : document.createTextNode(code);
}

export function eventBadges(e: UiEvent): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (e.polarity === 'negated') out.push(badge('negated', 'warn'));
  if (e.modality !== 'actual') out.push(badge(e.modality, 'info'));
  if (e.conflicting) out.push(badge('conflicting reports', 'conflict'));
  if (e.review) out.push(badge(e.review.status, e.review.status));
  out.push(badge(`confidence ${percent(e.confidence)}`, e.confidence < 0.5 ? 'low' : 'plain'));
  return out;
}

export function eventTitle(e: UiEvent): string {
  return `${actorsLabel(e.source)} — ${typeLabel(e.type, e.plover)} — ${actorsLabel(e.target)}`;
}

export function eventItem(e: UiEvent, options: { showDocument?: boolean } = {}): HTMLElement {
  const showDocument = options.showDocument ?? true;
  return h(
    'li',
    { class: `event${e.review?.status === 'rejected' ? ' rejected' : ''}${e.conflicting ? ' conflict' : ''}`, 'data-event': e.id },
    h(
      'div',
      { class: 'event-head' },
      h('time', { class: 'event-date', datetime: e.date.start ?? '' }, formatEventDate(e.date.value, e.date.granularity, e.date.derivation)),
      h('a', { class: 'event-link', href: `#/event/${e.id}` }, eventTitle(e)),
      h('span', { class: 'badges' }, ...eventBadges(e)),
    ),
    h('blockquote', { class: 'evidence' }, e.evidence.text),
    showDocument
      ? h(
          'p',
          { class: 'event-source' },
          'From ',
          h('a', { href: `#/doc/${encodeURIComponent(e.document)}?event=${e.id}` }, e.title ?? e.document),
          e.published ? `, published ${formatDay(e.published)}` : '',
        )
      : null,
  );
}

export function citationItem(c: Citation): HTMLElement {
  return h(
    'li',
    { class: 'citation' },
    h('q', {}, c.evidence),
    ' — ',
    h('a', { href: `#/doc/${encodeURIComponent(c.document)}` }, 'read'),
    c.published ? ` (published ${formatDay(c.published)})` : '',
    c.independent === false ? ' · republished copy' : '',
  );
}

export function pager(total: number, limit: number, offset: number, hrefFor: (offset: number) => string): HTMLElement {
  const pages = Math.max(1, Math.ceil(total / limit));
  const current = Math.floor(offset / limit) + 1;
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? h('a', { href: hrefFor(Math.max(0, offset - limit)), rel: 'prev' }, '← Newer') : h('span', { class: 'muted' }, '← Newer'),
    h('span', {}, ` page ${current} of ${pages} (${total} events) `),
    offset + limit < total ? h('a', { href: hrefFor(offset + limit), rel: 'next' }, 'Older →') : h('span', { class: 'muted' }, 'Older →'),
  );
}

export function loading(what: string): HTMLElement {
  return h('p', { class: 'muted', role: 'status' }, `Loading ${what}…`);
}

export function errorBox(error: unknown): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error));
}

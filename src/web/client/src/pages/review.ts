// The review queue (conflicting and low-confidence events first) with one-click confirm and
// reject, and the audit log of every verdict.
import { getJson, postJson, settings } from '../api.js';
import { errorBox, eventItem, pager } from '../components.js';
import { h } from '../dom.js';
import { auditTable, reviewerFields } from '../review-widgets.js';
import type { AuditEntry, UiEvent } from '../types.js';

interface Queue {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly items: readonly UiEvent[];
}

export async function renderReview(main: HTMLElement, query: URLSearchParams): Promise<string> {
  const offset = Number(query.get('offset') ?? 0) || 0;
  const [queue, log] = await Promise.all([
    getJson<Queue>('/api/reviews/queue', { limit: 20, offset }),
    getJson<{ entries: readonly AuditEntry[] }>('/api/reviews/log', { limit: 30 }),
  ]);
  const outcome = h('p', { role: 'status', 'aria-live': 'polite', class: 'outcome' });
  const items = queue.items.map((e) => {
    const li = eventItem(e);
    const act = (action: 'confirm' | 'reject') => async () => {
      try {
        await postJson(`/api/reviews/events/${e.id}`, { action, reviewer: settings.reviewer() || undefined });
        li.remove();
        outcome.textContent = `Event ${e.id} ${action === 'confirm' ? 'confirmed' : 'rejected'}.`;
      } catch (error) {
        outcome.replaceChildren(errorBox(error));
      }
    };
    const confirm = h('button', { type: 'button', class: 'confirm' }, 'Confirm');
    const reject = h('button', { type: 'button', class: 'reject' }, 'Reject');
    confirm.setAttribute('aria-label', `Confirm event ${e.id}`);
    reject.setAttribute('aria-label', `Reject event ${e.id}`);
    confirm.addEventListener('click', () => void act('confirm')());
    reject.addEventListener('click', () => void act('reject')());
    li.append(h('div', { class: 'actions' }, confirm, reject, h('a', { href: `#/event/${e.id}`, class: 'button-link' }, 'Correct…')));
    return li;
  });
  main.replaceChildren(
    h('h1', {}, 'Review'),
    reviewerFields(),
    outcome,
    h(
      'section',
      { 'aria-labelledby': 'queue-h' },
      h('h2', { id: 'queue-h' }, `Queue (${queue.total} unreviewed)`),
      h('p', { class: 'muted' }, 'Events contradicted by another report on the same pair come first, then the least confident.'),
      items.length ? h('ol', { class: 'events queue' }, ...items) : h('p', {}, 'Nothing left to review.'),
      queue.total > queue.limit ? pager(queue.total, queue.limit, queue.offset, (o) => `#/review?offset=${o}`) : null,
    ),
    h('section', { 'aria-labelledby': 'log-h' }, h('h2', { id: 'log-h' }, 'Audit log'), log.entries.length ? auditTable(log.entries) : h('p', { class: 'muted' }, 'No review yet.')),
  );
  return 'Review';
}

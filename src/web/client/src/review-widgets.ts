// Reviewer name and write token fields (kept in the browser), and the audit-log table.
import { settings } from './api.js';
import { h } from './dom.js';
import type { AuditEntry } from './types.js';

export function reviewerFields(): HTMLElement {
  const name = h('input', { id: 'reviewer-name', name: 'reviewer', value: settings.reviewer(), autocomplete: 'name', maxlength: 80 });
  const token = h('input', { id: 'write-token', name: 'token', type: 'password', value: settings.token(), autocomplete: 'off' });
  name.addEventListener('change', () => settings.setReviewer(name.value.trim()));
  token.addEventListener('change', () => settings.setToken(token.value.trim()));
  return h(
    'div',
    { class: 'reviewer' },
    h('div', { class: 'grid' }, h('label', { for: 'reviewer-name' }, 'Your name'), name, h('label', { for: 'write-token' }, 'Write token'), token),
    h('p', { class: 'muted hint' }, 'The token is the one given to chancery serve --token; without one, only this machine may write.'),
  );
}

function summary(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v === null ? '—' : String(v)}`)
    .join('; ');
}

export function auditTable(entries: readonly AuditEntry[]): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'audit' },
      h('caption', { class: 'visually-hidden' }, 'Audit log'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'Who'), h('th', { scope: 'col' }, 'Action'), h('th', { scope: 'col' }, 'Event'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'), h('th', { scope: 'col' }, 'Note'))),
      h(
        'tbody',
        {},
        ...entries.map((e) =>
          h(
            'tr',
            {},
            h('td', {}, h('time', { datetime: e.at }, e.at.replace('T', ' ').slice(0, 19))),
            h('td', {}, e.reviewer),
            h('td', {}, e.action),
            h('td', {}, e.eventId ? h('a', { href: `#/event/${e.eventId}` }, `event ${e.eventId}`) : h('span', { class: 'muted' }, e.eventKey)),
            h('td', {}, summary(e.before)),
            h('td', {}, summary(e.after)),
            h('td', {}, e.note ?? ''),
          ),
        ),
      ),
    ),
  );
}

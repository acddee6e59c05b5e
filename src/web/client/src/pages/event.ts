// One event report: what was extracted, the evidence, its document, and the review form
// (confirm, reject, or correct type, actors, date, polarity, modality) with its history.
import { getJson, postJson, settings } from '../api.js';
import { badge, errorBox, eventBadges, eventTitle, stateLink } from '../components.js';
import { externalLink, h } from '../dom.js';
import { formatDay, formatEventDate, percent, typeLabel } from '../format.js';
import { auditTable, reviewerFields } from '../review-widgets.js';
import type { AuditEntry, Meta, UiEvent } from '../types.js';

interface EventAnswer {
  readonly event: UiEvent;
  readonly history: readonly AuditEntry[];
}

function actorLinks(actors: UiEvent['source']): Node {
  const span = h('span', {});
  actors.forEach((a, i) => {
    if (i) span.append(', ');
    span.append(/^[A-Z]{3}$/.test(a.code) ? stateLink(a.code) : `${a.name ?? a.text} (${a.code})`);
  });
  if (!actors.length) span.append('(unnamed)');
  return span;
}

function select(id: string, name: string, options: readonly string[], current: string, labelOf: (v: string) => string = (v) => v): HTMLSelectElement {
  return h('select', { id, name }, ...options.map((o) => h('option', { value: o, selected: o === current }, labelOf(o))));
}

export async function renderEvent(main: HTMLElement, id: string): Promise<string> {
  const [{ event: e, history }, meta] = await Promise.all([getJson<EventAnswer>(`/api/ui/events/${encodeURIComponent(id)}`), getJson<Meta>('/api/ui/meta')]);
  const firstSource = e.source.find((a) => /^[A-Z]{3}$/.test(a.code))?.code ?? e.source[0]?.state;
  const firstTarget = e.target.find((a) => /^[A-Z]{3}$/.test(a.code))?.code ?? e.target[0]?.state;
  const outcome = h('p', { class: 'outcome', role: 'status', 'aria-live': 'polite', id: 'review-outcome' });
  const who = reviewerFields();

  async function send(body: Record<string, unknown>): Promise<void> {
    outcome.textContent = 'Saving…';
    try {
      const reviewer = settings.reviewer() || undefined;
      await postJson(`/api/reviews/events/${e.id}`, { ...body, reviewer });
      outcome.textContent = 'Saved.';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (error) {
      outcome.replaceChildren(errorBox(error));
    }
  }

  const note = h('textarea', { id: 'review-note', name: 'note', rows: 2, maxlength: 2000 });
  const confirmBtn = h('button', { type: 'button', class: 'confirm', id: 'review-confirm' }, 'Confirm');
  const rejectBtn = h('button', { type: 'button', class: 'reject', id: 'review-reject' }, 'Reject');
  confirmBtn.addEventListener('click', () => void send({ action: 'confirm', note: note.value || undefined }));
  rejectBtn.addEventListener('click', () => void send({ action: 'reject', note: note.value || undefined }));

  const types = meta.types.includes(e.type ?? '') ? meta.types : [e.type ?? '', ...meta.types];
  const typeSel = select('fix-type', 'type', types, e.type ?? '', (v) => (v ? typeLabel(v) : '(none)'));
  const sourceIn = h('input', { id: 'fix-source', name: 'source', value: e.source.map((a) => a.code).join(', '), autocomplete: 'off' });
  const targetIn = h('input', { id: 'fix-target', name: 'target', value: e.target.map((a) => a.code).join(', '), autocomplete: 'off' });
  const dateIn = h('input', { id: 'fix-date', name: 'date', value: e.date.value ?? '', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', autocomplete: 'off' });
  const polSel = select('fix-polarity', 'polarity', meta.polarities, e.polarity);
  const modSel = select('fix-modality', 'modality', meta.modalities, e.modality);
  const fixForm = h(
    'form',
    { class: 'correct-form', id: 'correct-form' },
    h('fieldset', {}, h('legend', {}, 'Correct the event'),
      h('div', { class: 'grid' },
        h('label', { for: 'fix-type' }, 'Type'), typeSel,
        h('label', { for: 'fix-source' }, 'Source actors (codes)'), sourceIn,
        h('label', { for: 'fix-target' }, 'Target actors (codes)'), targetIn,
        h('label', { for: 'fix-date' }, 'Date'), dateIn,
        h('label', { for: 'fix-polarity' }, 'Polarity'), polSel,
        h('label', { for: 'fix-modality' }, 'Modality'), modSel,
      ),
      h('button', { type: 'submit', id: 'review-correct' }, 'Save correction'),
    ),
  );
  fixForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const codes = (s: string) => s.split(/[\s,;]+/).filter(Boolean).map((c) => c.toUpperCase());
    const correction: Record<string, unknown> = {};
    if (typeSel.value && typeSel.value !== e.type) correction.type = typeSel.value;
    if (codes(sourceIn.value).join() !== e.source.map((a) => a.code).join()) correction.source = codes(sourceIn.value);
    if (codes(targetIn.value).join() !== e.target.map((a) => a.code).join()) correction.target = codes(targetIn.value);
    if (dateIn.value.trim() !== (e.date.value ?? '')) correction.date = dateIn.value.trim() || null;
    if (polSel.value !== e.polarity) correction.polarity = polSel.value;
    if (modSel.value !== e.modality) correction.modality = modSel.value;
    if (!Object.keys(correction).length) {
      outcome.textContent = 'Nothing changed: edit a field first.';
      return;
    }
    void send({ action: 'correct', correction, note: note.value || undefined });
  });

  main.replaceChildren(
    h('p', { class: 'crumbs' }, firstSource && firstTarget ? h('a', { href: `#/pair/${firstSource}/${firstTarget}` }, 'Pair timeline') : null, firstSource && firstTarget ? ' · ' : '', h('a', { href: `#/doc/${encodeURIComponent(e.document)}?event=${e.id}` }, 'Read the article')),
    h('h1', {}, eventTitle(e)),
    h('p', { class: 'badges' }, ...eventBadges(e)),
    h('blockquote', { class: 'evidence big' }, e.evidence.text),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Date'), h('dd', {}, formatEventDate(e.date.value, e.date.granularity, e.date.derivation), h('span', { class: 'muted' }, ` (${e.date.granularity}, ${e.date.derivation})`)),
      h('dt', {}, 'Type'), h('dd', {}, typeLabel(e.type, e.plover), h('span', { class: 'muted' }, ` · PLOVER ${e.plover}`)),
      h('dt', {}, 'Source'), h('dd', {}, actorLinks(e.source)),
      h('dt', {}, 'Target'), h('dd', {}, actorLinks(e.target)),
      h('dt', {}, 'Polarity / modality'), h('dd', {}, `${e.polarity} / ${e.modality}`),
      e.level ? h('dt', {}, 'Mission level') : null, e.level ? h('dd', {}, e.level) : null,
      h('dt', {}, 'Confidence'), h('dd', {}, percent(e.confidence), h('span', { class: 'muted' }, ` · rule ${e.pattern}`)),
      h('dt', {}, 'Article'), h('dd', {}, h('a', { href: `#/doc/${encodeURIComponent(e.document)}?event=${e.id}` }, e.title ?? e.document), e.published ? `, published ${formatDay(e.published)}` : '', ' · ', externalLink(e.url, 'original')),
      h('dt', {}, 'Review'), h('dd', {}, e.review ? badge(`${e.review.status} by ${e.review.reviewer}`, e.review.status) : 'not reviewed yet'),
    ),
    h(
      'section',
      { class: 'review-panel', 'aria-labelledby': 'review-h' },
      h('h2', { id: 'review-h' }, 'Review'),
      who,
      h('div', { class: 'field' }, h('label', { for: 'review-note' }, 'Note (optional)'), note),
      h('div', { class: 'actions' }, confirmBtn, rejectBtn),
      fixForm,
      outcome,
    ),
    h('section', { 'aria-labelledby': 'history-h' }, h('h2', { id: 'history-h' }, 'History'), history.length ? auditTable(history) : h('p', { class: 'muted' }, 'No review yet.')),
  );
  return eventTitle(e);
}

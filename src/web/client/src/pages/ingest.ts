// Ingest from the browser: files (HTML, text, RSS, JSONL, gzipped or not) or pasted text/HTML,
// sent one at a time to the same ingest path as `chancery ingest`, with progress.
import { postBytes } from '../api.js';
import { errorBox } from '../components.js';
import { h } from '../dom.js';

interface IngestAnswer {
  readonly name: string;
  readonly summary: { read: number; stored: number; duplicates: number; unchanged: number; failed: number };
  readonly failures: readonly string[];
  readonly documents: readonly { id: string; title: string | null; duplicateOf: string | null }[];
}

function resultItem(answer: IngestAnswer): HTMLElement {
  const s = answer.summary;
  return h(
    'li',
    {},
    h('strong', {}, answer.name),
    `: ${s.read} read, ${s.stored} stored (${s.duplicates} republished copies), ${s.unchanged} already stored, ${s.failed} failed`,
    answer.documents.length ? h('ul', {}, ...answer.documents.map((d) => h('li', {}, h('a', { href: `#/doc/${encodeURIComponent(d.id)}` }, d.title ?? `untitled document ${d.id}`), d.duplicateOf ? ' (republished copy)' : ''))) : null,
    answer.failures.length ? h('ul', { class: 'error' }, ...answer.failures.map((f) => h('li', {}, f))) : null,
  );
}

export async function renderIngest(main: HTMLElement): Promise<string> {
  const files = h('input', { id: 'ingest-files', name: 'files', type: 'file', multiple: true, accept: '.html,.htm,.txt,.md,.xml,.rss,.atom,.jsonl,.gz' });
  const paste = h('textarea', { id: 'ingest-paste', name: 'paste', rows: 8, placeholder: 'Paste article text or HTML here' });
  const pasteName = h('input', { id: 'ingest-name', name: 'name', placeholder: 'pasted.html or pasted.txt', autocomplete: 'off' });
  const progress = h('progress', { id: 'ingest-progress', max: 1, value: 0 });
  const progressText = h('p', { role: 'status', 'aria-live': 'polite', id: 'ingest-status' });
  const results = h('ol', { class: 'ingest-results', id: 'ingest-results' });
  const submit = h('button', { type: 'submit' }, 'Ingest');
  const form = h(
    'form',
    { class: 'ingest-form', id: 'ingest-form' },
    h('div', { class: 'field' }, h('label', { for: 'ingest-files' }, 'Files'), files),
    h('div', { class: 'field' }, h('label', { for: 'ingest-paste' }, 'Or paste text or HTML'), paste),
    h('div', { class: 'field' }, h('label', { for: 'ingest-name' }, 'Name for the pasted text (optional)'), pasteName),
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const jobs: { name: string; body: Blob | string }[] = [...(files.files ?? [])].map((f) => ({ name: f.name, body: f }));
      if (paste.value.trim()) jobs.push({ name: pasteName.value.trim() || (paste.value.trimStart().startsWith('<') ? 'pasted.html' : 'pasted.txt'), body: paste.value });
      if (!jobs.length) {
        progressText.textContent = 'Choose files or paste some text first.';
        return;
      }
      submit.disabled = true;
      progress.max = jobs.length;
      progress.value = 0;
      for (const [i, job] of jobs.entries()) {
        progressText.textContent = `Ingesting ${i + 1} of ${jobs.length}: ${job.name}…`;
        try {
          const answer = await postBytes<IngestAnswer>(`/api/ingest?name=${encodeURIComponent(job.name)}`, job.body, 'application/octet-stream');
          results.append(resultItem(answer));
        } catch (error) {
          results.append(h('li', {}, h('strong', {}, job.name), ': ', errorBox(error)));
        }
        progress.value = i + 1;
      }
      progressText.textContent = `Done: ${jobs.length} upload(s).`;
      submit.disabled = false;
      form.reset();
    })();
  });
  main.replaceChildren(
    h('h1', {}, 'Ingest articles'),
    h('p', {}, 'Files are read, cleaned, analysed and stored exactly as by chancery ingest. Articles already stored are left as they are.'),
    form,
    h('div', { class: 'progress' }, h('label', { for: 'ingest-progress' }, 'Progress'), progress, progressText),
    results,
  );
  return 'Ingest';
}

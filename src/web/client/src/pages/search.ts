// Full-text search over articles (the API quotes every word, so no query syntax leaks in).
import { getJson } from '../api.js';
import { h, marked } from '../dom.js';
import { formatDay } from '../format.js';

interface SearchAnswer {
  readonly q: string;
  readonly results: readonly { id: string; title: string | null; published: string | null; url: string | null; snippet: string }[];
}

export async function renderSearch(main: HTMLElement, query: URLSearchParams): Promise<string> {
  const q = query.get('q') ?? '';
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  if (input) input.value = q;
  if (!q.trim()) {
    main.replaceChildren(h('h1', {}, 'Search'), h('p', {}, 'Type words in the search box above.'));
    return 'Search';
  }
  const answer = await getJson<SearchAnswer>('/api/search', { q });
  main.replaceChildren(
    h('h1', {}, `Articles matching “${q}”`),
    answer.results.length
      ? h(
          'ol',
          { class: 'results' },
          ...answer.results.map((r) =>
            h('li', {}, h('a', { href: `#/doc/${encodeURIComponent(r.id)}` }, r.title ?? r.id), r.published ? h('span', { class: 'muted' }, ` · ${formatDay(r.published)}`) : null, h('p', { class: 'snippet' }, marked(r.snippet))),
          ),
        )
      : h('p', { class: 'muted' }, 'Nothing found.'),
  );
  return `Search: ${q}`;
}

// The web client: a hash router over small page modules. Each page renders into <main> from
// API answers, building DOM with text nodes only (see dom.ts).
import './styles.css';
import { errorBox, loading } from './components.js';
import { currentRoute, navigate } from './router.js';
import { renderActor } from './pages/actor.js';
import { renderEvent } from './pages/event.js';
import { renderEvents } from './pages/events.js';
import { renderIngest } from './pages/ingest.js';
import { renderOverview } from './pages/overview.js';
import { renderPair } from './pages/pair.js';
import { renderReader } from './pages/reader.js';
import { renderReview } from './pages/review.js';
import { renderSearch } from './pages/search.js';

const main = document.getElementById('main') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
let serial = 0;
let first = true;

async function route(): Promise<void> {
  const mine = ++serial;
  const { parts, query } = currentRoute();
  const page = document.createElement('div');
  page.className = 'page';
  main.replaceChildren(loading('page'));
  let title: string;
  try {
    const [head, a, b] = parts;
    if (!head) title = await renderOverview(page, query);
    else if (head === 'pair' && a && b) title = await renderPair(page, a, b, query);
    else if (head === 'actor' && a) title = await renderActor(page, a);
    else if (head === 'event' && a) title = await renderEvent(page, a);
    else if (head === 'doc' && a) title = await renderReader(page, a, query);
    else if (head === 'events') title = await renderEvents(page, query);
    else if (head === 'review') title = await renderReview(page, query);
    else if (head === 'ingest') title = await renderIngest(page);
    else if (head === 'search') title = await renderSearch(page, query);
    else {
      page.replaceChildren(errorBox(new Error('No such page.')));
      title = 'Not found';
    }
  } catch (error) {
    page.replaceChildren(errorBox(error));
    title = 'Error';
  }
  if (mine !== serial) return;
  main.replaceChildren(page);
  document.title = `${title} · chancery`;
  status.textContent = '';
  document.body.dataset.page = parts[0] ?? 'overview';
  document.body.dataset.ready = 'true';
  // For the first-page bench: milliseconds from navigation start until the page was usable.
  if (first) document.body.dataset.readyAt = String(Math.round(performance.now()));
  if (!first) {
    main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
  first = false;
}

const searchForm = document.getElementById('search-form') as HTMLFormElement;
searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = (searchForm.elements.namedItem('q') as HTMLInputElement).value.trim();
  if (q) navigate(`#/search?q=${encodeURIComponent(q)}`);
});

// The skip link targets <main>, which is not a route: focus it instead of navigating.
document.querySelector('a.skip')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
});

window.addEventListener('hashchange', () => {
  document.body.dataset.ready = 'false';
  void route();
});
void route();

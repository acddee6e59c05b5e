// Clicks through the web UI in Debian's Chromium against a real server seeded by ingesting the
// articles in ./articles: overview -> pair -> event -> reader -> review, then ingest and the
// untrusted article. Skipped (with a message) when /usr/bin/chromium is not installed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { chromiumAvailable, launchChromium } from './launch-chromium.js';
import { startUiServer } from './ui-server.js';
import type { Page } from 'playwright-core';
import type { UiServer } from './ui-server.js';

const skip = chromiumAvailable() ? false : 'Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)';
let server: UiServer;

// One seeded server for both tests (building the client and ingesting take a few seconds).
before(async () => {
  if (!skip) server = await startUiServer();
});
after(async () => {
  if (!skip) await server.close();
});

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]');
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

test('overview -> pair -> event -> reader -> review, with untrusted article text kept inert', { skip, timeout: 120_000 }, async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // A CSP violation would mean markup from an article reached the DOM and was merely blocked.
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });

    // Overview: the map coloured by "recognise Palestine", recent events.
    const response = await page.goto(`${server.url}/`);
    assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    await ready(page);
    await page.waitForSelector('.country.v-recognizes');
    assert.equal(await page.textContent('h1'), 'Relations between states');
    const recognisers = await page.$$eval('.country.v-recognizes', (els) => els.map((e) => e.getAttribute('data-code')).sort());
    assert.deepEqual(recognisers, ['ARG', 'BRA', 'ESP', 'IRL', 'NOR', 'SWE']);
    assert.ok((await page.$$('.country')).length > 150, 'the bundled world map is drawn');
    assert.match(await page.textContent('#map-caption') ?? '', /recognise Palestine as of .*: 6 on record/);
    // Sliding back to 2012 leaves only the 2010 recognitions.
    await page.fill('#map-year', '2012');
    await page.dispatchEvent('#map-year', 'input');
    await page.waitForFunction(() => document.querySelectorAll('.country.v-recognizes').length === 2);
    assert.ok((await page.$$('.recent li.event')).length > 0);
    // Keyboard: a coloured country is a tab stop; Enter opens its pair page.
    await page.focus('.country.v-recognizes[data-code="ARG"]');
    await page.keyboard.press('Enter');
    await ready(page);
    assert.equal(await page.textContent('h1'), 'Argentina – Palestine');
    await page.goBack();
    await ready(page);
    await page.waitForSelector('.country.v-recognizes');

    // Switch the map to "have diplomatic relations with Israel" and open Bolivia's pair page.
    await page.selectOption('#map-relation', 'relations');
    await page.fill('#map-state', 'Israel');
    await page.fill('#map-year', '2026');
    await page.click('#map-form button[type=submit]');
    await page.waitForSelector('.country.v-severed');
    await page.click('.map-list summary');
    await page.click('.map-list a:has-text("Bolivia")');
    await ready(page);
    assert.equal(await page.textContent('h1'), 'Bolivia – Israel');
    assert.match(await page.textContent('.facts') ?? '', /severed since 31 Oct 2023/);
    assert.ok((await page.$$('.timeline-entry.conflict')).length >= 1, 'the conflicting reports are highlighted');
    assert.match(await page.textContent('.timeline') ?? '', /Sources disagree/);
    const dates = await page.$$eval('ol.events .event-date', (els) => els.map((e) => e.textContent));
    assert.deepEqual(dates, ['31 Oct 2023', 'Oct 2023', '2019'], 'dates shown at the granularity the text gave');

    // Event page from the pair's event list.
    await page.click('ol.events a.event-link:has-text("sever relations")');
    await ready(page);
    assert.equal(await page.textContent('h1'), 'Bolivia — sever relations — Israel');
    assert.match(await page.textContent('blockquote.evidence') ?? '', /broke off diplomatic relations with Israel on 31 October 2023/);
    const eventUrl = page.url();

    // Reader: evidence and mentions highlighted, original link kept.
    await page.click('a:has-text("Read the article")');
    await ready(page);
    assert.equal(await page.textContent('h1'), 'Bolivia breaks with Israel');
    const current = await page.$$eval('.evidence-mark.current', (els) => els.map((e) => e.textContent).join(''));
    assert.match(current, /^Bolivia broke off diplomatic relations with Israel on 31 October 2023/);
    assert.ok((await page.$$eval('.reader-text .mention', (els) => els.map((e) => e.textContent))).includes('Bolivia'));
    assert.equal(await page.getAttribute('a.external', 'href'), 'https://news.example.org/2023/11/bolivia-breaks');

    // Review: correct the event (date and polarity), then check it shows with its history.
    await page.goto(eventUrl);
    await ready(page);
    await page.fill('#reviewer-name', 'Test Reviewer');
    await page.dispatchEvent('#reviewer-name', 'change');
    await page.fill('#fix-date', '2023-10');
    await page.fill('#review-note', 'the break was announced late in October');
    await page.click('#review-correct');
    await page.waitForSelector('.badge-corrected');
    await ready(page);
    assert.match(await page.textContent('.facts') ?? '', /Oct 2023 \(month, reviewed\)/);
    assert.match(await page.textContent('table.audit') ?? '', /Test Reviewer.*correct.*date: 2023-10-31.*date: 2023-10/s);

    // The review queue lists conflicting reports first; reject the top one, see it in the audit log.
    await page.click('nav a:has-text("Review")');
    await ready(page);
    const first = page.locator('ol.queue > li').first();
    assert.match((await first.getAttribute('class')) ?? '', /conflict/);
    assert.match(await first.textContent() ?? '', /downgrade relations/);
    await first.getByRole('button', { name: /^Reject/ }).click();
    await page.waitForSelector('text=rejected.');
    await page.reload();
    await ready(page);
    const log = await page.textContent('table.audit');
    assert.match(log ?? '', /reject/);
    assert.match(log ?? '', /correct/);

    // Ingest pasted text from the browser, then read it.
    await page.click('nav a:has-text("Ingest")');
    await ready(page);
    await page.fill('#ingest-paste', 'Colombia broke off diplomatic relations with Israel on 2 May 2024, the president said in Bogota.');
    await page.fill('#ingest-name', 'colombia.txt');
    await page.click('#ingest-form button[type=submit]');
    await page.waitForSelector('#ingest-status:has-text("Done")');
    assert.match(await page.textContent('#ingest-results') ?? '', /colombia\.txt: 1 read, 1 stored/);
    await page.click('#ingest-results a');
    await ready(page);
    assert.match(await page.textContent('.reader-text') ?? '', /Colombia broke off/);

    // The article with a planted <script>, an <img onerror> in its title and body and a
    // javascript: canonical URL: shown as text, nothing runs, no link to the script URL.
    await page.fill('#search-q', 'seventy years');
    await page.press('#search-q', 'Enter');
    await ready(page);
    await page.click('ol.results a');
    await ready(page);
    assert.match(await page.textContent('h1') ?? '', /seventy years <img src=x onerror=/);
    assert.equal(await page.$$eval('main img, main script', (els) => els.length), 0);
    assert.equal(await page.$$eval('a[href^="javascript:" i]', (els) => els.length), 0);
    assert.match(await page.textContent('.doc-meta') ?? '', /address not shown/);
    assert.equal(await pwned(page), undefined, 'no planted script ran');
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(cspViolations, []);
  } finally {
    await browser.close();
  }
});

test('a write from another origin, to another host name or without the anti-CSRF header is refused', { skip, timeout: 60_000 }, async () => {
  const id = (await server.store.db.selectFrom('events').select('id').executeTakeFirstOrThrow()).id;
  const post = (headers: Record<string, string>) =>
    fetch(`${server.url}/api/reviews/events/${id}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{"action":"confirm"}' });
  assert.equal((await post({})).status, 403);
  assert.equal((await post({ 'X-Chancery-Csrf': '1', Origin: 'https://evil.example' })).status, 403);
  // fetch() will not send another Host header: a raw request stands in for a DNS-rebinding page.
  const rebound = await new Promise<number>((resolve, reject) => {
    const req = request(`${server.url}/api/reviews/events/${id}`, { method: 'POST', headers: { Host: 'rebound.example', 'X-Chancery-Csrf': '1', 'Content-Type': 'application/json' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end('{"action":"confirm"}');
  });
  assert.equal(rebound, 403);
  assert.equal((await post({ 'X-Chancery-Csrf': '1' })).status, 200);
});

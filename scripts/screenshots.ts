// `npm run screenshots`: starts a seeded server (test/browser/ui-server.ts), walks the pages a
// user would and saves docs/screenshots/<page>.png at 1280x800 (and the overview at phone width).
import { fileURLToPath } from 'node:url';
import { chromiumAvailable, launchChromium } from '../test/browser/launch-chromium.js';
import { startUiServer } from '../test/browser/ui-server.js';
import type { Page } from 'playwright-core';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]');
}

async function go(page: Page, base: string, hash: string): Promise<void> {
  await page.goto(`${base}/${hash}`);
  await ready(page);
}

async function main(): Promise<void> {
  if (!chromiumAvailable()) {
    console.error('screenshots: /usr/bin/chromium is missing (apt-get install -y chromium)');
    process.exitCode = 1;
    return;
  }
  const server = await startUiServer();
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const shot = async (name: string, fullPage = false) => {
      await page.screenshot({ path: `${OUT}${name}.png`, fullPage });
      console.log(`docs/screenshots/${name}.png`);
    };
    await go(page, server.url, '#/');
    await page.waitForSelector('.country.v-recognizes');
    await shot('overview');
    await go(page, server.url, '#/pair/BOL/ISR');
    await shot('pair', true);
    const sever = await server.store.db.selectFrom('events').select('id').where('type', '=', 'sever_relations').executeTakeFirstOrThrow();
    await go(page, server.url, `#/event/${sever.id}`);
    await shot('event', true);
    await page.click('text=Read the article');
    await ready(page);
    await shot('reader');
    const doc = await server.store.db.selectFrom('documents').select('id').where('title', 'like', 'Mexico%').executeTakeFirstOrThrow();
    await go(page, server.url, `#/doc/${doc.id}`);
    await shot('reader-untrusted');
    // A rejection and a correction through the event page, so the review screenshots show both.
    const selfRecognition = await server.store.db.selectFrom('events').select('id').where('type', '=', 'recognize').where('source_json', 'like', '%"PSE"%').executeTakeFirst();
    if (selfRecognition) {
      await go(page, server.url, `#/event/${selfRecognition.id}`);
      await page.fill('#reviewer-name', 'Screenshot Reviewer');
      await page.dispatchEvent('#reviewer-name', 'change');
      await page.fill('#review-note', 'Sweden, not Palestine, is the recogniser');
      await page.click('#review-reject');
      await page.waitForSelector('.badge-rejected');
    }
    const sweden = await server.store.db.selectFrom('events').select('id').where('type', '=', 'recognize').where('source_json', 'like', '%"SWE"%').executeTakeFirstOrThrow();
    await go(page, server.url, `#/event/${sweden.id}`);
    await page.fill('#fix-date', '2014-10-30');
    await page.fill('#review-note', 'the government decision is dated 30 October');
    await page.click('#review-correct');
    await page.waitForSelector('.badge-corrected');
    await ready(page);
    await shot('event-corrected', true);
    await go(page, server.url, '#/review');
    await page.locator('ol.queue > li').first().getByRole('button', { name: /^Confirm/ }).click();
    await page.waitForSelector('text=confirmed.');
    await page.reload();
    await ready(page);
    await shot('review', true);
    await go(page, server.url, '#/events?polarity=asserted&since=2010');
    await shot('events');
    await go(page, server.url, '#/ingest');
    await page.fill('#ingest-paste', 'Colombia broke off diplomatic relations with Israel on 2 May 2024, the president said in Bogota.');
    await page.fill('#ingest-name', 'colombia.txt');
    await page.click('#ingest-form button[type=submit]');
    await page.waitForSelector('#ingest-status:has-text("Done")');
    await shot('ingest');
    await page.setViewportSize({ width: 390, height: 844 });
    await go(page, server.url, '#/');
    await page.waitForSelector('.country.v-recognizes');
    await shot('overview-phone', true);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

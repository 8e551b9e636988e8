// The static site (receipts publish) read in Debian's chromium: the home
// page, the company list, a category, a profile, a claim followed to its
// highlighted quote in the source, all from files, with nothing fetched
// from elsewhere and no script errors. usage: node site.js BASE_URL ART_DIR
'use strict';
const path = require('path');
const { walk } = require('./browser');

walk(path.join(__dirname, '..', 'artifacts', 'site'), async (w) => {
  const { base, check, shot, errors, foreign } = w;
  const page = await w.page();

  await page.goto(base);
  check("the home page's search is the in-browser one",
        (await page.locator('form.bigsearch').getAttribute('action')) === '/search/');
  check('it links the data', (await page.locator('a[href="/data/receipts.ftm.jsonl"]').count()) >= 1);
  await shot(page, 'site-01-home', true);

  await Promise.all([page.waitForURL(/\/companies\/?$/), page.click('nav a[href="/companies"]')]);
  check('the company list', (await page.locator('table.companies tbody tr').count()) > 10);
  await Promise.all([page.waitForURL(/\/categories\/prisons\/$/), page.click('nav.filters a:has-text("prisons")')]);
  check('a category page lists CoreCivic',
        (await page.locator('table.companies', { hasText: 'CoreCivic' }).count()) === 1);

  await page.goto(base + 'companies/palantir/');
  check("Palantir's profile", (await page.locator('h1').textContent()).includes('Palantir'));
  const claims = await page.locator('article.claim blockquote').count();
  check('with its accepted claims', claims >= 1, String(claims));
  const json = await page.request.get(base + 'companies/palantir/profile.json');
  check('its JSON beside it', json.status() === 200 && (await json.json()).entity.id === 'palantir');
  await shot(page, 'site-02-profile', true);

  const link = page.locator('article.claim blockquote a').first();
  const href = await link.getAttribute('href');
  await link.click();
  await page.waitForURL(/\/sources\/[0-9a-f]{64}\/?#claim-\d+$/);
  const id = href.split('#claim-')[1];
  const mark = page.locator('mark#claim-' + id);
  check('the quote is highlighted in the source', await mark.isVisible());
  check('the quote is one piece', (await page.locator('mark[data-claim="' + id + '"]').count()) === 1);
  await shot(page, 'site-03-source');

  // the search runs in the browser over the published index
  await page.goto(base);
  await page.fill('input#q', 'Palantir');
  await Promise.all([page.waitForURL(/\/search\/\?q=Palantir/), page.press('input#q', 'Enter')]);
  await page.waitForSelector('#site-search li.hit');
  check('the search finds Palantir', (await page.locator('#site-search li.hit h3 a', { hasText: 'Palantir' }).count()) >= 1);
  await page.fill('input#q', 'azure');
  await page.waitForSelector('#site-search li.hit blockquote');
  const firstQuote = page.locator('#site-search li.hit blockquote a').first();
  check('words of a quote find its claim', (await firstQuote.textContent()).toLowerCase().includes('azure'));
  await shot(page, 'site-04-search', true);
  await Promise.all([page.waitForURL(/\/sources\/[0-9a-f]{64}\/#claim-\d+$/), firstQuote.click()]);
  check('a result leads to its highlighted quote', await page.locator('mark.claim:target').isVisible());

  check('nothing fetched from elsewhere', foreign.length === 0, foreign.join(' '));
  check('no script errors or missing files', errors.length === 0, errors.join(' | '));
});

// The fund walk: a trustee looks for her fund by ticker, opens its page,
// sorts the table by exposure, filters by a category and compares her fund
// with a cleaner one. usage: node funds_walk.js BASE_URL ARTIFACT_DIR
// Prints one line per failed check and "N passed, N failed"; saves screenshots.
'use strict';
const path = require('path');
const { walk } = require('./browser');

walk(path.join(__dirname, '..', 'artifacts'), async (w) => {
  const { base, check, shot, errors, foreign } = w;
  const page = await w.page();

  // 1. from the home page to the funds
  await page.goto(base);
  await Promise.all([page.waitForURL(/\/funds$/), page.locator('nav a', { hasText: 'Funds' }).click()]);
  const rows = await page.locator('table#funds tbody tr').count();
  check('/funds lists every fund', rows === 3, rows + ' rows');
  check('each row has a grade badge', (await page.locator('table#funds tbody .grade').count()) === 3);
  await shot(page, 'funds-01-list', true);

  // 2. sort by exposure: a click on the column, then again for highest first
  await Promise.all([page.waitForURL(/sort=exposure/),
                     page.locator('table#funds th a', { hasText: 'Exposure' }).click()]);
  let first = await page.locator('table#funds tbody tr').first().textContent();
  check('sorted by exposure, cleanest first', first.includes('Beta Income Fund'), first);
  await Promise.all([page.waitForURL(/desc=1/),
                     page.locator('table#funds th a', { hasText: 'Exposure' }).click()]);
  first = await page.locator('table#funds tbody tr').first().textContent();
  check('again: highest first', first.includes('Gamma Defense Fund'), first);

  // 3. a category filter
  await Promise.all([page.waitForURL(/category=military/),
                     page.locator('p.filters a', { hasText: 'military' }).click()]);
  check('the military filter leaves the exposed funds',
        (await page.locator('table#funds tbody tr').count()) === 2);

  // 4. search by ticker, open the fund
  await page.goto(base + 'funds');
  await page.fill('input#fund-q', 'ALPIX');
  await Promise.all([page.waitForURL(/q=ALPIX/), page.press('input#fund-q', 'Enter')]);
  check('search by ticker finds the fund',
        (await page.locator('table#funds tbody tr').count()) === 1);
  await Promise.all([page.waitForURL(/\/funds\/\d+$/),
                     page.locator('table#funds tbody a', { hasText: 'Alpha Growth Fund' }).click()]);
  check("the fund's page opens", (await page.locator('h1#fund-name').textContent()) === 'Alpha Growth Fund');
  check('its grade-history chart is drawn', await page.locator('svg#grade-history').isVisible());
  check('its flagged holding is named with a reason',
        (await page.locator('table#flagged tbody tr', { hasText: 'Lockheed Martin Corp' }).locator('ul.reasons li').count()) >= 1);
  await shot(page, 'funds-02-fund', true);

  // 5. compare it with a cleaner fund
  await page.goto(base + 'funds');
  await page.fill('input#compare-funds', 'ALPAX, BETAX');
  await Promise.all([page.waitForURL(/\/funds\/compare\?funds=/), page.press('input#compare-funds', 'Enter')]);
  check('the compare view shows both funds', (await page.locator('table#compare thead th a').count()) === 2);
  check('the difference is the flagged holding',
        (await page.locator('table#compare-holdings tbody tr').first().textContent()).includes('Lockheed Martin Corp'));
  await shot(page, 'funds-03-compare', true);

  // 6. the changelog and a phone
  await page.goto(base + 'funds/changes');
  check('the changelog lists the gradings', (await page.locator('table#changes tbody tr').count()) >= 3);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(base + 'funds/1');
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check('a fund page does not scroll sideways on a phone', wide <= 0, wide + 'px too wide');
  await shot(page, 'funds-04-phone', true);
  check('no script errors', errors.length === 0, errors.join(' | '));
  check('nothing fetched from outside the server', foreign.length === 0, foreign.join(' '));
});

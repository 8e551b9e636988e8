// The fund walk: a trustee looks for her fund by ticker, opens its page,
// sorts the table by exposure, filters by a category and compares her fund
// with a cleaner one. usage: node funds_walk.js BASE_URL ARTIFACT_DIR
// Prints one line per failed check and "N passed, N failed"; saves screenshots.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const base = process.argv[2];
const out = process.argv[3] || path.join(__dirname, '..', 'artifacts');
fs.mkdirSync(out, { recursive: true });
let pass = 0, fail = 0;

function check(desc, ok, detail) {
  if (ok) pass++;
  else { fail++; console.log('FAIL: ' + desc + (detail ? ' (' + detail + ')' : '')); }
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(out, name + '.png'), fullPage: true });
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rcp-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const errors = [];
  try {
    const page = await ctx.newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    const foreign = [];
    page.on('request', (r) => { if (!r.url().startsWith(base)) foreign.push(r.url()); });

    // 1. from the home page to the funds
    await page.goto(base);
    await Promise.all([page.waitForURL(/\/funds$/), page.locator('nav a', { hasText: 'Funds' }).click()]);
    const rows = await page.locator('table#funds tbody tr').count();
    check('/funds lists every fund', rows === 3, rows + ' rows');
    check('each row has a grade badge', (await page.locator('table#funds tbody .grade').count()) === 3);
    await shot(page, 'funds-01-list');

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
    await shot(page, 'funds-02-fund');

    // 5. compare it with a cleaner fund
    await page.goto(base + 'funds');
    await page.fill('input#compare-funds', 'ALPAX, BETAX');
    await Promise.all([page.waitForURL(/\/funds\/compare\?funds=/), page.press('input#compare-funds', 'Enter')]);
    check('the compare view shows both funds', (await page.locator('table#compare thead th a').count()) === 2);
    check('the difference is the flagged holding',
          (await page.locator('table#compare-holdings tbody tr').first().textContent()).includes('Lockheed Martin Corp'));
    await shot(page, 'funds-03-compare');

    // 6. the changelog and a phone
    await page.goto(base + 'funds/changes');
    check('the changelog lists the gradings', (await page.locator('table#changes tbody tr').count()) >= 3);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(base + 'funds/1');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check('a fund page does not scroll sideways on a phone', wide <= 0, wide + 'px too wide');
    await shot(page, 'funds-04-phone');
    check('no script errors', errors.length === 0, errors.join(' | '));
    check('nothing fetched from outside the server', foreign.length === 0, foreign.join(' '));
  } catch (e) {
    check('the walk ran to the end', false, e && e.stack ? e.stack.split('\n').slice(0, 3).join(' ') : String(e));
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(pass + ' passed, ' + fail + ' failed');
  process.exit(fail ? 1 : 0);
})();

// The browser walk: Debian's chromium, driven by playwright-core, does what a
// new user does. usage: node walk.js BASE_URL ARTIFACT_DIR
// Prints one line per check and "N passed, N failed"; saves screenshots.
'use strict';
const path = require('path');
const { walk } = require('./browser');

walk(path.join(__dirname, '..', 'artifacts'), async (w) => {
  const { base, ctx, check, shot, errors, foreign } = w;
  const page = await w.page();

  // 1. home → search "Azure"
  await page.goto(base);
  check('home has a search box', await page.locator('input#q').isVisible());
  await shot(page, '01-home');
  await page.fill('input#q', 'Azure');
  await Promise.all([page.waitForURL(/\/search\?q=Azure/), page.press('input#q', 'Enter')]);
  const results = await page.locator('li.hit').count();
  check('search "Azure" finds sources', results >= 2, results + ' hits');
  check('the Azure article is among them',
        (await page.locator('li.hit h3', { hasText: 'Unit 8200 stored intercepted' }).count()) === 1);
  check('the hit is marked in its snippet', (await page.locator('li.hit mark').first().textContent()) === 'Azure');
  await shot(page, '02-search-azure', true);

  // 2. open Microsoft's profile from the results
  await Promise.all([page.waitForURL(/\/companies\/microsoft$/),
                     page.locator('p.companies a', { hasText: 'Microsoft' }).first().click()]);
  check("Microsoft's profile opens", (await page.locator('h1').textContent()).includes('Microsoft'));
  check('the profile has a timeline chart', await page.locator('figure.chart svg').isVisible());
  check('the profile lists the accepted claim',
        (await page.locator('article.claim blockquote', { hasText: 'cloud storage and computing on Azure' }).count()) === 1);
  check('the candidate is not on the public profile',
        (await page.locator('text=mass surveillance tool').count()) === 0);
  await shot(page, '03-profile-microsoft', true);

  // 3. follow the claim to its source: the quote is highlighted and in view
  await Promise.all([page.waitForURL(/\/sources\/[0-9a-f]{64}#claim-1$/),
                     page.locator('article.claim blockquote a').first().click()]);
  const mark = page.locator('mark#claim-1');
  await mark.waitFor();
  // the quote is cut into pieces where mentions cross it; together they read as the quote
  { const t = (await page.locator('mark[data-claim="1"]').allTextContents()).join('');
    check('the quote is marked', t.startsWith('Microsoft supplied cloud storage'), t.slice(0, 80)); }
  check('the quote is in view', await mark.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }));
  const bg = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
  check('the quote is highlighted as the target', bg === 'rgb(255, 213, 74)', bg);
  await shot(page, '04-source-quote');

  // 4. log in as an editor, accept a candidate with the keyboard
  await page.goto(base + 'login');
  await page.fill('input[name=name]', 'ed');
  await page.fill('input[name=password]', 'editor pass 1');
  await Promise.all([page.waitForURL(/\/review$/), page.click('form button[type=submit]:has-text("Log in")')]);
  check('the editor lands on the review queue', (await page.locator('h1').textContent()) === 'Candidate claims');
  const card = page.locator('.claim-card').first();
  check('the candidate shows its sentence in context',
        (await card.locator('.context mark').textContent()) === 'the unit built a mass surveillance tool');
  await shot(page, '05-review', true);
  // fix what extraction got wrong: the year, the counterparty (typed as
  // the source words it, which names a registry body: linked to it) and
  // the quote (the whole sentence); the receipt is re-pinned to the
  // source's bytes there
  await card.locator('details.edit summary').click();
  const edit = card.locator('details.edit form');
  await edit.locator('input[name=year]').fill('2021');
  await edit.locator('input[name=counterparty]').fill('Israeli military intelligence');
  const sentence = await edit.locator('select[name=span] option', { hasText: 'almost unlimited storage' })
    .first().getAttribute('value');
  check('the quote can be moved to another sentence of the source', !!sentence, String(sentence));
  await edit.locator('select[name=span]').selectOption(sentence);
  await shot(page, '05b-review-edit', true);
  await Promise.all([page.waitForURL(/\/review\?page=1$/), edit.locator('button[type=submit]').click()]);
  const edited = page.locator('.claim-card').first();
  check('the edited year is shown', (await edited.locator('.year').textContent()).includes('2021'));
  check('the counterparty is linked to the registry body of that name',
        (await edited.locator('a.party').getAttribute('href')) === '/companies/military-intelligence-directorate');
  check('the new quote is the whole sentence',
        (await edited.locator('.context mark').textContent()).startsWith('The investigation presents Azure'));
  await shot(page, '05c-review-edited', true);
  // the source page highlights the re-pinned quote as one piece
  const srcHref = await edited.locator('.meta a').getAttribute('href');
  await page.goto(base + srcHref.replace(/^\//, ''));
  const repinned = page.locator('mark[data-claim="2"]');
  check('the source page marks the re-pinned quote in one piece', (await repinned.count()) === 1,
        String(await repinned.count()));
  check('and it is the whole sentence',
        (await repinned.first().textContent()).startsWith('The investigation presents Azure'));
  await page.goto(base + 'review');
  const [post] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && /\/review\/\d+$/.test(r.url())),
    page.keyboard.press('a')]);
  check('the keyboard shortcut posts the decision', post.status() === 303, String(post.status()));
  // a company the registry lacks is shown as the source's words: accept
  // waits until it is linked; the editor adds it as a new company in one step
  await page.waitForSelector('.claim-card .company.unlinked');
  const unl = page.locator('.claim-card').first();
  check('an unlinked company is shown as the source\'s words',
        (await unl.locator('.company.unlinked').textContent()) === 'Covington & Burling');
  check('its accept button waits for the link', await unl.locator('button.accept').isDisabled());
  await shot(page, '05d-review-unlinked', true);
  await Promise.all([page.waitForURL(/\/review\?page=1$/), unl.locator('button.add-company').click()]);
  const linked = page.locator('.claim-card').first();
  check('added as a new company and linked to it',
        (await linked.locator('.what a').first().getAttribute('href')) === '/companies/covington-burling');
  // its accept button, now enabled (the keyboard's way is checked above; a
  // key pressed as the page settles on a loaded machine went nowhere)
  const [post2] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && /\/review\/\d+$/.test(r.url())),
    linked.locator('button.accept').click()]);
  check('once linked it is accepted', post2.status() === 303, String(post2.status()));
  await page.waitForSelector('text=Nothing to review');
  check('the queue is empty after accepting', (await page.locator('.claim-card').count()) === 0);
  await page.goto(base + 'companies/microsoft');
  check('the accepted claim is on the profile',
        (await page.locator('article.claim blockquote', { hasText: 'mass surveillance tool' }).count()) === 1);
  await shot(page, '06-profile-after-accept', true);

  check('no script errors, CSP violations or missing files', errors.length === 0, errors.join(' | '));
  errors.length = 0;

  // 5. log out: /review is refused (the 403 is the point: no error count here)
  await Promise.all([page.waitForURL(base), page.click('form.logout button')]);
  check('logged out: the login link is back', await page.locator('nav a[href="/login"]').isVisible());
  const resp = await page.goto(base + 'review');
  check('after logout /review is refused', resp.status() === 403, String(resp.status()));
  await shot(page, '07-review-refused');
  errors.length = 0;

  // 6. screen a fund: choose the holdings file, see the grade and the evidence
  await page.goto(base + 'screen');
  await page.setInputFiles('input#holdings-file', path.join(__dirname, '..', '..', 'examples', 'portfolio.csv'));
  await Promise.all([page.waitForURL(/\/screen$/), page.click('form.screen button[type=submit]')]);
  check('the screening report has a grade', (await page.locator('span.grade').textContent()) === 'F');
  check('the exposure chart is drawn', await page.locator('figure.chart svg').isVisible());
  check('Microsoft is flagged with its quote',
        (await page.locator('article.flag', { hasText: 'Microsoft' }).locator('blockquote').count()) === 1);
  await page.click('details.holdings summary');
  check('every holding is in the table', (await page.locator('details.holdings tbody tr').count()) === 41);
  check('the report names the uploaded file', (await page.locator('dl.facts').textContent()).includes('portfolio.csv'));
  for (const ext of ['csv', 'json', 'html']) {
    const href = await page.locator('p.downloads a[href$=".' + ext + '"]').getAttribute('href');
    const dl = await page.request.get(base + href.replace(/^\//, ''));
    check('the report downloads as ' + ext, dl.status() === 200 &&
          (dl.headers()['content-disposition'] || '').startsWith('attachment'), String(dl.status()));
  }
  await shot(page, '08-screen-report', true);
  check('no script errors on the screening pages', errors.length === 0, errors.join(' | '));

  // 7. on a phone
  const p2 = await ctx.newPage();
  await p2.setViewportSize({ width: 390, height: 844 });
  p2.on('pageerror', (e) => errors.push(String(e)));
  for (const [name, url] of [['09-phone-profile', 'companies/microsoft'], ['10-phone-search', 'search?q=Azure'],
                             ['11-phone-companies', 'companies'], ['12-phone-screen', 'screen']]) {
    await p2.goto(base + url);
    const wide = await p2.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check('no sideways scrolling on a phone: ' + url, wide <= 0, wide + 'px too wide');
    await shot(p2, name, true);
  }
  check('no script errors on the phone pages', errors.length === 0, errors.join(' | '));
  check('nothing fetched from outside the server', foreign.length === 0, foreign.join(' '));
});

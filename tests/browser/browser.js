// What the browser walks share: Debian's chromium driven by playwright-core
// in a fresh profile, the checks counted, pages that record script errors
// and every request to anywhere but the server under test, and the closing
// "N passed, N failed" with the exit status.
//   require('./browser').walk(DEFAULT_ARTIFACT_DIR, async (w) => { ... })
// runs the walk on process.argv's BASE_URL [ARTIFACT_DIR]; w holds base,
// out, ctx (the browser context), check, shot, page (a new page, watched),
// errors and foreign (what the watched pages saw; a walk may empty them).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

// No network but the server's, no first-run work: the same browser each run.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
              '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function walk(defaultOut, body) {
  const base = process.argv[2];
  const out = process.argv[3] || defaultOut;
  fs.mkdirSync(out, { recursive: true });
  let pass = 0, fail = 0;
  const w = { base, out, errors: [], foreign: [] };

  w.check = (desc, ok, detail) => {
    if (ok) pass++;
    else { fail++; console.log('FAIL: ' + desc + (detail ? ' (' + detail + ')' : '')); }
  };
  w.shot = (page, name, full) =>
    page.screenshot({ path: path.join(out, name + '.png'), fullPage: !!full });
  w.page = async () => {
    const page = await w.ctx.newPage();
    page.on('console', (m) => { if (m.type() === 'error') w.errors.push(m.text()); });
    page.on('pageerror', (e) => w.errors.push(String(e)));
    page.on('request', (r) => { if (!r.url().startsWith(base)) w.foreign.push(r.url()); });
    return page;
  };

  (async () => {
    // a fresh profile directory each run (playwright passes it as --user-data-dir)
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rcp-chromium-'));
    w.ctx = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ARGS,
    });
    try {
      await body(w);
    } catch (e) {
      w.check('the walk ran to the end', false,
              e && e.stack ? e.stack.split('\n').slice(0, 3).join(' ') : String(e));
    } finally {
      await w.ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
    console.log(pass + ' passed, ' + fail + ' failed');
    process.exit(fail ? 1 : 0);
  })();
}

module.exports = { walk };

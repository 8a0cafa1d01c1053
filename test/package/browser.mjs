// The package in a real browser: the playground (docs/playground/) runs dist/index.js and
// dist/x12.js, copied unchanged, in Debian's Chromium driven by playwright-core. For every example
// the page offers, the findings, prices, citations and refusals it shows must equal what the same
// files return in Node for the same input; bad input must show the library's typed error; and the
// page must log no console error. Without Chromium the test says so in one line and passes.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH, PLAYGROUND_DIR, buildPlayground, launchChromium, servePlayground } from '../../scripts/playground.mjs';

if (!existsSync(CHROMIUM_PATH)) {
  console.log(`browser test skipped: Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(0);
}

const { checkClaim, priceClaim, MedicareInputError } = await import('../../dist/index.js');
const { readX12Claims } = await import('../../dist/x12.js');
const { EXAMPLES } = await import('../../docs/playground/examples.js');

// --- what Node answers, in the shape the page shows it ---

const refusal = (error) => {
  if (!(error instanceof MedicareInputError)) throw error;
  return { error: { code: error.code, field: error.field, message: error.message } };
};
const attempt = (fn) => { try { return fn(); } catch (error) { return refusal(error); } };

const citationShown = (c) => ({ id: c.id, title: c.title, href: c.url, text: `${c.id} ${c.title}${c.section ? ` (${c.section})` : ''}` });

function findingsShown(lines) {
  return attempt(() => ({
    rows: checkClaim(lines).map((f) => ({
      line: String(f.line), severity: f.severity, code: f.code, message: f.message,
      citation: f.citation ? citationShown(f.citation) : null,
    })),
  }));
}

/** priceClaim's input as the page builds it from its fields: only those filled in. */
function pricingInput(lines, { state, zip, rural, deductibleRemainingCents }) {
  return {
    lines, state,
    ...(zip !== '' && { zip }),
    ...(rural !== '' && { rural: rural === 'true' }),
    ...(deductibleRemainingCents !== '' && { deductibleRemainingCents: Number(deductibleRemainingCents) }),
  };
}

function pricesShown(lines, pricing) {
  return attempt(() => {
    const priced = priceClaim(pricingInput(lines, pricing));
    return {
      rows: priced.lines.map((l) => ({
        line: String(l.line), hcpcs: l.hcpcs, basis: l.basis,
        allowed: l.allowed?.usd ?? '', deductible: l.deductibleApplied?.usd ?? '',
        medicare: l.medicarePays?.usd ?? '', beneficiary: l.beneficiaryPays?.usd ?? '',
        reason: l.reason ?? '', steps: l.steps.map((s) => `${s.label}: ${s.value}`),
      })),
      totals: [priced.totals.allowed.usd, priced.totals.medicarePays.usd, priced.totals.beneficiaryPays.usd],
      warnings: [...priced.warnings],
      citations: priced.citations.map(citationShown),
    };
  });
}

function expectedFor(example) {
  if (example.lines) {
    return { claims: [{ findings: findingsShown(example.lines), prices: pricesShown(example.lines, example.pricing) }] };
  }
  const text = readFileSync(join(PLAYGROUND_DIR, 'build/examples', example.file), 'utf8');
  let claims;
  try {
    claims = readX12Claims(text);
  } catch (error) {
    return { input: refusal(error) };
  }
  return { claims: claims.map((c) => ({ findings: findingsShown(c.lines), prices: pricesShown(c.lines, example.pricing) })) };
}

// --- what the page shows (read from the DOM as text, the way a person reads it) ---

function readPage() {
  const text = (node) => (node ? node.textContent.trim() : '');
  const errorShown = (box) => ({
    error: { code: text(box.querySelector('.error-code')), field: text(box.querySelector('code')), message: text(box.querySelector('.error-message')) },
  });
  const citation = (span) => span && {
    id: text(span.querySelector('.citation-id')), title: text(span.querySelector('a')),
    href: span.querySelector('a').getAttribute('href'), text: span.textContent.trim().replace(/\s+/g, ' '),
  };
  const inputError = document.querySelector('#results .input-error .library-error');
  if (inputError) return { input: errorShown(inputError) };
  return {
    claims: [...document.querySelectorAll('#results section.claim')].map((section) => {
      const [checkPart, pricePart] = ['checkClaim', 'priceClaim'].map((name) => {
        const heading = [...section.querySelectorAll('h3')].find((h) => text(h).startsWith(name));
        const parts = [];
        for (let node = heading.nextElementSibling; node && node.tagName !== 'H3'; node = node.nextElementSibling) parts.push(node);
        return parts;
      });
      const findingsError = checkPart.find((n) => n.matches('.library-error'));
      const findingsTable = checkPart.find((n) => n.matches('table.findings'));
      const findings = findingsError ? errorShown(findingsError) : {
        rows: findingsTable ? [...findingsTable.querySelectorAll('tbody tr')].map((tr) => {
          const td = tr.querySelectorAll('td');
          return { line: text(td[0]), severity: text(td[1]), code: text(td[2]), message: text(td[3]), citation: citation(td[4].querySelector('.citation')) ?? null };
        }) : [],
      };
      const pricesError = pricePart.find((n) => n.matches('.library-error'));
      const table = pricePart.find((n) => n.matches('table.prices'));
      const prices = pricesError ? errorShown(pricesError) : {
        rows: [...table.querySelectorAll('tbody tr')].map((tr) => {
          const td = [...tr.querySelectorAll('td')].map(text);
          return {
            line: td[0], hcpcs: td[1], basis: td[2], allowed: td[3], deductible: td[4], medicare: td[5], beneficiary: td[6], reason: td[7],
            steps: [...tr.querySelectorAll('ol.steps li')].map(text),
          };
        }),
        totals: [...table.querySelectorAll('tfoot td.money')].map(text).filter((t) => t !== ''),
        warnings: [...section.querySelectorAll('ul.warnings li')].map(text),
        citations: [...section.querySelectorAll('ul.citations .citation')].map(citation),
      };
      return { findings, prices };
    }),
  };
}

// --- the run ---

buildPlayground();
const server = await servePlayground();
let browser;
// A hung browser must not hang `npm test`, nor outlive it.
const watchdog = setTimeout(async () => {
  console.error('browser test: no result after 180 s, giving up');
  await browser?.close().catch(() => {});
  await server.close();
  process.exit(1);
}, 180_000);

const problems = []; // console errors, uncaught exceptions, failed requests
try {
  browser = await launchChromium();
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console.error: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`); });

  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  assert.match(await page.textContent('#quarters'), /^Pricing quarters held: \d{4}Q\d/);

  const shownCounts = [];
  for (const example of EXAMPLES) {
    await page.click(`button[data-example="${example.id}"]`);
    await page.waitForSelector(`body[data-example="${example.id}"]`);
    await page.click('#run');
    await page.waitForSelector('#results section.claim, #results .input-error');
    const shown = await page.evaluate(readPage);
    assert.deepEqual(shown, expectedFor(example), `example ${example.id}: the page shows something other than the library returns in Node`);
    const findings = shown.claims?.reduce((n, c) => n + (c.findings.rows?.length ?? 0), 0) ?? 0;
    const priced = shown.claims?.reduce((n, c) => n + (c.prices.rows?.filter((r) => r.allowed !== '').length ?? 0), 0) ?? 0;
    shownCounts.push(`${example.id}: ${shown.input ? `refused (${shown.input.error.code})` : `${shown.claims.length} claim(s), ${findings} finding(s), ${priced} priced line(s)`}`);
  }
  // The examples exercise what the page is for: findings, prices and a refusal.
  assert.ok(shownCounts.some((s) => /[1-9]\d* finding/.test(s)), 'no example shows a finding');
  assert.ok(shownCounts.some((s) => /[1-9]\d* priced line/.test(s)), 'no example shows a priced line');

  // Bad input typed by a user: the library's typed error is shown, not a crash.
  const typed = async (input) => {
    await page.fill('#input', input);
    await page.click('#run');
    await page.waitForSelector('#results section.claim, #results .input-error');
    return page.evaluate(readPage);
  };
  const badUnits = [{ hcpcs: 'J1559', units: 0, dateOfService: '2026-03-02' }];
  const shownBadUnits = await typed(JSON.stringify(badUnits));
  assert.deepEqual(shownBadUnits.claims[0].findings, findingsShown(badUnits));
  assert.equal(shownBadUnits.claims[0].findings.error.code, 'INVALID_INPUT');
  assert.equal(shownBadUnits.claims[0].findings.error.field, 'lines[0].units');
  const shownNotJson = await typed('E0781 RR KX');
  assert.equal(shownNotJson.input.error.code, 'The input is not an 837 (no ISA segment) and not JSON');

  // checkClaim's options come from their own field: a misspelt key is refused by the library, named.
  await page.click('#form details summary');
  await page.fill('#check-options', '{ "drugLine": [] }');
  const clean = [{ hcpcs: 'E0784', modifiers: ['KX'], units: 1, dateOfService: '2026-03-02' }];
  const shownBadOptions = await typed(JSON.stringify(clean));
  const expectedBadOptions = attempt(() => checkClaim(clean, { drugLine: [] }));
  assert.equal(expectedBadOptions.error?.code, 'INVALID_INPUT');
  assert.deepEqual(shownBadOptions.claims[0].findings, expectedBadOptions);

  assert.deepEqual(problems, [], `the page logged errors:\n${problems.join('\n')}`);
  console.log(`browser: ok in ${(await browser.version())} (${shownCounts.join('; ')}; bad lines and options shown as the library's INVALID_INPUT; no console errors)`);
} finally {
  clearTimeout(watchdog);
  await browser?.close();
  await server.close();
}

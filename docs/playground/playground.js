// The playground page: reads the input, calls the library, shows what it returns. Nothing here
// computes a billing answer; every figure, finding, message and citation on the page is the
// library's own. build/index.js and build/x12.js are the package's dist/ files, copied unchanged
// by `npm run build:playground`.
import { checkClaim, priceClaim, pricingQuarters, MedicareInputError } from './build/index.js';
import { readX12Claims } from './build/x12.js';
import { EXAMPLES } from './examples.js';

const $ = (id) => document.getElementById(id);

/** A DOM element with attributes and children (strings become text nodes: input is never parsed as HTML). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
  element.append(...children.flat().filter((child) => child !== undefined && child !== null));
  return element;
}

// --- reading the input ---

/** An 837 starts with its ISA segment (after an optional byte-order mark); anything else is read as JSON. */
function isX12(text) {
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('ISA');
}

/**
 * The claims to check and price: one per CLM of an 837, or the JSON lines as one claim.
 * Throws what the library throws (MedicareInputError) or the JSON parser's SyntaxError.
 */
function readClaims(text) {
  if (isX12(text)) {
    return readX12Claims(text).map((claim) => ({
      title: `Claim ${claim.claimId}`,
      meta: `${claim.kind}, CLM at segment ${claim.segment}, diagnoses ${claim.diagnoses.join(', ') || 'none'}`,
      lines: claim.lines,
      fromX12: claim,
    }));
  }
  return [{ title: 'Claim lines', meta: 'JSON', lines: JSON.parse(text) }];
}

/** priceClaim's input from the form: only the fields filled in are passed, as typed (the library validates them). */
function pricingInput(lines) {
  const input = { lines, state: $('state').value.trim() };
  const zip = $('zip').value.trim();
  if (zip !== '') input.zip = zip;
  if ($('rural').value !== '') input.rural = $('rural').value === 'true';
  const deductible = $('deductible').value.trim();
  if (deductible !== '') input.deductibleRemainingCents = Number(deductible);
  return input;
}

function checkOptions() {
  const text = $('check-options').value.trim();
  return text === '' ? undefined : JSON.parse(text);
}

// --- showing what the library returns ---

function citationLink(citation) {
  return h('span', { class: 'citation', 'data-citation-id': citation.id },
    h('span', { class: 'citation-id' }, citation.id), ' ',
    h('a', { href: citation.url, target: '_blank', rel: 'noopener' }, citation.title),
    citation.section ? ` (${citation.section})` : '');
}

/**
 * A refusal: the library's MedicareInputError with its code and field; JSON the page could not parse
 * (`notJson` says which text); anything else is a bug and says so.
 */
function errorBox(error, notJson = 'The input is not an 837 (no ISA segment) and not JSON') {
  if (error instanceof MedicareInputError) {
    return h('div', { class: 'library-error', role: 'alert', 'data-error-code': error.code, 'data-error-field': error.field },
      h('span', { class: 'error-code' }, error.code), ' ', h('code', {}, error.field), ' ',
      h('span', { class: 'error-message' }, error.message));
  }
  if (error instanceof SyntaxError) {
    return h('div', { class: 'library-error', role: 'alert', 'data-error-code': 'JSON' },
      h('span', { class: 'error-code' }, notJson), ' ',
      h('span', { class: 'error-message' }, error.message));
  }
  console.error(error); // not a typed refusal: a bug in the library or the page
  return h('div', { class: 'library-error', role: 'alert', 'data-error-code': 'UNEXPECTED' },
    h('span', { class: 'error-code' }, 'Unexpected error (please report it)'), ' ', h('span', { class: 'error-message' }, String(error)));
}

function linesTable(lines) {
  return h('table', { class: 'lines' },
    h('thead', {}, h('tr', {}, ['Line', 'Segment', 'HCPCS', 'Modifiers', 'Units', 'Date of service', 'Charge (cents)'].map((t) => h('th', {}, t)))),
    h('tbody', {}, lines.map((line, i) => h('tr', {},
      h('td', {}, String(i + 1)), h('td', {}, String(line.segment)), h('td', {}, line.hcpcs),
      h('td', {}, (line.modifiers ?? []).join(' ')), h('td', {}, String(line.units)),
      h('td', {}, line.lastDateOfService ? `${line.dateOfService} to ${line.lastDateOfService}` : line.dateOfService),
      h('td', { class: 'money' }, line.chargeCents === undefined ? '' : String(line.chargeCents))))));
}

function findingsSection(lines) {
  let findings;
  try {
    findings = checkClaim(lines, checkOptions());
  } catch (error) {
    return [h('h3', {}, 'checkClaim'), errorBox(error, 'The checkClaim options are not JSON')];
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const heading = h('h3', {}, `checkClaim: ${findings.length} finding${findings.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'})`);
  if (findings.length === 0) return [heading, h('p', { class: 'no-findings' }, 'No findings.')];
  return [heading, h('table', { class: 'findings' },
    h('thead', {}, h('tr', {}, ['Line', 'Severity', 'Code', 'Message', 'Citation'].map((t) => h('th', {}, t)))),
    h('tbody', {}, findings.map((f) => h('tr', {},
      h('td', {}, String(f.line)),
      h('td', { class: `severity-${f.severity}` }, f.severity),
      h('td', {}, h('code', {}, f.code)),
      h('td', {}, f.message),
      h('td', {}, f.citation ? citationLink(f.citation) : '')))))];
}

function pricesSection(lines) {
  let priced;
  try {
    priced = priceClaim(pricingInput(lines));
  } catch (error) {
    return [h('h3', {}, 'priceClaim'), errorBox(error)];
  }
  const money = (m) => h('td', { class: 'money' }, m ? m.usd : '');
  const { totals } = priced;
  return [
    h('h3', {}, 'priceClaim'),
    h('table', { class: 'prices' },
      h('thead', {}, h('tr', {}, ['Line', 'HCPCS', 'Basis', 'Allowed', 'Deductible', 'Medicare pays', 'Beneficiary pays', 'Not priced because', 'Steps'].map((t) => h('th', {}, t)))),
      h('tbody', {}, priced.lines.map((line) => h('tr', {},
        h('td', {}, String(line.line)), h('td', {}, line.hcpcs), h('td', { class: 'nowrap' }, line.basis),
        money(line.allowed), money(line.deductibleApplied), money(line.medicarePays), money(line.beneficiaryPays),
        h('td', {}, line.reason ?? ''),
        h('td', { class: 'steps' }, line.steps.length === 0 ? '' : h('details', {}, h('summary', {}, `${line.steps.length} steps`),
          h('ol', { class: 'steps' }, line.steps.map((s) => h('li', {}, `${s.label}: ${s.value}`)))))))),
      h('tfoot', {}, h('tr', {},
        h('td', { colspan: 3 }, 'Total of the priced lines'), money(totals.allowed), h('td', {}), money(totals.medicarePays), money(totals.beneficiaryPays), h('td', { colspan: 2 })))),
    priced.warnings.length === 0 ? undefined : [h('h4', {}, 'Warnings'), h('ul', { class: 'warnings' }, priced.warnings.map((w) => h('li', {}, w)))],
    h('h4', {}, 'Citations'),
    h('ul', { class: 'citations' }, priced.citations.map((c) => h('li', {}, citationLink(c)))),
  ];
}

function run() {
  const results = $('results');
  results.replaceChildren();
  let claims;
  try {
    claims = readClaims($('input').value);
  } catch (error) {
    results.append(h('div', { class: 'input-error' }, h('h2', {}, 'The input was refused'), errorBox(error)));
    return;
  }
  for (const claim of claims) {
    results.append(h('section', { class: 'claim' },
      h('h2', {}, claim.title, ' ', h('span', { class: 'meta' }, claim.meta)),
      claim.fromX12 ? [h('h3', {}, 'Lines read from the file'), linesTable(claim.lines)] : undefined,
      findingsSection(claim.lines),
      pricesSection(claim.lines)));
  }
}

// --- examples ---

async function loadExample(example) {
  const response = example.file ? await fetch(`./build/examples/${example.file}`) : undefined;
  if (response && !response.ok) throw new Error(`${example.file}: HTTP ${response.status} (run npm run build:playground)`);
  const text = response
    ? await response.text()
    : `[\n${example.lines.map((line) => `  ${JSON.stringify(line)}`).join(',\n')}\n]`; // one claim line per text line
  $('input').value = text;
  $('state').value = example.pricing.state;
  $('zip').value = example.pricing.zip;
  $('rural').value = example.pricing.rural;
  $('deductible').value = example.pricing.deductibleRemainingCents;
  $('check-options').value = '';
  $('example-from').textContent = `Example from ${example.from}.`;
  $('results').replaceChildren();
  document.body.dataset.example = example.id;
}

for (const example of EXAMPLES) {
  $('examples').append(h('button', { type: 'button', 'data-example': example.id }, example.label));
}
$('examples').addEventListener('click', (event) => {
  const id = event.target.closest('button')?.dataset.example;
  const example = EXAMPLES.find((e) => e.id === id);
  if (example) loadExample(example).catch((error) => $('results').replaceChildren(errorBox(error)));
});
$('form').addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});
$('quarters').textContent = `Pricing quarters held: ${pricingQuarters().join(', ')}`;
$('loading').remove();
document.body.dataset.ready = 'true';

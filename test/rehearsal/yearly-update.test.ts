/**
 * A rehearsal of the maintainer's yearly update (docs/yearly-update.md), run on a scratch copy of
 * data/ with the real tools: a new CMS HCPCS release (one descriptor changed, one code ended, one
 * new code), a HIT rate file, then the data build and the diff. The files are made from the test
 * fixtures; the new code, its text and the rates are rehearsal values, never shipped.
 *
 * Pricing quarters (scripts/import-* for the DMEPOS/ASP files) are being added on another branch;
 * once their dataset is in the registry, the diff already lists it (test/export/data-diff.test.ts)
 * and a step belongs here.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDatasets } from '../../scripts/build-data.js';
import { main as importHcpcs } from '../../scripts/import-hcpcs.js';
import { runImport } from '../../scripts/import-hit-rates.js';
import { diffData, formatDataDiff, type DataDiff, type DataSnapshot } from '../../scripts/lib/data-diff.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const ENDED = 'J0290'; // a Part D drug of the catalog that no rule names
const NEW_CODE = 'Q5999'; // rehearsal only: not a CMS code
const RATES_2026 = { G0068: 11000, G0069: 15000, G0070: 19000, G0088: 12000, G0089: 16000, G0090: 20000 };

async function snapshot(dir: string, label: string): Promise<DataSnapshot> {
  const built = await buildDatasets(dir);
  return { label, datasets: Object.fromEntries(built.map((d) => [d.definition.name, JSON.parse(JSON.stringify(d.value ?? null))])) };
}

/** JSON file edit in the scratch copy. */
function edit<T>(path: string, change: (json: T) => void): void {
  const json = JSON.parse(readFileSync(path, 'utf8')) as T;
  change(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

/**
 * CMS's January 2026 file as the rehearsal imagines it, from the October 2025 fixture (CSV layout):
 * J1559 now billed per 50 mg (action year 2026), J0290 gone, a new code Q5999.
 */
function january2026File(): string {
  const lines = readFileSync(join(root, 'test/fixtures/hcpcs/HCPC2025_OCT_ANWEB.csv'), 'utf8').split('\n');
  const j1559 = lines.findIndex((l) => l.startsWith('J1559001003,'));
  expect(lines[j1559]).toContain('"Injection, immune globulin (hizentra), 100 mg"');
  lines[j1559] = lines[j1559]!.replace('(hizentra), 100 mg', '(hizentra), 50 mg').replace(/0201101012011$/, '0201101012026');
  const newLine = lines[j1559]!
    .replace('J1559001003', `${NEW_CODE}001003`)
    .replace('"Injection, immune globulin (hizentra), 50 mg"', '"Rehearsal drug, not a CMS code, 10 mg"')
    .replace('Hizentra injection', 'Rehearsal drug    ')
    .replace(/0201101012026$/, '0202601012026');
  const kept = lines.filter((l) => !l.startsWith(ENDED));
  expect(kept.length).toBeLessThan(lines.length);
  kept.splice(kept.length - 1, 0, newLine);
  return kept.join('\n');
}

describe('yearly update rehearsal (scratch copy of data/)', () => {
  let dir: string;
  let data: string;
  let diff: DataDiff;
  const log: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mhi-rehearsal-'));
    data = join(dir, 'data');
    cpSync(join(root, 'data'), data, { recursive: true });
    const before = await snapshot(dir, 'before');

    // 1. Download CMS's file (here: made from the fixture), register it as a source with its SHA-256.
    const file = join(dir, 'HCPC2026_JAN_ANWEB.csv');
    writeFileSync(file, january2026File());
    const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
    edit<object[]>(join(data, 'sources/common.json'), (sources) =>
      sources.push({
        id: 'hcpcs-2026-jan-anweb',
        title: 'CMS January 2026 Alpha-Numeric HCPCS File (rehearsal)',
        url: 'https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system/quarterly-update',
        kind: 'primary',
        note: `SHA-256 of the file: ${sha256}`,
      }),
    );
    // 2. Put the new code on the catalog's list, so the import picks it up.
    edit<{ codes: { code: string; end?: unknown }[] }>(join(data, 'catalog/home-infusion-part-d-drugs.json'), (f) => {
      f.codes.push({ code: NEW_CODE });
      // 4. (after the build named it) the ended code: the CSV carries no termination date, so cite the end.
      f.codes.find((c) => c.code === ENDED)!.end = { to: '2025-12-31', citations: ['hcpcs-2026-jan-anweb'] };
    });
    // 3. Import.
    const code = importHcpcs([file, '--data-dir', data], (l) => log.push(l), (l) => log.push(l));
    expect(code, log.join('\n')).toBe(0);
    // 3b. Where a claim for the new code belongs is a coverage fact: it goes in the coverage model
    // (data/coverage/), which the catalog's benefits derive from, not in the catalog.
    edit<{ rules: { id: string; codes: string[] }[] }>(join(data, 'coverage/part-d.json'), (f) => {
      f.rules.find((r) => r.id === 'part-d-home-infusion-drugs')!.codes.push(NEW_CODE);
    });
    // 4. The build asks for a cited date for the changed descriptor: the file's action year.
    edit<{ descriptorChanges?: object[] }>(join(data, 'catalog/eip-drugs.json'), (f) => {
      f.descriptorChanges = [...(f.descriptorChanges ?? []), { code: 'J1559', from: '2026-01-01', citations: ['hcpcs-2026-jan-anweb'] }];
    });
    // 5. HIT rates for 2026 from CMS's rate file (rehearsal amounts).
    const rates = join(dir, 'CY2026_HIT_rates.csv');
    writeFileSync(
      rates,
      [
        'CY 2026 Home Infusion Therapy National Unadjusted Payment Rates',
        'HCPCS,Description,National Rate',
        ...Object.entries(RATES_2026).map(([g, cents]) => `${g},"rehearsal",$${(cents / 100).toFixed(2)}`),
      ].join('\n'),
    );
    runImport(
      ['--year', '2026', '--file', rates, '--url', 'https://www.cms.gov/files/zip/cy-2026-hit-rates.zip', '--retrieved', '2026-01-05', '--data-dir', data, '--no-build'],
      (l) => log.push(l),
      { today: '2026-11-29' },
    );
    // 6. Build and diff.
    diff = diffData(before, await snapshot(dir, 'after'));
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports the release with every catalog code', () => {
    const release = JSON.parse(readFileSync(join(data, 'hcpcs/2026-jan-anweb.json'), 'utf8')) as { codes: Record<string, unknown>; notInFile: string[] };
    expect(release.notInFile).toEqual([ENDED]);
    expect(release.codes[NEW_CODE]).toMatchObject({ longDescriptor: 'Rehearsal drug, not a CMS code, 10 mg', addDate: '2026-01-01' });
  });

  it('diff: the new release, the new code, the ended code', () => {
    expect(diff.catalog.releasesAdded).toEqual(['2026-jan-anweb']);
    expect(diff.catalog.codesAdded.map((c) => c.code)).toEqual([NEW_CODE]);
    expect(diff.catalog.codesEnded).toEqual([{ code: ENDED, to: '2025-12-31' }]);
  });

  it('diff: the changed descriptor and its billing unit, from the day they take effect', () => {
    const j1559 = diff.catalog.fieldChanges.filter((c) => c.code === 'J1559' && c.from === '2026-01-01');
    expect(j1559).toContainEqual(
      expect.objectContaining({ field: 'descriptor', before: 'Injection, immune globulin (hizentra), 100 mg', after: 'Injection, immune globulin (hizentra), 50 mg' }),
    );
    expect(j1559).toContainEqual(expect.objectContaining({ field: 'unit', before: '100 mg', after: '50 mg' }));
  });

  it('diff: the HIT rate table of 2026', () => {
    const hit = diff.datasets.find((d) => d.name === 'hit-rates')!;
    expect(hit.changes).toContainEqual({ path: 'hit-rates[2026]', after: expect.objectContaining({ year: 2026, rates: RATES_2026 }) });
  });

  it('prints each change for the release review', () => {
    const text = formatDataDiff(diff);
    for (const expected of [
      'HCPCS releases added (1):\n  + 2026-jan-anweb',
      `Codes added (1):\n  + ${NEW_CODE} [2026-01-01..] Rehearsal drug, not a CMS code, 10 mg`,
      `Codes ended (1):\n  ${ENDED}: last date of service 2025-12-31`,
      'Descriptor changes',
      '  J1559 (from 2026-01-01) descriptor:',
      'Billing unit changes (1):',
      'Dataset hit-rates: changes',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

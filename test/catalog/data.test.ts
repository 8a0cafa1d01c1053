import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importHcpcs, type HcpcsRelease } from '../../scripts/import-hcpcs.js';
import { getSource } from '../../src/core/source-registry.js';
import { loadHcpcsReleases } from '../../src/generated/hcpcs-releases.js';
import { listCodes } from '../../src/catalog/listCodes.js';
import { getCode } from '../../src/catalog/getCode.js';
import { codeRecords } from '../../src/catalog/lookup.js';

const HCPCS_RELEASES = loadHcpcsReleases();

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const catalog = listCodes();
const hcpcsRecords = catalog.filter((r) => r.system === 'HCPCS');

/** The releases re-imported from the committed excerpts of CMS's files. */
const fromFixtures: HcpcsRelease[] = [
  ['HCPC2020_ANWEB.txt', 'hcpcs-2020-anweb'],
  ['HCPC2025_OCT_ANWEB.csv', 'hcpcs-2025-oct-anweb'],
].map(([name, sourceId]) =>
  importHcpcs({
    bytes: readFileSync(here(`../fixtures/hcpcs/${name}`)),
    fileName: name!,
    codes: [...new Set(hcpcsRecords.map((r) => r.code))],
    sourceId: sourceId!,
  }),
);

describe('catalog data integrity', () => {
  it('holds the codes the issue lists', () => {
    const codes = new Set(catalog.map((r) => r.code));
    const required =
      'G0068 G0069 G0070 G0088 G0089 G0090 J7799 J7999 J3490 J1817 J1811 J1813 J1457 J7340 J7356 J9039 ' +
      'J1551 J1555 J1558 J1559 J1561 J1562 J1569 J1575 J1459 J1552 J1554 J1556 J1557 J1566 J1568 J1572 J1576 J1599 Q2052 ' +
      'E0779 E0780 E0781 E0784 E0791 K0455 E0776 E1399 E0782 E0783 E0785 E0786 A4221 A4222 A4223 A4224 A4225 A4230 A4231 ' +
      'A4232 K0552 A4238 A4239 A4305 A4306 A9274 B4164 B4216 B4220 B4222 B4224 B5200 B9004 B9006 B9999 99601 99602 S9500';
    for (const code of required.split(' ')) expect(codes.has(code), code).toBe(true);
  });

  it('cites every record, with sources the registry holds', () => {
    for (const record of catalog) {
      expect(record.citations.length, record.code).toBeGreaterThan(0);
      for (const citation of record.citations) {
        const source = getSource(citation.id);
        expect(source, `${record.code} cites ${citation.id}`).toBeDefined();
        expect(citation.url).toBe(source?.url);
      }
    }
  });

  it('cites the CMS file a HCPCS descriptor comes from', () => {
    for (const record of hcpcsRecords) {
      expect(record.citations.some((c) => c.id.startsWith('hcpcs-') && c.section?.startsWith(record.code)), record.code).toBe(true);
    }
  });

  it('has no overlapping effective ranges for a code, and each range is ordered', () => {
    for (const code of new Set(catalog.map((r) => r.code))) {
      const records = codeRecords(code);
      records.forEach((record, i) => {
        if (record.effective.to) expect(record.effective.to >= record.effective.from, code).toBe(true);
        const next = records[i + 1];
        if (next) {
          expect(record.effective.to, `${code} record ${i} must end before the next starts`).toBeDefined();
          expect(record.effective.to! < next.effective.from, code).toBe(true);
        }
      });
    }
  });

  it('is sorted by code then effective.from, deeply frozen, with non-empty descriptors', () => {
    const keys = catalog.map((r) => `${r.code} ${r.effective.from}`);
    expect([...keys].sort()).toEqual(keys);
    expect(Object.isFrozen(catalog)).toBe(true);
    for (const record of catalog) {
      expect(record.descriptor.trim().length, record.code).toBeGreaterThan(0);
      expect(Object.isFrozen(record) && Object.isFrozen(record.effective) && Object.isFrozen(record.citations)).toBe(true);
      if (record.shortDescriptor) expect(record.shortDescriptor.length).toBeLessThanOrEqual(28);
    }
  });

  it('marks S-codes and CPT codes not payable by Medicare, and uses no AMA text for CPT', () => {
    for (const record of catalog.filter((r) => r.code.startsWith('S'))) {
      expect(record.medicarePayable, record.code).toBe(false);
      expect(record.benefits).toEqual(['not-covered']);
    }
    for (const record of catalog.filter((r) => r.system === 'CPT')) {
      expect(record.medicarePayable).toBe(false);
      expect(record.descriptor).toMatch(/label written by this library/);
    }
  });
});

describe('descriptors equal the CMS file text for their dates', () => {
  it('re-imports the fixtures and finds each record\'s text in every release in force during it', () => {
    let compared = 0;
    for (const record of hcpcsRecords) {
      const inForce = fromFixtures.filter(
        (release) =>
          release.codes[record.code] &&
          record.effective.from <= release.appliesFrom &&
          (!record.effective.to || release.appliesFrom <= record.effective.to),
      );
      for (const release of inForce) {
        expect(record.descriptor, `${record.code} ${record.effective.from} vs ${release.release}`).toBe(
          release.codes[record.code]!.longDescriptor,
        );
        expect(record.shortDescriptor ?? '', record.code).toBe(release.codes[record.code]!.shortDescriptor);
        compared++;
      }
      // Every record's text is the text of a release it cites.
      const cited = fromFixtures.filter((release) => record.citations.some((c) => c.id === release.sourceId));
      expect(cited.length, record.code).toBeGreaterThan(0);
      expect(cited.some((release) => release.codes[record.code]?.longDescriptor === record.descriptor), record.code).toBe(true);
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('starts each code on the add date CMS gives', () => {
    for (const code of new Set(hcpcsRecords.map((r) => r.code))) {
      const first = codeRecords(code)[0]!;
      const release = fromFixtures.find((r) => r.codes[code])!;
      expect(first.effective.from, code).toBe(release.codes[code]!.addDate);
    }
  });

  it('matches the committed data/hcpcs JSON (the importer output was not edited by hand)', () => {
    for (const release of fromFixtures) {
      const committed = JSON.parse(readFileSync(here(`../../data/hcpcs/${release.release}.json`), 'utf8')) as HcpcsRelease;
      expect(committed.codes).toEqual(release.codes);
      expect(HCPCS_RELEASES.find((r) => r.release === release.release)?.sha256).toBe(committed.sha256);
    }
  });

  // CI keeps a copy of the shared folder beside the clone (../shared); SHARED_DIR overrides.
  const shared = `${process.env.SHARED_DIR ?? here('../../../shared')}/data/hcpcs/`;
  it.runIf(existsSync(shared))('re-imports the full CMS files to the committed JSON, SHA-256 included', () => {
    for (const name of ['HCPC2020_ANWEB.txt', 'HCPC2025_OCT_ANWEB.csv']) {
      const committed = JSON.parse(
        readFileSync(here(`../../data/hcpcs/${name.startsWith('HCPC2020') ? '2020-anweb' : '2025-oct-anweb'}.json`), 'utf8'),
      ) as HcpcsRelease;
      const again = importHcpcs({
        bytes: readFileSync(`${shared}${name}`),
        fileName: name,
        codes: [...Object.keys(committed.codes), ...committed.notInFile],
        sourceId: committed.sourceId,
      });
      expect(again).toEqual(committed);
    }
  });
});

describe('HIT category lists match their sources', () => {
  // SSA §1834(u)(7)(C)(i)-(iii), as the statute lists them (read in 42 U.S.C. 1395m(u)).
  const statute = {
    1: 'J0133 J0285 J0287 J0288 J0289 J0895 J1170 J1250 J1265 J1325 J1455 J1457 J1570 J2175 J2260 J2270 J2274 J2278 J3010 J3285',
    2: 'J1555 J1559 J1561 J1562 J1569 J1575',
    3: 'J9000 J9039 J9040 J9065 J9100 J9190 J9200 J9360 J9370',
  } as const;
  // Noridian JE Part B HIT page: categories 2 and 3 as code lists; category 1 as the range J0133-J3285.
  const mac = {
    2: 'J1551 J1555 J1558 J1559 J1561 J1562 J1569 J1575',
    3: 'J9000 J9039 J9040 J9065 J9100 J9190 J9360 J9370',
  } as const;
  const drugs = (category: 1 | 2 | 3, asOf: string): string =>
    listCodes({ hitCategory: category, asOf, kind: 'drug' })
      .map((r) => r.code)
      .join(' ');

  it.each([1, 2, 3] as const)('transitional payment, category %i (2019-01-01 to 2020-12-31)', (category) => {
    expect(drugs(category, '2019-01-01')).toBe(statute[category]);
    expect(drugs(category, '2020-12-31')).toBe(statute[category]);
    expect(listCodes({ hitCategory: category, asOf: '2018-12-31' })).toEqual([]);
  });

  it.each([2, 3] as const)('permanent benefit, category %i (MAC list)', (category) => {
    expect(drugs(category, '2023-01-01')).toBe(mac[category]);
  });

  it('permanent benefit category 1 stays within the J0133-J3285 range the MAC gives', () => {
    const codes = drugs(1, '2021-01-01').split(' ');
    // BPM ch. 15 §320.7.1: pump drugs "qualify as home infusion drugs as long as they are infused
    // intravenously or subcutaneously": ziconotide (J2278), covered intrathecally or epidurally, has none.
    expect(codes).toEqual(statute[1].split(' ').filter((c) => c !== 'J2278'));
    expect(getCode('J2278', { asOf: '2021-01-01' })?.hitCategory).toBeUndefined();
    expect(getCode('J2270', { asOf: '2021-01-01' })?.hitRoutes).toEqual(['intravenous', 'subcutaneous']);
    expect(codes.every((c) => c >= 'J0133' && c <= 'J3285')).toBe(true);
    // gallium nitrate J1457 ends 2025-12-31 (A52507), so it leaves the list
    expect(drugs(1, '2026-01-01').split(' ')).not.toContain('J1457');
  });

  it('gives each HIT G-code its own category', () => {
    expect(listCodes({ kind: 'service', hitCategory: 1, asOf: '2026-01-01' }).map((r) => r.code)).toEqual(['G0068', 'G0088']);
    expect(listCodes({ kind: 'service', hitCategory: 2, asOf: '2020-01-01' }).map((r) => r.code)).toEqual(['G0069']);
    expect(listCodes({ kind: 'service', hitCategory: 3, asOf: '2026-01-01' }).map((r) => r.code)).toEqual(['G0070', 'G0090']);
  });
});

import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HELP, ImportError, plausibilityWarnings, runImport } from '../../scripts/import-pricing.js';
import type { PricingFile } from '../../scripts/datasets/pricing.js';

const SHARED = fileURLToPath(new URL('../fixtures/pricing', import.meta.url));
const CMS = {
  dmepos: join(SHARED, 'DMEPOS_JAN_2025.csv'),
  pen: join(SHARED, 'DMEPEN_JAN_2025.csv'),
  rural: join(SHARED, 'DME_RURAL_ZIP_2025Q1.csv'),
  asp: join(SHARED, 'ASP_JAN_2025.csv'),
};


const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pricing-import-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function args(dataDir: string, overrides: Partial<Record<keyof typeof CMS, string>> = {}, extra: string[] = []): string[] {
  const files = { ...CMS, ...overrides };
  return ['--quarter', '2025Q1', '--dmepos', files.dmepos, '--pen', files.pen, '--rural', files.rural, '--asp', files.asp, '--data-dir', dataDir, '--no-build', ...extra];
}

/** A copy of a CMS file with `edit` applied to its text. */
function variant(file: string, edit: (text: string) => string): string {
  const path = join(tempDir(), `variant-${file.split('/').pop()}`);
  writeFileSync(path, edit(readFileSync(file, 'latin1')), 'latin1');
  return path;
}

describe('import-pricing: January 2025 from the CMS files', () => {
  it('imports the four files with their hashes, keeping catalog codes and --codes', () => {
    const dataDir = tempDir();
    const log: string[] = [];
    const result = runImport(args(dataDir, {}, ['--codes', 'B4034,E0781']), (l) => log.push(l));
    expect(result).toBeDefined();
    expect(readdirSync(join(dataDir, 'pricing/2025Q1')).sort()).toEqual(['asp.json', 'dmepos.json', 'pen.json', 'rural-zip.json']);
    for (const [kind, path] of [['dmepos', CMS.dmepos], ['pen', CMS.pen], ['rural-zip', CMS.rural], ['asp', CMS.asp]] as const) {
      const file = JSON.parse(readFileSync(join(dataDir, `pricing/2025Q1/${kind}.json`), 'utf8')) as PricingFile;
      expect(file.source.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
      expect(file.quarter).toBe('2025Q1');
    }
    const pen = JSON.parse(readFileSync(join(dataDir, 'pricing/2025Q1/pen.json'), 'utf8')) as { rows: { hcpcs: string }[] };
    expect(pen.rows.some((r) => r.hcpcs === 'B4034')).toBe(true); // asked for with --codes, not in the catalog
    expect(log.join('\n')).toContain('A9606: payment limit N/A');
  });

  it('prints its help', () => {
    const log: string[] = [];
    expect(runImport(['--help'], (l) => log.push(l))).toBeUndefined();
    expect(log.join('\n')).toBe(HELP);
  });

  const refusals: [string, keyof typeof CMS, (text: string) => string, RegExp][] = [
    ['a banner-only file', 'dmepos', (t) => t.split('\n').slice(0, 5).join('\n'), /no header row starting "HCPCS,"/],
    ['a semicolon-delimited file', 'pen', (t) => t.replace(/,/g, ';'), /separated by ";"/],
    ['a tab-delimited file', 'asp', (t) => t.replace(/,/g, '\t'), /separated by "\\t"/],
    ['a decimal comma', 'dmepos', (t) => t.replace('E0781,RR,,D,CR,0.00,0.00,301.20,', 'E0781,RR,,D,CR,0.00,0.00,"301,20",'), /decimal comma/],
    ['a decimal comma in the ASP file', 'asp', (t) => t.replace('J1559,Hizentra injection,100 MG,13.637', 'J1559,Hizentra injection,100 MG,"13,637"'), /decimal comma/],
    [
      'a duplicate code+modifier row with another amount',
      'dmepos',
      (t) => t.replace(/^(E0781,RR,,D,CR,0\.00,0\.00,)301\.20(.*)$/m, (line, a, b) => `${line}\n${a}301.21${b}`),
      /E0781 RR appears twice with different amounts/,
    ],
    ['a duplicate ASP row with another amount', 'asp', (t) => t.replace(/^(J1559,Hizentra injection,100 MG,)13\.637(.*)$/m, (line, a, b) => `${line}\n${a}13.638${b}`), /J1559 appears twice/],
    ['a file of another quarter', 'dmepos', (t) => t.replace('January 2025 Fee Schedule', 'April 2025 Fee Schedule'), /not January 2025/],
    ['an ASP file of another quarter', 'asp', (t) => t.replace('Effective January 1, 2025 through March 31, 2025', 'Effective April 1, 2025 through June 30, 2025'), /not January 1, 2025 through March 31, 2025/],
    ['a rural file of another quarter', 'rural', (t) => t.replace(/202501/g, '202502'), /not 202501/],
    ['an amount that is not one', 'pen', (t) => t.replace('B4189,,,257.90', 'B4189,,,257.9'), /not an amount with 2 decimals/],
  ];
  for (const [what, kind, edit, message] of refusals) {
    it(`refuses ${what} and writes nothing`, () => {
      const dataDir = tempDir();
      mkdirSync(join(dataDir, 'pricing'), { recursive: true });
      const bad = variant(CMS[kind], edit);
      expect(() => runImport(args(dataDir, { [kind]: bad }), () => {})).toThrow(message);
      expect(() => runImport(args(dataDir, { [kind]: bad }), () => {})).toThrow(ImportError);
      expect(readdirSync(join(dataDir, 'pricing'))).toEqual([]);
    });
  }

  it('keeps a held quarter untouched when a re-import is refused', () => {
    const dataDir = tempDir();
    runImport(args(dataDir), () => {});
    const before = readFileSync(join(dataDir, 'pricing/2025Q1/dmepos.json'), 'utf8');
    const bad = variant(CMS.dmepos, (t) => t.replace('E0781,RR,,D,CR,0.00,0.00,301.20,', 'E0781,RR,,D,CR,0.00,0.00,"301,20",'));
    expect(() => runImport(args(dataDir, { dmepos: bad }), () => {})).toThrow(/decimal comma/);
    expect(readFileSync(join(dataDir, 'pricing/2025Q1/dmepos.json'), 'utf8')).toBe(before);
    expect(readdirSync(join(dataDir, 'pricing'))).toEqual(['2025Q1']);
  });

  it('refuses unknown options and a malformed quarter', () => {
    expect(() => runImport(['--quartr', '2025Q1'], () => {})).toThrow(/unknown option --quartr/);
    expect(() => runImport(['--quarter', '2025-1'], () => {})).toThrow(/must look like 2025Q1/);
  });

  it('warns about a change beyond ±25% against the same quarter a year earlier', () => {
    const dataDir = tempDir();
    runImport(args(dataDir), () => {});
    // Pretend the held quarter is 2024Q1 and import a 2025Q1 whose E0781 amount moved by +40%.
    cpSync(join(dataDir, 'pricing/2025Q1'), join(dataDir, 'pricing/2024Q1'), { recursive: true });
    for (const name of readdirSync(join(dataDir, 'pricing/2024Q1'))) {
      const path = join(dataDir, 'pricing/2024Q1', name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/"2025Q1"/g, '"2024Q1"'));
    }
    const moved = variant(CMS.dmepos, (t) => t.replace('E0781,RR,,D,CR,0.00,0.00,301.20,', 'E0781,RR,,D,CR,0.00,0.00,421.68,'));
    const log: string[] = [];
    const result = runImport(args(dataDir, { dmepos: moved }), (l) => log.push(l));
    expect(result?.warnings).toEqual([expect.stringContaining('dmepos E0781 RR AL: $301.20 in 2024Q1 -> $421.68 (+40.0%)')]);
    expect(plausibilityWarnings(new Map(), result!.files, '2024Q1')).toEqual([]);
  });
});

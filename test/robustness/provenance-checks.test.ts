/**
 * The data build refuses provenance that would mislead: a source retrieved after the day of the
 * build, a figure read only in secondary sources that does not say so. Each case breaks a scratch
 * copy of data/ one way and expects the build's message to name the file, record and field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDatasets } from '../../scripts/build-data.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function buildWith(file: string, change: (json: any) => void): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'mhi-provenance-'));
  dirs.push(dir);
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
  const path = join(dir, 'data', file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, JSON.stringify(json));
  return buildDatasets(dir);
}

describe('provenance checks of the data build', () => {
  it('refuses a source retrieved after today', async () => {
    await expect(buildWith('sources/parameters.json', (list) => (list[0].retrieved = '2999-01-01'))).rejects.toThrow(
      /data\/sources\/parameters\.json: record \[0\] [a-z0-9.-]+: field retrieved: 2999-01-01 is after today/,
    );
  });

  it('refuses a Q2052 rate cited only to secondary sources whose note does not say so', async () => {
    await expect(
      buildWith('q2052.json', (f) => {
        const p2023 = f.periods.find((p: { from: string }) => p.from === '2023-01-01');
        p2023.note = 'CMS demonstration rate.';
      }),
    ).rejects.toThrow(/data\/q2052\.json: record periods\[1\] \(2023-01-01\): field note: cites only secondary sources/);
  });

  it('refuses a parameters figure cited only to secondary sources without a warning naming it', async () => {
    await expect(buildWith('parameters/2022.json', (f) => (f.warnings = f.warnings.slice(1)))).rejects.toThrow(
      /data\/parameters\/2022\.json: record 2022: field partA\.deductible: cites only secondary sources/,
    );
  });
});

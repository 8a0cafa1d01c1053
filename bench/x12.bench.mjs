// readX12Claims throughput in service lines per second on generated 837P files (bench/x12-file.mjs),
// against the naive split-everything reader in the same run. Both return the same claims (checked
// before timing). The 100 MB, 1M-line file with time and peak memory is bench/x12-large.mjs.
import { readX12Claims } from 'medicare-home-infusion/x12';
import { agree } from './naive.mjs';
import { generate837, naiveReadX12Claims } from './x12-file.mjs';

const SMALL = generate837(10);
const MEDIUM = generate837(10_000);
agree('x12', 'readX12Claims', [SMALL, generate837(101)], readX12Claims, naiveReadX12Claims);

export const cases = [
  {
    name: 'readX12Claims (837P of 10 lines)',
    unit: 'lines',
    opsPerCall: 10,
    fast: () => readX12Claims(SMALL),
    naive: () => naiveReadX12Claims(SMALL),
  },
  {
    name: `readX12Claims (837P of 10k lines, ${(MEDIUM.length / 2 ** 20).toFixed(1)} MiB)`,
    unit: 'lines',
    opsPerCall: 10_000,
    fast: () => readX12Claims(MEDIUM),
    naive: () => naiveReadX12Claims(MEDIUM),
  },
];

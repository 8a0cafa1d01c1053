import { describe, expect, it } from 'vitest';
import { MedicareInputError } from '../../src/index.js';
import { parseWarehouseArgs, runWarehouseExample } from '../../examples/warehouse/run.js';

describe('examples/warehouse', () => {
  it('answers 20k generated lines by SQL and agrees with classify/checkClaim/priceClaim on a 10k sample', async () => {
    const result = await runWarehouseExample({ lines: 20_000, sample: 10_000, seed: 14 });
    expect(result.sampled).toBe(10_000);
    expect(result.mismatches.map((m) => `${m.what} line ${String(m.line.line_id)}: sql ${m.sql} / library ${m.library}`)).toEqual([]);
    // The sample exercises every pricing basis, the errors priceClaim throws and HIT categories.
    const keys = Object.keys(result.coverage).join('\n');
    for (const part of ['/ asp', '/ dmepos-fee', '/ pen-fee', 'INVALID_INPUT lines[0].modifiers', 'NO_DATA lines[0].dateOfService', 'hit category 1', 'finding EIP_MODIFIER_MISSING']) {
      expect(keys).toContain(part);
    }
  });

  it('names a bad argument', () => {
    expect(parseWarehouseArgs([])).toEqual({ lines: 10_000_000, sample: 10_000, seed: 20250101 });
    for (const [argv, field] of [[['--lines', '0'], '--lines'], [['--lines', 'ten'], '--lines'], [['--sample', '5', '--lines', '4'], '--sample'], [['--bogus', '1'], '--bogus'], [['--seed'], '--seed']] as const) {
      let error: unknown;
      try {
        parseWarehouseArgs(argv);
      } catch (e) {
        error = e;
      }
      expect(error, argv.join(' ')).toBeInstanceOf(MedicareInputError);
      expect(error).toMatchObject({ code: 'INVALID_INPUT', field });
    }
  });
});

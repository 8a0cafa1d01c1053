/**
 * The shared readers and arithmetic of src/core at their edges: money formatting and exact half-up
 * scaling (CONVENTIONS.md: integer cents, no floating-point cents), the date range 1900-2199 and the
 * calendar, the input readers every public function uses, errors' value descriptions, and the
 * Jupyter display tables.
 */
import { describe, expect, it } from 'vitest';
import { addDaysToIso, addMonthsToIso, addYearsToIso, daysBetween, dayNumberToIso, isoToDayNumber, isoToLocalDate, toIsoDate, yearOf } from '../../src/core/dates.js';
import { tablesToHtml, tablesToMarkdown } from '../../src/core/display.js';
import { describeValue, MedicareInputError } from '../../src/core/errors.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { isWellFormedCode, normalizeCode } from '../../src/core/hcpcs.js';
import { lazy } from '../../src/core/lazy.js';
import { formatUsd, money, multiplyCents, percentOfCents, readCents } from '../../src/core/money.js';
import { unpackCitations } from '../../src/core/packed-citations.js';
import { deductibleApplied, lesserOf, moneyStep, scaleCents, splitPayment } from '../../src/core/payment.js';
import { getSource } from '../../src/core/source-registry.js';
import { inputReader, own, readEnum, readInput, readObject, readOptionalEnum, readYear } from '../../src/core/validate.js';
import { inputErrorOf } from '../helpers.js';

/** The MedicareInputError `fn` throws (test/helpers.ts). */
const errorOf = inputErrorOf;

describe('formatUsd: dollars grouped by thousands, two decimals', () => {
  it('pads each group of three and the cents', () => {
    expect(formatUsd(99999)).toBe('$999.99');
    expect(formatUsd(100000)).toBe('$1,000.00');
    expect(formatUsd(100500)).toBe('$1,005.00');
    expect(formatUsd(105000)).toBe('$1,050.00');
    expect(formatUsd(100000000)).toBe('$1,000,000.00');
    expect(formatUsd(100001009)).toBe('$1,000,010.09');
    expect(formatUsd(10)).toBe('$0.10');
    expect(formatUsd(9)).toBe('$0.09');
    expect(formatUsd(-123456)).toBe('-$1,234.56');
  });
  it('money() refuses cents that are not a safe integer', () => {
    expect(() => money(1.5)).toThrow(RangeError);
    expect(() => money(Number.MAX_SAFE_INTEGER + 1)).toThrow(/cents must be a safe integer, got/);
    expect(money(Number.MAX_SAFE_INTEGER).cents).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('multiplyCents and percentOfCents: exact, half-up (away from zero) once', () => {
  it('negative amounts and factors round half away from zero; zero stays zero', () => {
    expect(multiplyCents(-10001, 0.5)).toBe(-5001);
    expect(multiplyCents(10001, -0.5)).toBe(-5001);
    expect(multiplyCents(-10001, -0.5)).toBe(5001);
    expect(Object.is(multiplyCents(0, -1.5), 0)).toBe(true);
    expect(Object.is(multiplyCents(-5, 0), 0)).toBe(true);
    expect(multiplyCents(3, 2)).toBe(6);
    expect(multiplyCents(-3, 2)).toBe(-6);
  });
  it('exponent notation is read exactly (1e-7, 1.5e-7, 2.5e+21)', () => {
    expect(multiplyCents(5_000_000, 1e-7)).toBe(1); // 0.5 -> 1
    expect(multiplyCents(4_999_999, 1e-7)).toBe(0);
    expect(multiplyCents(10_000_000, 1.5e-7)).toBe(2); // 1.5 -> 2
    expect(multiplyCents(1, 2.5e21)).toBe(2.5e21);
  });
  it('beyond safe-integer range the arithmetic is done in BigInt, still exact', () => {
    // 9,007,199,254,740,991 x 0.5 = 4,503,599,627,370,495.5 -> ...496.
    expect(multiplyCents(Number.MAX_SAFE_INTEGER, 0.5)).toBe(4503599627370496);
    expect(multiplyCents(-Number.MAX_SAFE_INTEGER, 0.5)).toBe(-4503599627370496);
    expect(percentOfCents(Number.MAX_SAFE_INTEGER, 50)).toBe(4503599627370496);
  });
  it('an exact result where doubles would round: (2^52 + 1) x 0.5 = 2,251,799,813,685,248.5 -> ...249', () => {
    expect(multiplyCents(4503599627370497, 0.5)).toBe(2251799813685249);
    expect(multiplyCents(3, -2)).toBe(-6);
    expect(multiplyCents(-3, -2)).toBe(6);
  });
  it('refuses non-integer cents and non-finite factors', () => {
    expect(() => multiplyCents(1.5, 2)).toThrow(/cents must be a safe integer/);
    expect(() => multiplyCents(1, Number.NaN)).toThrow(/factor must be finite/);
    expect(() => multiplyCents(1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
  it('percentages in thousandths (80.19%) are exact', () => {
    expect(percentOfCents(13637, 80.19)).toBe(10936); // 109.355... -> 109.36
    expect(percentOfCents(1, 50)).toBe(1); // 0.5 -> 1
    expect(percentOfCents(1, 49.999)).toBe(0);
  });
  it('readCents takes 0 to the largest safe integer', () => {
    expect(readCents(Number.MAX_SAFE_INTEGER, 'x')).toBe(Number.MAX_SAFE_INTEGER);
    expect(errorOf(() => readCents(Number.MAX_SAFE_INTEGER + 1, 'x')).message).toBe('x: must be a non-negative whole number of cents, got 9007199254740992');
  });
});

describe('payment arithmetic (42 CFR 414.1550(a), SSA §1834(a)(1)): lesser of charge and allowed, deductible first', () => {
  it('lesserOf: the charge only when below the allowed amount', () => {
    expect(lesserOf(undefined, 500)).toBe(500);
    expect(lesserOf(500, 500)).toBe(500);
    expect(lesserOf(499, 500)).toBe(499);
    expect(lesserOf(501, 500)).toBe(500);
  });
  it('deductibleApplied: what remains, at most the basis', () => {
    expect(deductibleApplied(500, 200)).toBe(200);
    expect(deductibleApplied(500, 700)).toBe(500);
  });
  it('scaleCents: factor 1 leaves the amount, others round half-up', () => {
    expect(scaleCents(15555, 1)).toBe(15555);
    expect(scaleCents(15555, 1.1)).toBe(17111);
  });
  it('moneyStep shows cents as dollars', () => {
    expect(moneyStep('x', 123456)).toEqual({ label: 'x', value: '$1,234.56' });
  });
  it('splitPayment shows each step; the charge step shows the charge, the basis the lesser', () => {
    const split = splitPayment({ allowedCents: 10000, chargeCents: 12000, deductibleRemainingCents: 1000 });
    expect(split.steps).toEqual([
      { label: 'Actual charge', value: '$120.00' },
      { label: 'Payment basis = lesser of actual charge and allowed', value: '$100.00' },
      { label: 'Part B deductible applied', value: '$10.00' },
      { label: 'Medicare pays 80% of (basis - deductible), rounded half-up', value: '$72.00' },
      { label: 'Beneficiary pays deductible + the rest (20% coinsurance)', value: '$28.00' },
    ]);
    const odd = splitPayment({ allowedCents: 13637, deductibleRemainingCents: 0, coinsurancePercent: 19.81 });
    expect(odd.medicarePays.cents).toBe(10936);
    expect(odd.steps.map((s) => s.label)).toEqual([
      'Payment basis = allowed (no actual charge given)',
      'Part B deductible applied',
      'Medicare pays 80.19% of (basis - deductible), rounded half-up',
      'Beneficiary pays deductible + the rest (19.81% coinsurance)',
    ]);
    expect(splitPayment({ allowedCents: 100, chargeCents: 100, deductibleRemainingCents: 0 }).steps[0]).toEqual({ label: 'Actual charge', value: '$1.00' });
  });
});

describe('toIsoDate: calendar dates from 1900-01-01 to 2199-12-31', () => {
  it('the range ends, month and day ends, leap years', () => {
    expect(toIsoDate('1900-01-01', 'd')).toBe('1900-01-01');
    expect(toIsoDate('2199-12-31', 'd')).toBe('2199-12-31');
    expect(errorOf(() => toIsoDate('1899-12-31', 'd')).message).toBe('d: year 1899 is outside 1900-2199');
    expect(errorOf(() => toIsoDate('2200-01-01', 'd')).message).toBe('d: year 2200 is outside 1900-2199');
    for (const bad of ['2026-00-10', '2026-13-01', '2026-01-00', '2026-01-32', '2026-04-31', '2026-06-31', '2026-09-31', '2026-11-31', '1900-02-29', '2100-02-29', '2026-02-29']) {
      expect(errorOf(() => toIsoDate(bad, 'd')).message).toBe(`d: ${bad} is not a calendar date`);
    }
    for (const good of ['2000-02-29', '2024-02-29', '2026-02-28', '2026-03-31', '2026-12-31', '2026-05-31', '2026-04-30']) expect(toIsoDate(good, 'd')).toBe(good);
    expect(errorOf(() => toIsoDate('2026-1-1', 'd')).message).toBe(`d: must be a date as 'YYYY-MM-DD', got "2026-1-1"`);
    expect(errorOf(() => toIsoDate(20260101, 'd')).message).toBe("d: must be a 'YYYY-MM-DD' string or a Date, got 20260101");
  });
  it('Dates by their local calendar day, within the same range', () => {
    expect(toIsoDate(new Date(1900, 0, 1), 'd')).toBe('1900-01-01');
    expect(toIsoDate(new Date(2199, 11, 31), 'd')).toBe('2199-12-31');
    expect(toIsoDate(new Date(2026, 8, 5), 'd')).toBe('2026-09-05');
    expect(toIsoDate(new Date(2026, 9, 10), 'd')).toBe('2026-10-10');
    expect(toIsoDate(new Date(2026, 11, 31), 'd')).toBe('2026-12-31');
    expect(errorOf(() => toIsoDate(new Date(1899, 11, 31), 'd')).message).toBe('d: year 1899 is outside 1900-2199');
    expect(errorOf(() => toIsoDate(new Date(2200, 0, 1), 'd')).message).toBe('d: year 2200 is outside 1900-2199');
    expect(errorOf(() => toIsoDate(new Date(Number.NaN), 'd')).message).toBe('d: is an invalid Date');
    expect(isoToLocalDate('2026-09-05').getDate()).toBe(5);
    expect(isoToLocalDate('2026-09-05').getMonth()).toBe(8);
  });
});

describe('calendar arithmetic on day numbers', () => {
  it('day numbers count days since 1970-01-01 and back', () => {
    expect(isoToDayNumber('1970-01-01')).toBe(0);
    expect(isoToDayNumber('2000-03-01') - isoToDayNumber('2000-02-28')).toBe(2);
    expect(isoToDayNumber('1900-03-01') - isoToDayNumber('1900-02-28')).toBe(1);
    expect(dayNumberToIso(0)).toBe('1970-01-01');
    expect(dayNumberToIso(isoToDayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(dayNumberToIso(isoToDayNumber('2026-10-09'))).toBe('2026-10-09');
    expect(dayNumberToIso(isoToDayNumber('2026-01-31'))).toBe('2026-01-31');
    expect(dayNumberToIso(isoToDayNumber('2026-10-10'))).toBe('2026-10-10');
    expect(dayNumberToIso(isoToDayNumber('2026-02-01'))).toBe('2026-02-01');
    expect(dayNumberToIso(isoToDayNumber('2000-02-29'))).toBe('2000-02-29');
    expect(dayNumberToIso(isoToDayNumber('1900-03-01'))).toBe('1900-03-01');
    expect(addDaysToIso('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToIso('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2025-01-01', '2025-03-02')).toBe(60);
  });
  it('adding years keeps the day, except 29 February in a year without one', () => {
    expect(addYearsToIso('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYearsToIso('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYearsToIso('2096-02-29', 4)).toBe('2100-02-28');
    expect(addYearsToIso('1996-02-29', 4)).toBe('2000-02-29');
    expect(addYearsToIso('2025-03-15', 1)).toBe('2026-03-15');
  });
  it('adding months stops at the last day of the month', () => {
    expect(addMonthsToIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToIso('2100-01-31', 1)).toBe('2100-02-28');
    expect(addMonthsToIso('2000-01-31', 1)).toBe('2000-02-29');
    expect(addMonthsToIso('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonthsToIso('2026-11-30', 2)).toBe('2027-01-30');
    expect(addMonthsToIso('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonthsToIso('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonthsToIso('2026-05-31', 12)).toBe('2027-05-31');
    expect(yearOf('2026-05-31')).toBe(2026);
  });
});

describe('input readers (core/validate)', () => {
  it('readObject refuses null, arrays, Dates and primitives, and names an unknown key', () => {
    for (const bad of [null, [], new Date(), 'x', 1]) expect(errorOf(() => readObject(bad, 'input')).message).toMatch(/^input: must be an object, got /);
    expect(errorOf(() => readObject({ a: 1, b: 2 }, 'input', ['a'])).field).toBe('b');
    const nested = errorOf(() => readObject({ a: 1, b: 2 }, 'tables', ['a', 'c']));
    expect(nested.field).toBe('tables.b');
    expect(nested.message).toBe('tables.b: is not a field of tables (use a, c)');
    expect(readObject({ b: 2 }, 'x')).toEqual({ b: 2 });
  });
  it('readEnum and readOptionalEnum', () => {
    expect(readEnum('a', ['a', 'b'], 'f')).toBe('a');
    expect(errorOf(() => readEnum('c', ['a', 'b'], 'f')).message).toBe("f: must be one of 'a', 'b', got \"c\"");
    expect(errorOf(() => readEnum(1, ['a'], 'f')).field).toBe('f');
    expect(readOptionalEnum(undefined, ['a'], 'f')).toBeUndefined();
    expect(readOptionalEnum('a', ['a'], 'f')).toBe('a');
    expect(() => readOptionalEnum('z', ['a'], 'f')).toThrow(MedicareInputError);
  });
  it('readYear: a whole year from 1900 to 2199', () => {
    expect(readYear(1900, 'y')).toBe(1900);
    expect(readYear(2199, 'y')).toBe(2199);
    for (const bad of [1899, 2200, 2026.5, '2026']) expect(errorOf(() => readYear(bad, 'y')).message).toMatch(/^y: must be a whole year such as 2026, got /);
  });
  it('own ignores inherited keys; inputReader and readInput read each listed key', () => {
    const proto = { a: 1 };
    const object = Object.create(proto) as Record<string, unknown>;
    object.b = 2;
    expect(own(object, 'a')).toBeUndefined();
    expect(own(object, 'b')).toBe(2);
    expect(inputReader(['a', 'b'] as const)({ a: 1 }, 'input')).toEqual({ a: 1, b: undefined });
    expect(readInput({ b: 3 }, 'input', ['a', 'b'] as const)).toEqual({ a: undefined, b: 3 });
    expect(errorOf(() => readInput({ c: 3 }, 'input', ['a'] as const)).field).toBe('c');
  });
});

describe('describeValue, codes, sources, freezing', () => {
  it('describes each kind of value', () => {
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
    expect(describeValue('x'.repeat(41))).toBe(`"${'x'.repeat(37)}..."`);
    expect(describeValue(1.5)).toBe('1.5');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(10n)).toBe('10');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue([1])).toBe('an array');
    expect(describeValue(new Date())).toBe('a Date');
    expect(describeValue({})).toBe('an object');
  });
  it('a HCPCS code is a letter and four digits; a CPT code five characters ending in a digit, F, T or U', () => {
    expect(['J1559', '99601', '0001F', '0002T', '0003U'].map(isWellFormedCode)).toEqual([true, true, true, true, true]);
    expect(['J155', 'J15590', '0001A', 'JJ559', ''].map(isWellFormedCode)).toEqual([false, false, false, false, false]);
    expect(errorOf(() => normalizeCode('  ', 'hcpcs')).message).toBe('hcpcs: must not be empty');
    expect(errorOf(() => normalizeCode('J155', 'hcpcs')).message).toBe('hcpcs: "J155" is not a well-formed HCPCS or CPT code');
    expect(errorOf(() => normalizeCode(1559, 'hcpcs')).message).toBe('hcpcs: must be a HCPCS code string, got 1559');
  });
  it('getSource finds an id as given or trimmed and lower-cased, and refuses a non-string', () => {
    expect(getSource('lcd-l33794')?.id).toBe('lcd-l33794');
    expect(getSource(' LCD-L33794 ')?.id).toBe('lcd-l33794');
    expect(getSource('no-such-source')).toBeUndefined();
    expect(errorOf(() => getSource(1 as never)).message).toBe("id: must be a source id string such as 'lcd-l33794', got 1");
  });
  it('deepFreeze freezes nested values and stops at frozen ones; lazy runs its initializer once', () => {
    const value = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(Object.isFrozen(value.a.b[1])).toBe(true);
    const inner = { x: {} as Record<string, unknown> };
    const frozenShell = Object.freeze({ inner });
    deepFreeze(frozenShell);
    expect(Object.isFrozen(inner)).toBe(false);
    const mixed = deepFreeze({ text: 'abc', none: null, list: ['x', null, 2] });
    expect(Object.isFrozen(mixed.list)).toBe(true);
    let calls = 0;
    const get = lazy(() => ++calls);
    expect([get(), get()]).toEqual([1, 1]);
  });
  it('unpackCitations shares one frozen citation per source and section, and leaves other objects', () => {
    const data = unpackCitations<{ a: unknown; b: unknown; c: unknown; d: unknown }>({
      sources: [['s1', 'Title 1', 'https://e/1']],
      data: { a: { cite: [0] }, b: [{ cite: [0, '§2'] }, { cite: [0, '§2'] }], c: { cite: [0], other: 1 }, d: { cite: ['0'] } },
    });
    const two = unpackCitations<{ x: { section?: string }; y: { section?: string }; z: { section?: string } }>({
      sources: [['s1', 'Title 1', 'https://e/1']],
      data: { x: { cite: [0, '§2'] }, y: { cite: [0, '§3'] }, z: { cite: [0] } },
    });
    expect([two.x.section, two.y.section, two.z.section]).toEqual(['§2', '§3', undefined]);
    expect(data.a).toEqual({ id: 's1', title: 'Title 1', url: 'https://e/1' });
    expect(Object.isFrozen(data.a)).toBe(true);
    const [b0, b1] = data.b as object[];
    expect(b0).toEqual({ id: 's1', title: 'Title 1', url: 'https://e/1', section: '§2' });
    expect(b0).toBe(b1);
    expect(data.c).toEqual({ cite: [0], other: 1 });
    expect(data.d).toEqual({ cite: ['0'] });
  });
});

describe('display tables (Jupyter)', () => {
  it('without a title: no bold line, no caption; newlines and HTML specials escaped; tables joined', () => {
    const tables = [
      { headers: ['a'], rows: [['x\ny'], ['r\n"&']] },
      { title: 'T2', headers: ['b'], rows: [] },
    ];
    expect(tablesToMarkdown(tables)).toBe('| a |\n| --- |\n| x y |\n| r "& |\n\n**T2**\n\n| b |\n| --- |');
    expect(tablesToHtml(tables)).toBe(
      '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>x\ny</td></tr><tr><td>r\n&quot;&amp;</td></tr></tbody></table>\n' +
        '<table><caption>T2</caption><thead><tr><th>b</th></tr></thead><tbody></tbody></table>',
    );
    expect(tablesToMarkdown([{ headers: ['a'], rows: [['x\r\ny']] }])).toBe('| a |\n| --- |\n| x y |');
  });
});

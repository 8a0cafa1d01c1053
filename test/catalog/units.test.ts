import { describe, expect, it } from 'vitest';
import { parseBillingUnit } from '../../scripts/lib/units.js';

describe('parseBillingUnit (data build)', () => {
  it.each([
    ['Injection, immune globulin (hizentra), 100 mg', { amount: 100, unit: 'mg' }],
    ['Injection, dobutamine hydrochloride, per 250 mg', { amount: 250, unit: 'mg' }],
    ['Injection, morphine sulfate, up to 10 mg', { amount: 10, unit: 'mg' }],
    ['Injection, blinatumomab, 1 microgram', { amount: 1, unit: 'mcg' }],
    ['Insulin for administration through dme (i.e., insulin pump) per 50 units', { amount: 50, unit: 'units' }],
    ['Injection, epoprostenol, 0.5 mg', { amount: 0.5, unit: 'mg' }],
    ['Injection, penicillin g potassium, up to 600,000 units', { amount: 600000, unit: 'units' }],
    ['Injection, ampicillin sodium/sulbactam sodium, per 1.5 gm', { amount: 1.5, unit: 'g' }],
    ['Carbidopa 5 mg/levodopa 20 mg enteral suspension, 100 ml', { amount: 100, unit: 'ml' }],
    ['Injection, immune globulin/hyaluronidase, (hyqvia), 100 mg immuneglobulin', { amount: 100, unit: 'mg' }],
    ['Parenteral nutrition solution: amino acid, greater than 8.5% (500 ml = 1 unit) - home mix', { amount: 500, unit: 'ml' }],
    ['Parenteral nutrition solution, not otherwise specified, 10 grams lipids', { amount: 10, unit: 'g' }],
    ["Professional services … in the individual's home, each 15 minutes", { amount: 15, unit: 'minutes' }],
    ['Supplies for maintenance of insulin infusion catheter, per week', { amount: 1, unit: 'week' }],
    ['Supplies for maintenance of non-insulin drug infusion catheter, per week (list drugs  separately)', { amount: 1, unit: 'week' }],
    ['Infusion supplies for external drug infusion pump, per cassette or bag (list drugs separately)', { amount: 1, unit: 'cassette or bag' }],
    ['Parenteral nutrition administration kit, per day', { amount: 1, unit: 'day' }],
    ['Home infusion therapy, chelation therapy; administrative services, … (drugs and nursing visits coded separately), per diem', { amount: 1, unit: 'day' }],
    ['Nursing care, in the home; by registered nurse, per hour (use for general nursing care only)', { amount: 1, unit: 'hour' }],
    ['Supplies for external insulin infusion pump, syringe type cartridge, sterile, each', { amount: 1, unit: 'each' }],
    ['Supply allowance for adjunctive, non-implanted continuous glucose monitor (cgm), includes all supplies and accessories, 1 month supply = 1 unit of service', { amount: 1, unit: 'month' }],
  ])('%s', (descriptor, unit) => {
    expect(parseBillingUnit(descriptor)).toEqual(unit);
  });

  it.each([
    'Injection, foscarbidopa 0.25 mg/foslevodopa 5 mg',
    'Injection, piperacillin sodium/tazobactam sodium, 1 gram/0.125 grams (1.125 grams)',
    'External ambulatory infusion pump, insulin',
    'Unclassified drugs',
    'Parenteral nutrition solution; compounded amino acid and carbohydrates …, any strength, 10 to 51 grams of protein - premix',
  ])('no single unit in %s', (descriptor) => {
    expect(parseBillingUnit(descriptor)).toBeUndefined();
  });
});

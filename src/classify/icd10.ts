import { describeValue, invalidInput } from '../core/errors.js';

// ICD-10-CM: a letter, a digit, a letter or digit (the category), then up to four more letters
// or digits after an optional dot; seven characters at most.
const ICD10 = /^([A-Z][0-9][0-9A-Z])\.?([0-9A-Z]{0,4})$/;

/**
 * Normalises an ICD-10-CM code to upper case with its dot after the category (`'d800'` and
 * `' D80.0 '` give `'D80.0'`; `'E119'` gives `'E11.9'`; `'C91'` stays `'C91'`). Throws
 * `INVALID_INPUT` naming `field` (default `'diagnosis'`) when the value is not shaped like an ICD-10-CM code.
 *
 * @example
 * ```ts
 * normalizeIcd10('g20a1', 'diagnoses[0]') // 'G20.A1'
 * ```
 */
export function normalizeIcd10(value: unknown, field = 'diagnosis'): string {
  // A public function: a caller may omit the field name or pass a non-string one.
  if (typeof field !== 'string' || field === '') return normalizeIcd10(value, 'diagnosis');
  if (typeof value !== 'string') return invalidInput(field, `must be an ICD-10-CM code string, got ${describeValue(value)}`);
  const text = value.trim().toUpperCase();
  const match = ICD10.exec(text);
  if (!match) {
    return invalidInput(field, `${describeValue(value)} is not an ICD-10-CM code (a letter, a digit, a letter or digit, then up to 4 more, optional dot)`);
  }
  const category = match[1] as string;
  const rest = match[2] as string;
  if (rest === '' && text.endsWith('.')) return invalidInput(field, `${describeValue(value)} ends with a dot`);
  return rest === '' ? category : `${category}.${rest}`;
}

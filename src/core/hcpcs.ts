import { describeValue, invalidInput } from './errors.js';

/**
 * HCPCS Level II (a letter and four digits, e.g. `J1559`) or CPT (four digits and a digit or
 * one of the category letters F/T/U, e.g. `99601`, `0001F`).
 */
const WELL_FORMED_CODE = /^(?:[A-Z]\d{4}|\d{4}[0-9FTU])$/;

/** Whether an upper-case, trimmed string is shaped like a HCPCS Level II or CPT code (never throws). */
export function isWellFormedCode(code: string): boolean {
  return WELL_FORMED_CODE.test(code);
}

/**
 * Normalises a code as the API promises: case-insensitive, surrounding white space ignored.
 * Returns the canonical upper-case code, or throws `INVALID_INPUT` naming `field` when the value
 * is not a string or not shaped like a HCPCS/CPT code.
 */
export function normalizeCode(value: unknown, field: string): string {
  if (typeof value !== 'string') {
    return invalidInput(field, `must be a HCPCS code string, got ${describeValue(value)}`);
  }
  const code = value.trim().toUpperCase();
  if (code === '') return invalidInput(field, 'must not be empty');
  if (!WELL_FORMED_CODE.test(code)) {
    return invalidInput(field, `${describeValue(value)} is not a well-formed HCPCS or CPT code`);
  }
  return code;
}

/** Test helpers shared by every area's tests. */
import { expect } from 'vitest';
import { MedicareInputError } from '../src/core/errors.js';

/** Runs `fn` and returns the MedicareInputError it throws; fails if it returns or throws anything else. */
export function inputErrorOf(fn: () => unknown): MedicareInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(MedicareInputError);
    return error as MedicareInputError;
  }
  throw new Error('expected a MedicareInputError');
}

/** Asserts that `fn` throws INVALID_INPUT naming `field`, in the field and in the message. */
export function expectInvalidInput(fn: () => unknown, field: string): void {
  const error = inputErrorOf(fn);
  expect(error.code).toBe('INVALID_INPUT');
  expect(error.field).toBe(field);
  expect(error.message).toContain(field);
}

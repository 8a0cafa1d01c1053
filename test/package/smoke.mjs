// Package smoke test (ESM): loads the built package by its name, as a user's app would.
import assert from 'node:assert/strict';
import * as lib from 'medicare-home-infusion';

assert.equal(typeof lib.MedicareInputError, 'function');
assert.ok(lib.listSources().length > 0, 'sources are bundled');
assert.ok(Object.isFrozen(lib.listSources()), 'bundled data is frozen');
const error = new lib.MedicareInputError('INVALID_INPUT', 'field', 'message');
assert.equal(error.name, 'MedicareInputError');
assert.equal(error.code, 'INVALID_INPUT');
console.log(`ESM smoke: ok (${Object.keys(lib).length} exports)`);

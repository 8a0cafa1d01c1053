// Package smoke test (CJS): requires the built package by its name.
const assert = require('node:assert/strict');
const lib = require('medicare-home-infusion');

assert.equal(typeof lib.MedicareInputError, 'function');
assert.ok(lib.listSources().length > 0, 'sources are bundled');
assert.ok(Object.isFrozen(lib.listSources()), 'bundled data is frozen');
console.log(`CJS smoke: ok (${Object.keys(lib).length} exports)`);

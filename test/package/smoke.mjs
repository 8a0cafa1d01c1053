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

// The x12 subpath: reads a claim, and its errors are the root's MedicareInputError class.
const { readX12Claims } = await import('medicare-home-infusion/x12');
const edi = [
  'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260302*1200*^*00501*000000001*0*T*>~',
  'GS*HC*SENDER*RECEIVER*20260302*1200*1*X*005010X222A1~', 'ST*837*0001*005010X222A1~',
  'CLM*C1*100.00***12>B>1~', 'HI*ABK>D800~', 'LX*1~', 'SV1*HC>E0779>RR>KX*100.00*UN*1***1~', 'DTP*472*D8*20260302~',
  'SE*7*0001~', 'GE*1*1~', 'IEA*1*000000001~',
].join('\n');
const [claim] = readX12Claims(edi);
assert.deepEqual(claim.lines[0].modifiers, ['RR', 'KX']);
assert.ok(Object.isFrozen(claim.lines[0]));
assert.throws(() => readX12Claims('ISA*'), (e) => e instanceof lib.MedicareInputError && e.code === 'INVALID_INPUT');
console.log('ESM smoke (x12): ok');

// Package smoke test under Deno, against the built ESM bundle in dist/.
import * as lib from '../../dist/index.js';

function check(condition: unknown, message: string): void {
  if (!condition) throw new Error(`Deno smoke failed: ${message}`);
}
check(typeof lib.MedicareInputError === 'function', 'MedicareInputError is exported');
check(lib.listSources().length > 0, 'sources are bundled');
check(Object.isFrozen(lib.listSources()), 'bundled data is frozen');
console.log(`Deno smoke: ok (${Object.keys(lib).length} exports)`);

// The x12 subpath under Deno: the built file and the root entry beside it.
const { readX12Claims } = await import('../../dist/x12.js');
const edi = 'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260302*1200*^*00501*000000001*0*T*>~' +
  'GS*HC*SENDER*RECEIVER*20260302*1200*1*X*005010X222A1~ST*837*0001*005010X222A1~CLM*C1*100.00***12>B>1~HI*ABK>D800~' +
  'LX*1~SV1*HC>E0779>RR>KX*100.00*UN*1***1~DTP*472*D8*20260302~SE*7*0001~GE*1*1~IEA*1*000000001~';
const [claim] = readX12Claims(edi);
check(claim?.lines[0]?.modifiers?.join() === 'RR,KX', 'x12 reads modifiers');
let threw: unknown;
try { readX12Claims('ISA*'); } catch (error) { threw = error; }
check(threw instanceof lib.MedicareInputError, 'x12 errors are the root MedicareInputError');
console.log('Deno smoke (x12): ok');

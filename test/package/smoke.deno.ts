// Package smoke test under Deno, against the built ESM bundle in dist/.
import * as lib from '../../dist/index.js';

function check(condition: unknown, message: string): void {
  if (!condition) throw new Error(`Deno smoke failed: ${message}`);
}
check(typeof lib.MedicareInputError === 'function', 'MedicareInputError is exported');
check(lib.listSources().length > 0, 'sources are bundled');
check(Object.isFrozen(lib.listSources()), 'bundled data is frozen');
console.log(`Deno smoke: ok (${Object.keys(lib).length} exports)`);

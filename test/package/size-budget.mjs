// Size budget, measured on the built package as an app's bundler would see it:
// an app importing only `hitCode` must stay under 12 KB gzip (the catalog and every other
// dataset must tree-shake out); the whole library's size is reported.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import assert from 'node:assert/strict';

async function gzippedBundleSize(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents).length;
}

const BUDGET = 12 * 1024;
const hitCodeOnly = await gzippedBundleSize("import { hitCode } from 'medicare-home-infusion'; console.log(hitCode(1, 'initial'));");
const getCodeOnly = await gzippedBundleSize("import { getCode } from 'medicare-home-infusion'; console.log(getCode('J1559'));");
const everything = await gzippedBundleSize("import * as lib from 'medicare-home-infusion'; console.log(lib);");
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`size budget: hitCode only ${kb(hitCodeOnly)} gzip (budget ${kb(BUDGET)}); getCode only ${kb(getCodeOnly)}; whole library ${kb(everything)} gzip`);
assert.ok(hitCodeOnly < BUDGET, `an app importing only hitCode bundles to ${kb(hitCodeOnly)} gzip, over the ${kb(BUDGET)} budget`);

// The x12 subpath imports the root entry for its error class only: an app reading 837 files must not
// bundle the catalog and the other datasets with it.
const readerOnly = await gzippedBundleSize("import { readX12Claims } from 'medicare-home-infusion/x12'; console.log(readX12Claims(''));");
console.log(`size budget: readX12Claims only ${kb(readerOnly)} gzip (budget ${kb(BUDGET)})`);
assert.ok(readerOnly < BUDGET, `an app importing only readX12Claims bundles to ${kb(readerOnly)} gzip, over the ${kb(BUDGET)} budget`);

import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';

// One ESM module and one CJS module, each a single file. A package split into one output module
// per source module tree-shakes by whole modules, but Node then loads ~70 files on import, which
// cost about 90 ms of cold start on the reference machine (against a 25 ms budget). A single file
// tree-shakes just as well in an app's bundler as long as every module-level statement is free of
// side effects or marked pure (`/* @__PURE__ */`), and the size budget in
// test/package/size-budget.mjs proves it: an app importing only `hitCode` must stay under 12 KB gzip.
// Declarations: .d.ts for import, .d.cts for require, as the exports map says. The root ESM file
// names its declarations for Deno (`@ts-self-types`), so `deno check` types code that imports dist/
// directly (the notebook in docs/notebooks/); Node and bundlers ignore the comment.
const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  splitting: false,
  treeshake: false,
  target: 'es2022',
  outDir: 'dist',
  // The three builds run side by side, so none cleans dist/ (one could delete another's output):
  // `npm run build` empties it first.
  clean: false,
};

/**
 * The x12 subpath imports the root entry (for `MedicareInputError` and `ClaimLine`) as the built
 * file beside it, `./index.js` or `./index.cjs`, instead of bundling a second copy: an error thrown
 * by `readX12Claims` is then `instanceof` the class the root exports. The CLI imports both so.
 */
const rootAsSibling: Plugin = {
  name: 'root-as-sibling',
  setup(build) {
    const extension = build.initialOptions.format === 'cjs' ? 'cjs' : 'js';
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: `./index.${extension}`, external: true }));
    build.onResolve({ filter: /^\.\.\/x12\/index\.js$/ }, () => ({ path: `./x12.${extension}`, external: true }));
  },
};

export default defineConfig([
  { ...shared, entry: { index: 'src/index.ts' }, banner: ({ format }) => (format === 'esm' ? { js: '/* @ts-self-types="./index.d.ts" */' } : {}) },
  { ...shared, entry: { x12: 'src/x12/index.ts' }, esbuildPlugins: [rootAsSibling], banner: ({ format }) => (format === 'esm' ? { js: '/* @ts-self-types="./x12.d.ts" */' } : {}) },
  // The CLI (package.json `bin`): ESM only, no declarations, using the two entries beside it.
  { ...shared, entry: { cli: 'src/cli/check.ts' }, format: ['esm'], dts: false, removeNodeProtocol: false, esbuildPlugins: [rootAsSibling] },
]);

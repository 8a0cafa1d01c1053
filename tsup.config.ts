import { defineConfig } from 'tsup';

// One ESM module and one CJS module, each a single file. A package split into one output module
// per source module tree-shakes by whole modules, but Node then loads ~70 files on import, which
// cost about 90 ms of cold start on the reference machine (against a 25 ms budget). A single file
// tree-shakes just as well in an app's bundler as long as every module-level statement is free of
// side effects or marked pure (`/* @__PURE__ */`), and the size budget in
// test/package/size-budget.mjs proves it: an app importing only `hitCode` must stay under 12 KB gzip.
// Declarations: .d.ts for import, .d.cts for require, as the exports map says. The ESM file names
// its declarations for Deno (`@ts-self-types`), so `deno check` types code that imports dist/ directly
// (the notebook in docs/notebooks/); Node and bundlers ignore the comment.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: false,
  treeshake: false,
  clean: true,
  target: 'es2022',
  outDir: 'dist',
  banner: ({ format }) => (format === 'esm' ? { js: '/* @ts-self-types="./index.d.ts" */' } : {}),
});

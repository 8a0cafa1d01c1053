import { defineConfig } from 'tsup';

// ESM keeps one output module per source module (every file is an entry, shared code is imported,
// not copied), so with `sideEffects: false` an app's bundler drops every module it does not use:
// importing only `hitCode` does not pull in the catalog. CJS is one bundle (require() does not
// tree-shake anyway). Declarations: .d.ts for import, .d.cts for require, as the exports map says.
export default defineConfig([
  {
    entry: ['src/**/*.ts'],
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    splitting: true,
    treeshake: false,
    clean: true,
    target: 'es2022',
    outDir: 'dist',
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    clean: false,
    target: 'es2022',
    outDir: 'dist',
  },
]);

import { defineConfig } from 'tsup';

// One ESM and one CJS bundle per entry point, each with its own declaration file
// (.d.ts for import, .d.cts for require), as the package's exports map expects.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  outDir: 'dist',
});

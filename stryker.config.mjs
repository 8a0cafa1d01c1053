// Mutation testing (issue 14): would a test fail if a rule were wrong?
// StrykerJS 9.6 (10 needs Node 22) with the vitest runner. Run with `npm run mutate`, never in `npm test`.
// The generated data modules (src/generated, built by `npm run build:data`, which `npm run mutate`
// runs first) are data, not logic, and are not mutated. See docs/mutation.md for the last measured run.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  plugins: ['@stryker-mutator/vitest-runner'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/claims/**/*.ts',
    'src/classify/**/*.ts',
    'src/coverage/**/*.ts',
    'src/hit/**/*.ts',
    'src/pricing/**/*.ts',
    'src/core/**/*.ts',
    '!src/generated/**',
  ],
  // Each mutant runs only the tests that covered it in the dry run.
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants, frozen tables) would need every test file re-imported
  // for each one; ignoring them keeps a run within reach of two cores.
  ignoreStatic: true,
  // Reuse the previous run's results for unchanged mutants and tests (reports/stryker-incremental.json).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The vitest configuration StrykerJS runs (stryker.config.mjs). The same tests as `npm test`, less
// the any-input fuzz test (test/robustness/any-input.test.ts): it draws fresh random inputs on every
// run, so whether it kills a mutant would change from run to run, and it takes ~55 of the suite's
// ~105 seconds while asserting only "typed errors and frozen results", never a rule's answer.
export default mergeConfig(base, defineConfig({
  test: {
    exclude: ['test/robustness/any-input.test.ts'],
  },
}));

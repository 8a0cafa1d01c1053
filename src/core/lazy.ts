/**
 * A value computed on first call and cached: `const index = lazy(() => buildIndex(loadData()))`,
 * then `index()` wherever it is used. Bundled data and the indexes over it are built this way so
 * importing the package evaluates none of them (cold import time); the first call pays once.
 * `init` must not return `undefined`. Mark each module-level call with a `@__PURE__` annotation comment so an
 * app's bundler drops an unused one (the package is one file; see tsup.config.ts).
 */
export function lazy<T>(init: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = init();
    return value;
  };
}

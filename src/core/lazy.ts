/**
 * A value computed on first call and cached: `const index = lazy(() => buildIndex(loadData()))`,
 * then `index()` wherever it is used. Bundled data and the indexes over it are built this way so
 * importing the package evaluates none of them (cold import time); the first call pays once.
 * `init` must not return `undefined`.
 */
export function lazy<T>(init: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = init();
    return value;
  };
}

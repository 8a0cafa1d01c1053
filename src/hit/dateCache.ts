/** The date memo moved to src/core/dates.ts (shared with deadlines); kept here for existing imports. */
export { cachedIsoDate, knownIsoDate } from '../core/dates.js';

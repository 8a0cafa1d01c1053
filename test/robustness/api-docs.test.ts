/** Every public function carries a TSDoc comment with an @example (the API reference shows it). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as x12 from '../../src/x12/index.js';

/** The root entry and the x12 subpath. */
const api = { ...root, ...x12 };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const sources = sourceFiles('src').filter((p) => !p.includes('/generated/')).map((p) => readFileSync(p, 'utf8'));
const functions = Object.entries(api).filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name));

describe('API documentation', () => {
  it.each(functions.map(([name]) => name))('%s has a TSDoc comment with an @example', (name) => {
    const declaration = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export function ${name}\\b`);
    const doc = sources.map((text) => declaration.exec(text)?.[1]).find((found) => found !== undefined);
    expect(doc, `no TSDoc comment directly above export function ${name}`).toBeDefined();
    expect(doc).toContain('@example');
  });
});

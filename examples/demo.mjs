// The README's demo: runs every section in examples/sections/ in file-name order against the
// built package (imported by its name, as a user's app would).
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('./sections/', import.meta.url));
for (const name of readdirSync(dir).filter((n) => n.endsWith('.mjs')).sort()) {
  const section = await import(pathToFileURL(join(dir, name)).href);
  console.log(`\n=== ${section.title ?? name} ${'='.repeat(Math.max(0, 70 - (section.title ?? name).length))}`);
  await section.default();
}

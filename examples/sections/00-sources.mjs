import { listSources } from 'medicare-home-infusion';

export const title = 'Where the facts come from';

export default function run() {
  const sources = listSources();
  const primary = sources.filter((s) => s.kind === 'primary').length;
  console.log(`${sources.length} cited sources (${primary} primary), for example:`);
  for (const source of sources.slice(0, 3)) console.log(`  ${source.id.padEnd(22)} ${source.title}`);
}

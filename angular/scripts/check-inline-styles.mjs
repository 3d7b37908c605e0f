// Fails when two components of one file have the same inline styles. The Angular builder keys its stylesheet cache by the
// styles' text and the file, creates both entries at once and keeps one: the other esbuild context is never disposed, and
// `ng build` writes its output and then never exits (found in session 11; the host build waited on it forever).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../src/app/', import.meta.url).pathname;
const styles = /styles:\s*(`[^`]*`|'[^']*'|[A-Za-z_$][\w$]*|\[[^\]]*\])/g;
const problems = [];

for (const file of readdirSync(root, { recursive: true })) {
  if (!file.endsWith('.ts')) continue;
  const text = readFileSync(join(root, file), 'utf8');
  const seen = new Set();
  for (const [, value] of text.matchAll(styles)) {
    const key = value.replace(/\s+/g, ' ').trim();
    if (seen.has(key)) problems.push(`${file}: two components share the inline styles ${key.slice(0, 60)}`);
    seen.add(key);
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error('Give each component of a file its own styles (see the comment at the top of this script).');
  process.exit(1);
}

// Copies the running host's OpenAPI document to openapi/kemel-api.json.
// Usage: node scripts/fetch-openapi.mjs [baseUrl]   (default http://127.0.0.1:5055)
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const base = (process.argv[2] ?? 'http://127.0.0.1:5055').replace(/\/$/, '');
const res = await fetch(`${base}/openapi/v1.json`);
if (!res.ok) {
  console.error(`GET ${base}/openapi/v1.json -> ${res.status}`);
  process.exit(1);
}
const doc = await res.json();
const target = resolve(dirname(fileURLToPath(import.meta.url)), '../openapi/kemel-api.json');
writeFileSync(target, JSON.stringify(doc, null, 2) + '\n');
console.log(`Wrote ${target} (${Object.keys(doc.paths ?? {}).length} paths)`);

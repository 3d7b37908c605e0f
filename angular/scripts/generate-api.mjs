// Generates the typed API client (src/app/api) from openapi/kemel-api.json, the committed copy of the host's
// /openapi/v1.json. Run with `npm run generate:api`; refresh the copy first with `npm run fetch:api` while the host runs.
//
// Two normalisations are applied in memory (the committed document stays an exact copy of the host's):
//  - operations without an operationId get the name from openapi/operation-ids.json ("METHOD path" -> name), so the
//    generated method names are readable and stable (ASP.NET minimal APIs emit no operationId without .WithName());
//  - query parameter names are camelCased (the host documents [AsParameters] properties in PascalCase, and binds them
//    case-insensitively), so calls read `{ filter, skipCount }` like the rest of the JSON API;
//  - enum schemas of strings without a "type" get `type: string`, so the generator also emits arrays of their values.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NgOpenApiGen } from 'ng-openapi-gen';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const options = JSON.parse(readFileSync(resolve(root, 'ng-openapi-gen.json'), 'utf8'));
delete options.$schema;
const spec = JSON.parse(readFileSync(resolve(root, options.input), 'utf8'));
const names = JSON.parse(readFileSync(resolve(root, 'openapi/operation-ids.json'), 'utf8'));

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const camel = (s) => (s ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const unnamed = [];
for (const [path, item] of Object.entries(spec.paths ?? {})) {
  for (const method of METHODS) {
    const op = item[method];
    if (!op) continue;
    if (!op.operationId) {
      const key = `${method.toUpperCase()} ${path}`;
      if (names[key]) op.operationId = names[key];
      else unnamed.push(key);
    }
    for (const p of op.parameters ?? []) {
      if (p.in === 'query') p.name = camel(p.name);
    }
  }
}
for (const schema of Object.values(spec.components?.schemas ?? {})) {
  if (Array.isArray(schema.enum) && !schema.type && schema.enum.every((v) => typeof v === 'string')) schema.type = 'string';
}
if (unnamed.length) {
  console.warn(`These operations have no operationId and no entry in openapi/operation-ids.json; names are derived from the path:\n  ${unnamed.join('\n  ')}`);
}

// The app calls its own origin (the host serves it; `ng serve` proxies), never the server URL the document names.
delete spec.servers;

options.output = resolve(root, options.output);
const gen = new NgOpenApiGen(spec, options);
gen.generate();

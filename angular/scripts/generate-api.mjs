// Generates the typed API client (src/app/api) from openapi/kemel-api.json, the committed copy of the host's
// /openapi/v1.json. Run with `npm run generate:api`; refresh the copy first with `npm run fetch:api` while the host runs.
//
// The document is used as the host writes it: each operation's method name is its operationId (`.WithName(...)` on the
// endpoint), query parameters are camelCase and enums are string schemas. Only the server URL is dropped: the app calls its
// own origin (the host serves it; `ng serve` proxies).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NgOpenApiGen } from 'ng-openapi-gen';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const options = JSON.parse(readFileSync(resolve(root, 'ng-openapi-gen.json'), 'utf8'));
delete options.$schema;
const spec = JSON.parse(readFileSync(resolve(root, options.input), 'utf8'));

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const unnamed = Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m] && !item[m].operationId).map((m) => `${m.toUpperCase()} ${path}`),
);
if (unnamed.length) {
  console.error(`These operations have no operationId; give each endpoint a .WithName("camelCaseName"):\n  ${unnamed.join('\n  ')}`);
  process.exit(1);
}

delete spec.servers;

options.output = resolve(root, options.output);
const gen = new NgOpenApiGen(spec, options);
gen.generate();

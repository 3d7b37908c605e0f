// Checks i18n-keys.json: every key written literally in src/app (outside the generated api/) is listed, and every
// entry has non-empty kk, ru and en texts. Keys built at run time (Enum:*, Role:*, UI:Cycle.Stage.*, ...) are listed by hand.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The shell's texts (i18n-keys.json) and each module's (src/app/<module>/i18n-keys.json); a key lives in one file only.
const keys = {};
const keyFiles = [join(root, 'i18n-keys.json'), ...readdirSync(join(root, 'src/app'))
  .map((m) => join(root, 'src/app', m, 'i18n-keys.json')).filter((f) => existsSync(f))];
const duplicates = [];
for (const file of keyFiles) {
  for (const [key, texts] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) {
    if (keys[key]) duplicates.push(`${key} is defined twice (again in ${file})`);
    keys[key] = texts;
  }
}
// Keys the server defines in its own resources (error codes, Menu:Users, Enum:InvitationState.*): the web app may use them too.
const serverKeys = new Set();
function* serverFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'Web') yield* serverFiles(path);
    } else if (name.endsWith('.json')) yield path;
  }
}
const serverResources = resolve(root, '../src/KemelSchoolPD.Domain.Shared/Localization/KemelSchoolPD');
if (existsSync(serverResources)) {
  for (const file of serverFiles(serverResources)) {
    for (const key of Object.keys(JSON.parse(readFileSync(file, 'utf8')).texts ?? {})) serverKeys.add(key);
  }
}
const pattern = /['"]((?:UI|Menu|DisplayName|Enum|Permission|Role|Validation|Common|Account):[A-Za-z0-9_.]*[A-Za-z0-9_])['"]/g;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (path !== join(root, 'src/app/api')) yield* files(path);
    } else if (/\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts')) yield path;
  }
}

const problems = [...duplicates];
const used = new Set();
for (const file of files(join(root, 'src/app'))) {
  for (const m of readFileSync(file, 'utf8').matchAll(pattern)) used.add(m[1]);
}
for (const key of used) if (!keys[key] && !serverKeys.has(key)) problems.push(`missing in i18n-keys.json (the shell's or the module's): ${key}`);
for (const [key, texts] of Object.entries(keys)) {
  for (const c of ['kk', 'ru', 'en']) if (!texts?.[c]?.trim()) problems.push(`${key}: no ${c} text`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`i18n-keys.json (${keyFiles.length} files): ${Object.keys(keys).length} keys, ${used.size} used literally, all with kk/ru/en.`);

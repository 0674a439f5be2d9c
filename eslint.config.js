import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import checkFile from 'eslint-plugin-check-file';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import tseslint from 'typescript-eslint';

/** Every feature folder, read when lint starts: a new feature is covered without editing this file. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * The direction of dependencies in src/ (README, "How it is built"), checked on resolved paths:
 * domain imports nothing of the app; data, state and i18n import domain only; ui imports only
 * domain, i18n and ui; features import neither each other nor app; app may import anything.
 * testing/ (the test kit) may import anything, and only tests import it (TEST_ONLY_ZONE).
 */
const LAYER_ZONES = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain', './testing'],
    message: 'domain/ is pure: it imports nothing of the app.',
  },
  ...['data', 'state', 'i18n'].map((layer) => ({
    target: `./src/${layer}`,
    from: './src',
    except: ['./domain', `./${layer}`, './testing'],
    message: `${layer}/ imports domain/ only.`,
  })),
  {
    target: './src/ui',
    from: ['./src/features', './src/app', './src/state', './src/data'],
    message: 'ui/ primitives import only domain/, i18n/ and ui/: no feature, not app/, state/ or data/.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'features/ never import app/; app/ composes them.',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other; meet in state/, ui/ or app/.',
  })),
];

/** Test-only code: src/testing/ (and a feature's test kit) is for tests; production never imports it. */
const TEST_FILES = [
  'src/**/*.test.{ts,tsx}',
  'src/**/*-test-kit.{ts,tsx}',
  'src/testing/**',
  'src/test-setup.ts',
];
const TEST_ONLY_ZONE = {
  target: './src',
  from: './src/testing',
  message: 'src/testing/ is the test kit: only tests import it.',
};

const noReactInPure = {
  patterns: [
    {
      group: ['react', 'react-*', 'react/*', 'leaflet', 'react-leaflet', 'recharts', 'zustand'],
      message: 'Pure code: no UI libraries.',
    },
  ],
};

const RESTRICTED_SYNTAX = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML string sinks.' },
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No HTML string sinks.' },
  { selector: "CallExpression[callee.property.name='bindPopup']", message: 'Render popups with React.' },
];

/**
 * The prerendered page holds each component three times (one screen per language): an id written
 * as a constant would repeat, and a reference to it would find the first, hidden screen's element.
 */
const NO_CONSTANT_IDS = {
  selector:
    'JSXAttribute[name.name=/^(id|aria-labelledby|aria-describedby|aria-controls|htmlFor)$/] > Literal',
  message:
    'A constant id repeats in the prerendered page: use useId() or useScreenIds() (src/ui/screen-ids.tsx).',
};

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'public', 'test-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ...RESTRICTED_SYNTAX],
    },
  },
  // Direction of dependencies between the layers of src/, and no import cycles anywhere in it.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Follow imports into TypeScript files (parsed with typescript-eslint's parser) to build the graph.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // Every file and folder name is kebab-case (`park-list.tsx`, `domain/map/`), as the README's layout
  // shows; middle extensions (`.test`, `.e2e`) are allowed. A locale keeps its BCP 47 tag (`zh-Hant`).
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs,js}'],
    ignores: ['src/i18n/**/zh-Hant/**', 'src/i18n/**/zh-Hant.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,mts,mjs,js}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '{src,tests,scripts}/**/': 'KEBAB_CASE' }],
    },
  },
  // The same layers for production code, which must not import the test kit either.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: [...LAYER_ZONES, TEST_ONLY_ZONE] },
      ],
    },
  },
  // Pure code: domain/ (its tests too) and the URL codec use no UI library.
  {
    files: ['src/domain/**/*.ts', 'src/state/url-*.ts', 'src/state/view-state.ts'],
    ignores: ['src/state/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', noReactInPure] },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  // Components: no constant ids (the prerendered page holds each one three times).
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/testing/**'],
    rules: { 'no-restricted-syntax': ['error', ...RESTRICTED_SYNTAX, NO_CONSTANT_IDS] },
  },
);

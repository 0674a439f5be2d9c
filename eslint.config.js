import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import tseslint from 'typescript-eslint';

const noReactInPure = {
  patterns: [
    {
      group: ['react', 'react-*', 'react/*', 'leaflet', 'react-leaflet', 'recharts', 'zustand', 'i18next'],
      message: 'Pure code: no UI libraries.',
    },
  ],
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
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML string sinks.' },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'No HTML string sinks.',
        },
        {
          selector: "CallExpression[callee.property.name='bindPopup']",
          message: 'Render popups with React.',
        },
      ],
    },
  },
  // Direction of dependencies: domain and the URL codec are pure; features never import each other.
  {
    files: ['src/domain/**/*.ts', 'src/state/url-*.ts', 'src/state/view-state.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', noReactInPure] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noReactInPure.patterns,
            {
              group: ['../data/*', '../state/*', '../features/*', '../app/*', '../ui/*', '../i18n/*'],
              message: 'domain/ imports nothing of the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\.)[^/]+/',
              message: 'Features never import each other; meet in state/ or app/.',
            },
            {
              regex: '^\\.\\./\\.\\./(app|features)/',
              message: 'features/ import neither app/ nor other features.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../features/*', '../app/*'], message: 'ui/ imports no features.' }] },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
);

import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/**
 * The folders of src/ and which may import which (docs/architecture.md): the layers run one
 * way, sources → model → db → data → state → views, with the side folders beside them. Any
 * other import fails `npm run check`. What sits at src/'s top (main.ts, App.svelte,
 * config.ts, when-online.ts, arrivals.ts) wires the folders together; no folder imports it.
 */
/** @type {Record<string, string[]>} */
const imports = {
  sources: [],
  model: ['sources'],
  db: ['model'],
  routing: ['model'],
  caches: ['routing'],
  data: ['sources', 'model', 'db', 'caches'],
  locale: [],
  startup: ['data', 'db', 'model', 'locale'],
  pwa: ['startup'],
  state: ['data', 'db', 'model', 'routing', 'locale', 'startup', 'pwa'],
  components: ['state', 'model', 'routing', 'locale'],
  views: ['components', 'state', 'model', 'routing', 'locale', 'startup'],
  sw: ['caches', 'routing'],
};
/**
 * What a screen may know of the folders below the state as types only, never as code.
 * @type {Record<string, string[]>}
 */
const typesOnly = { components: ['db', 'data', 'pwa'], views: ['db', 'data', 'caches'] };

/** @param {string} from @param {string[]} to @param {'type'} [kind] */
const allow = (from, to, kind) => ({
  from: { element: { type: from } },
  allow: {
    to: { element: { types: { anyOf: to } } },
    ...(kind ? { dependency: { kind } } : {}),
  },
});

/** @type {import('eslint').Linter.Config} */
const layers = {
  files: ['src/**/*.ts', 'src/**/*.svelte'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.svelte', '.js'] } },
    'boundaries/include': ['src/**/*'],
    'boundaries/elements': Object.keys(imports).map((type) => ({ type, pattern: `src/${type}` })),
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        policies: [
          ...Object.entries(imports).map(([type, to]) => allow(type, [type, ...to])),
          ...Object.entries(typesOnly).map(([type, to]) => allow(type, to, 'type')),
        ],
      },
    ],
  },
};

export default ts.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'public/content/',
      'bench/.work/',
      'scripts/.shot.mjs',
      'tests/e2e/.probe.test.ts',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    files: ['**/*.ts', '**/*.svelte'],
    rules: {
      // TypeScript already checks names (and knows the build-time globals); no-undef cannot.
      'no-undef': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...ts.configs.disableTypeChecked,
  },
  layers,
);

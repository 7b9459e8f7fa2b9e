// Layer boundaries (DESIGN.md): shared/ is runtime-free; only renderer/state imports zustand;
// electron/ and shared/ never import renderer/; inside shared/, the areas import one way down (below).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const runtimeModules = ['electron', 'react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'stream', 'zlib', 'url', 'util', 'buffer'];

const sharedBase = [
  { group: runtimeModules, message: 'shared/ must stay runtime-free (no electron, react, zustand, node:*).' },
  { group: ['**/renderer/**', '**/electron/**', '**/cli/**'], message: 'shared/ imports nothing outside shared/.' },
];

/**
 * The inner core, one way down (VS Code's layering style): an area may import the areas listed for it and
 * nothing else of shared/. Leaves that everything may use: i18n/, text/, io/ and the root files (version.ts …).
 *   model → i18n only; import, mapping → model; readiness, design, ha → mapping/model;
 *   cost, waves, checklists → design (and below); plan → all areas; report → plan and areas.
 */
const AREAS = ['model', 'import', 'mapping', 'readiness', 'design', 'ha', 'cost', 'waves', 'checklists', 'plan', 'report'];
const MAY_IMPORT = {
  model: [],
  import: ['model'],
  mapping: ['model'],
  readiness: ['mapping', 'model'],
  design: ['mapping', 'model'],
  ha: ['mapping', 'model'],
  cost: ['design', 'readiness', 'ha', 'mapping', 'model'],
  waves: ['design', 'readiness', 'ha', 'mapping', 'model'],
  checklists: ['design', 'readiness', 'ha', 'mapping', 'model'],
  plan: ['import', 'mapping', 'readiness', 'design', 'ha', 'cost', 'waves', 'checklists', 'model'],
  report: ['plan', 'import', 'mapping', 'readiness', 'design', 'ha', 'cost', 'waves', 'checklists', 'model'],
};
const LEAVES = { i18n: [], text: [], io: [] };

/** Config blocks: for each area and folder depth, the relative imports that would climb to a forbidden area. */
function layeringBlocks() {
  const blocks = [];
  for (const [area, allowed] of [...Object.entries(MAY_IMPORT), ...Object.entries(LEAVES)]) {
    const forbidden = AREAS.filter((a) => a !== area && !allowed.includes(a));
    if (forbidden.length === 0) continue;
    const names = forbidden.join('|');
    const message = `shared/${area} may import ${allowed.length ? allowed.map((a) => `${a}/`).join(', ') : 'no other area'} (plus i18n/, text/, root files): the core imports one way down (eslint.config.js).`;
    for (let depth = 1; depth <= 5; depth++) {
      blocks.push({
        files: [`shared/${area}/${'*/'.repeat(depth - 1)}*.ts`],
        rules: {
          'no-restricted-imports': ['error', {
            patterns: [
              ...sharedBase,
              { regex: `^(\\.\\./){${depth}}(${names})(/|$)`, message },
              { regex: `(^|/)shared/(${names})(/|$)`, message },
            ],
          }],
        },
      });
    }
  }
  return blocks;
}

const sandbox = { group: ['electron', 'node:*', '**/electron/**', '**/cli/**'], message: 'renderer/ runs in a sandbox: no electron or node imports.' };
const noViews = { regex: '(^|/)views(/|$)', message: 'renderer/state and renderer/workers never import renderer/views (move what they share into state/, components/ or shared/).' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'templates/**/*.js', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: sharedBase }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  ...layeringBlocks(),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['zustand', 'zustand/*'], message: 'Only renderer/state imports zustand.' }, sandbox],
      }],
    },
  },
  {
    files: ['renderer/workers/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['zustand', 'zustand/*'], message: 'Only renderer/state imports zustand.' }, sandbox, noViews],
      }],
    },
  },
  {
    files: ['renderer/state/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [sandbox, noViews] }],
    },
  },
  {
    files: ['renderer/views/**/*.{ts,tsx}', 'renderer/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'vm2pve', message: 'Views use the platform bridge, never window.vm2pve.' }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**', 'react', 'zustand'], message: 'electron/ never imports renderer/.' }] }],
    },
  },
  {
    files: ['cli/**/*.{ts,mjs,js}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)renderer/views(/|$)', message: 'cli/ never imports renderer/views (the pipeline lives in shared/).' }] }],
    },
  },
  {
    files: ['*.config.{ts,js}', 'eslint.config.js', 'renderer/vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['cli/**/*.{ts,mjs,js}', 'test/**/*.{ts,mjs}', 'build/**/*.{ts,mjs,js}', '*.config.{ts,js}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);

// Layer boundaries (DESIGN.md): shared/ is runtime-free; only renderer/state imports zustand;
// electron/ and shared/ never import renderer/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const runtimeModules = ['electron', 'react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'stream', 'zlib', 'url', 'util', 'buffer'];

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
      'no-restricted-imports': ['error', {
        patterns: [
          { group: runtimeModules, message: 'shared/ must stay runtime-free (no electron, react, zustand, node:*).' },
          { group: ['**/renderer/**', '**/electron/**', '**/cli/**'], message: 'shared/ imports nothing outside shared/.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['zustand', 'zustand/*'], message: 'Only renderer/state imports zustand.' },
          { group: ['electron', 'node:*', '**/electron/**', '**/cli/**'], message: 'renderer/ runs in a sandbox: no electron or node imports.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/state/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['electron', 'node:*', '**/electron/**', '**/cli/**'], message: 'renderer/ runs in a sandbox.' }],
      }],
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
    files: ['*.config.{ts,js}', 'eslint.config.js', 'renderer/vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['cli/**/*.{ts,mjs,js}', 'test/**/*.{ts,mjs}', 'build/**/*.{ts,mjs,js}', '*.config.{ts,js}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);

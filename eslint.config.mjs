// Lint rules that keep Concordia's runtime layers apart (house style §2). Each block says why.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https', 'stream', 'zlib', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', '.cache/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', 'bench-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // A value import across a process boundary pulls the whole module into the other bundle.
      '@typescript-eslint/consistent-type-imports': 'error',
      // Unused code hides mistakes; an underscore marks a deliberately unused argument.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // core/ is the pure domain: it takes bytes and strings and returns values, so the CLI, the Electron main
    // process, the browser-mode server and the tests all run the same code.
    files: ['core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'core/ must not touch Node: take bytes and strings instead.' },
          { group: ['electron', 'electron/*'], message: 'core/ must not depend on Electron.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'core/ has no UI.' },
          { group: ['better-sqlite3'], message: 'Storage lives in electron/main/db.' },
          { group: ['**/electron/**', '**/renderer/**', '**/scripts/**'], message: 'core/ depends on nothing of ours outside core/.' },
        ],
      }],
    },
  },
  {
    // The IPC contract is shared by main, preload, renderer and the browser-mode server: zod and core types only.
    files: ['electron/ipc/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'The contract is shared with the renderer: no Node.' },
          { group: ['electron', 'electron/*'], message: 'The contract is shared with the browser: no Electron.' },
          { group: ['better-sqlite3'], message: 'The contract describes data, not storage.' },
        ],
      }],
    },
  },
  {
    // The renderer reaches main only through window.api or HTTP; it must run in a plain browser too.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'The renderer runs sandboxed: no Node.' },
          // A regex, not a glob: the glob "electron/*" would also match the shared contract in ../electron/ipc.
          { regex: '^electron(/.*)?$', message: 'Use window.api through renderer/api.ts.' },
          { group: ['better-sqlite3'], message: 'The store lives in main.' },
          { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'Only the IPC contract (as types) is shared.' },
        ],
      }],
    },
  },
  {
    // CLIs run under plain Node: no Electron, no UI code.
    files: ['scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          // A regex, not a glob: the glob "electron/*" would also match our own ../electron/main/services.
          { regex: '^electron(/.*)?$', message: 'CLIs run under plain Node.' },
          { group: ['**/renderer/**'], message: 'CLIs have no UI.' },
        ],
      }],
    },
  },
);

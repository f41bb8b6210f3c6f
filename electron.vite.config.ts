// electron-vite: main (ESM, better-sqlite3 and other dependencies stay external), the sandboxed preload (CJS,
// which a sandboxed preload requires) and the renderer.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: here('./out/main'),
      rollupOptions: { input: { index: here('./electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: here('./out/preload'),
      rollupOptions: {
        input: { index: here('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: here('./renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: here('./out/renderer'),
      rollupOptions: { input: { index: here('./renderer/index.html') } },
    },
  },
});

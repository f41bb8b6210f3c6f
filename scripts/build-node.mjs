#!/usr/bin/env node
// Compiles the Node entry points (scripts/concordia.ts, scripts/web.ts, scripts/start.ts, scripts/serve.ts) to plain JavaScript in
// out/node/, so `npm run concordia`, `npm run web` and `npm start` start without transpiling TypeScript on every
// call (tsx costs most of a command's start-up).
//
//   node scripts/build-node.mjs                 build (run by `npm install` through the "prepare" script)
//   node scripts/build-node.mjs --run NAME …    run out/node/NAME.js with the remaining arguments, rebuilding
//                                               first when any source it was built from is newer (or missing)
//
// Packages stay external (better-sqlite3 is native; electron, vite and the rest load from node_modules as they
// would under tsx). Commands are loaded on demand, so the build splits them into chunks that load only when used.
//
// Sources find the checkout by `import.meta.url` (the corpus beside scripts/, the built renderer in out/web). A
// bundle lives elsewhere, so every `import.meta.url` in a source file is rewritten to that source file's own URL,
// computed relative to the bundle at run time: the compiled code sees the paths it sees under tsx, and the
// checkout can still be moved. Each entry also sets process.argv[1] to its source file, so "am I the main
// module?" checks (scripts/web.ts) hold as under tsx.
//
// If esbuild is unavailable or the build fails, `--run` falls back to running the TypeScript through tsx.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'node');
const manifestPath = join(outDir, 'inputs.json');
export const ENTRIES = ['concordia', 'web', 'start', 'serve'];
/**
 * Packages loaded from node_modules at run time: native addons, Electron and the build tools (vite, esbuild), and
 * those that read their own files. Everything else is bundled: one file loads much faster than a package's many.
 */
const EXTERNAL = ['better-sqlite3', 'electron', 'vite', 'esbuild', 'tsx', '@electron/get', 'electron-vite', 'pg', 'pg-native', 'playwright-core', 'exceljs'];

/** Relative URL from a file in out/node/ to `file` in the checkout, with forward slashes. */
const fromOut = (file) => relative(outDir, file).split(sep).join('/');

/** Builds every entry into out/node/; writes the list of inputs with their build time. */
export async function build() {
  const esbuild = await import('esbuild');
  // Build beside out/node and swap it in, so a command starting meanwhile never sees half a build; the folder is
  // at the same depth, so the relative URLs written into the code hold after the rename.
  const tmpDir = `${outDir}-build-${process.pid}`;
  // Sources saved while the build runs must count as newer than it.
  const startedAt = Date.now();
  rmSync(tmpDir, { recursive: true, force: true });
  const inputs = new Set();
  const rewriteMetaUrl = {
    name: 'source-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?tsx?$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        let contents = await readFile(args.path, 'utf8');
        if (contents.includes('import.meta.url')) {
          contents = contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromOut(args.path))}, import.meta.url).href`);
        }
        return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
  for (const name of ENTRIES) {
    const source = join(root, 'scripts', `${name}.ts`);
    // The entry is a two-line stub: claim to be the source file, then load it (dynamically, so the claim comes
    // first: a static import would run the source's top level before it).
    const stub = [
      "import { fileURLToPath } from 'node:url';",
      `process.argv[1] = fileURLToPath(new URL(${JSON.stringify(fromOut(source))}, import.meta.url));`,
      `await import(${JSON.stringify(`./scripts/${name}.ts`)});`,
    ].join('\n');
    const result = await esbuild.build({
      stdin: { contents: stub, resolveDir: root, sourcefile: `${name}-entry.js`, loader: 'js' },
      outdir: tmpDir,
      entryNames: name,
      chunkNames: '[name]-[hash]',
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: EXTERNAL,
      banner: { js: "import { createRequire as __concordiaRequire } from 'node:module'; const require = __concordiaRequire(import.meta.url);" },
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'warning',
      plugins: [rewriteMetaUrl],
    });
    for (const input of Object.keys(result.metafile.inputs)) if (input !== `${name}-entry.js` && !input.startsWith('<stdin>')) inputs.add(input);
  }
  writeFileSync(join(tmpDir, 'inputs.json'), `${JSON.stringify({ builtAt: startedAt, inputs: [...inputs].sort() }, null, 1)}\n`);
  rmSync(outDir, { recursive: true, force: true });
  try {
    renameSync(tmpDir, outDir);
  } catch (e) {
    // Another process swapped in its build first: use that one.
    rmSync(tmpDir, { recursive: true, force: true });
    if (!existsSync(join(outDir, 'inputs.json'))) throw e;
  }
}

/** True when out/node has every entry and no input changed since the build. */
export function isFresh() {
  if (!existsSync(manifestPath) || ENTRIES.some((e) => !existsSync(join(outDir, `${e}.js`)))) return false;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return false;
  }
  for (const input of manifest.inputs) {
    try {
      if (statSync(join(root, input)).mtimeMs > manifest.builtAt) return false;
    } catch {
      return false; // a source was removed or renamed
    }
  }
  return true;
}

/** Runs the TypeScript entry through tsx, as before compiled builds existed. */
function runWithTsx(name, args) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', `${name}.ts`), ...args], { stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] !== '--run') {
    try {
      await build();
      console.log(`built ${ENTRIES.map((e) => `out/node/${e}.js`).join(', ')}`);
    } catch (e) {
      // Not fatal for `npm install`: `--run` retries, and falls back to tsx.
      console.warn(`build-node: could not compile the command line now (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); it will be compiled on first run.`);
    }
    return;
  }
  const [, name, ...args] = argv;
  if (!ENTRIES.includes(name)) {
    console.error(`build-node: --run takes one of ${ENTRIES.join(', ')}`);
    process.exit(2);
  }
  if (!isFresh()) {
    try {
      console.error('Compiling the command line (out/node): first run, or sources changed since the last build…');
      await build();
    } catch (e) {
      console.error(`build-node: could not compile (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); running the TypeScript through tsx instead.`);
      runWithTsx(name, args);
      return;
    }
  }
  process.argv = [process.argv[0], join(outDir, `${name}.js`), ...args];
  await import(pathToFileURL(join(outDir, `${name}.js`)).href);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

// Loads a renderer module at run time. tsconfig.node.json (which type-checks tests/) does not include renderer/,
// so a static import would fail with TS6307; the specifier is computed so tsc does not follow it, and the few
// types the tests use are declared where they are used. Requested fix: add renderer/ to tsconfig.node.json's
// include (or give tests/renderer its own tsconfig), then import statically.
export function loadRenderer<T>(path: string): Promise<T> {
  const specifier = ['..', '..', 'renderer', path].join('/');
  return import(/* @vite-ignore */ specifier) as Promise<T>;
}

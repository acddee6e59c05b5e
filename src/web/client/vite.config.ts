// Builds the web client into dist/web-client, served by `chancery serve`. Everything the page
// needs (code, styles, the world map) is bundled: nothing is fetched from elsewhere at run time.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { MAP_HEIGHT, MAP_WIDTH, worldPaths } from './world-paths.js';

const here = fileURLToPath(new URL('.', import.meta.url));

// `virtual:world-paths`: the country outlines projected at build time (see world-paths.ts).
function worldPathsPlugin(): Plugin {
  const id = 'virtual:world-paths';
  return {
    name: 'chancery-world-paths',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (source) =>
      source === `\0${id}`
        ? `export const width = ${MAP_WIDTH};\nexport const height = ${MAP_HEIGHT};\nexport const countries = ${JSON.stringify(worldPaths())};\n`
        : null,
  };
}

export default defineConfig({
  plugins: [worldPathsPlugin()],
  root: here,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../dist/web-client', import.meta.url)),
    emptyOutDir: true,
    // Inline assets would need data: URLs for scripts; keep every asset a file under 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
  },
});

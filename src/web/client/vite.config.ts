// Builds the web client into dist/web-client, served by `chancery serve`. Everything the page
// needs (code, styles, the world map) is bundled: nothing is fetched from elsewhere at run time.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
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

// Vite bundles imported stylesheets.
declare module '*.css';

// Country outlines projected at build time by vite.config.ts.
declare module 'virtual:world-paths' {
  export const width: number;
  export const height: number;
  export const countries: readonly { readonly code: string | null; readonly name: string; readonly d: string }[];
}

import { fileURLToPath } from 'node:url';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The server (apps/server) listens here in development; the browser only ever talks to
// the Vite origin, so cookies and the CSRF header stay same-origin.
const server = 'http://127.0.0.1:3000';

export default defineConfig({
  root: here('.'),
  plugins: [
    // Before the React plugin: it rewrites route files so each route's component is its own chunk.
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      routesDirectory: here('./src/routes'),
      generatedRouteTree: here('./src/routeTree.gen.ts'),
      quoteStyle: 'single',
      semicolons: true,
    }),
    react(),
  ],
  server: {
    port: 5173,
    proxy: { '/trpc': server, '/api': server, '/healthz': server },
  },
  preview: { port: 4173 },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    // antd's table and form pieces land in the route chunks; 600 kB keeps the warning for real growth.
    chunkSizeWarningLimit: 600,
  },
});

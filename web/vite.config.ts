import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The live map served by the API server at `/`, and the operator reports at `/operator.html`
// (src/server/web-app.ts serves dist/web).
// `npm run build` builds it; `npx vite --config web/vite.config.ts` serves it with reload,
// forwarding /graphql (HTTP and WebSocket) to a server on :4000.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // relative asset URLs: the page works wherever the server mounts it
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // the live map and the operator reports page
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        operator: fileURLToPath(new URL('operator.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
  },
});

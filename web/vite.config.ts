// The publisher portal's build: `npm run build:web` writes web/dist, which the service serves (src/platform/http/portal.ts).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  // `npm run dev:web` proxies the API to a service started with `npm run demo`.
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});

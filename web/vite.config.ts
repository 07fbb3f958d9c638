import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

// `npm run build` → web/dist, served by `centinela serve` at `/`. `vite --config web/vite.config.ts` serves the
// app in development and proxies the API to a local `centinela serve` (CENTINELA_API, default port 8080).
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // MapLibre and sigma are large and change rarely: separate chunks keep the app chunk small and cached.
        manualChunks(id: string) {
          if (id.includes('node_modules/maplibre-gl')) return 'maplibre';
          if (id.includes('node_modules/sigma') || id.includes('node_modules/graphology')) return 'graph';
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: { '/api': process.env.CENTINELA_API ?? 'http://127.0.0.1:8080' },
  },
});

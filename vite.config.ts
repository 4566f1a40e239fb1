import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server proxies the API and the sync socket to a running Journeyboard server,
// so `npm run dev` gives hot reload against real data.
const backend = process.env.JOURNEYBOARD_BACKEND ?? 'http://127.0.0.1:5173';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Font slices stay files of their own: inlined, every page would carry them in its CSS,
    // wanted or not, where a slice as a file is fetched only by a page that shows its glyphs.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  server: {
    port: 5174,
    proxy: {
      '/api': backend,
      '/healthz': backend,
      '/sync': { target: backend, ws: true },
    },
  },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative base so the built app works from any sub-path or a USB stick at an expo.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // Leaflet and Recharts are large; keep them in their own long-cached chunks.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React and the tiny modules it shares with Recharts (use-sync-external-store) get their own
            // group; otherwise the shared module lands in the Recharts chunk and drags it into first load.
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/,
              priority: 20,
            },
            { name: 'leaflet', test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]/ },
            { name: 'recharts', test: /node_modules[\\/](recharts|d3-|victory-vendor|decimal\.js)/ },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});

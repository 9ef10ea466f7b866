import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

const here = import.meta.dirname;

export default defineConfig({
  root: path.join(here, 'src-renderer'),
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist', 'app', 'renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: path.join(here, 'src-renderer', 'index.html'),
        error: path.join(here, 'src-renderer', 'error.html'),
      },
    },
  },
});

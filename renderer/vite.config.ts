import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
// The build config runs in Node (not in the sandboxed renderer), so it may use node:path / node:url.
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url';
// eslint-disable-next-line no-restricted-imports
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/ipc';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

/**
 * The built page carries the same CSP as the server header (dev mode keeps Vite's inline HMR scripts).
 * `frame-ancestors` is left out of the meta copy only: browsers ignore it there (and log an error); the
 * response header of both the Electron protocol and the web server carries it.
 */
const META_CSP = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');

function cspMeta(): Plugin {
  return {
    name: 'vm2pve-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`);
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: path.join(root, 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 6000,
    reportCompressedSize: false,
    // The worker bundles (SheetJS, pdfmake) are big; their build time is expected, not a warning.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', fs: { allow: [root] } },
});

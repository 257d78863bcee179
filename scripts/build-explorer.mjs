// Bundles the explorer page (src/explorer) with its npm dependencies — d3-geo, world-atlas,
// sigma, graphology — into dist/explorer, so /explore works offline with no CDN.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, 'dist/explorer');
mkdirSync(outdir, { recursive: true });

await build({
  entryPoints: [resolve(root, 'src/explorer/main.ts')],
  outfile: resolve(outdir, 'explorer.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
  // graphql's print() checks process.env.NODE_ENV; in the page it is production.
  define: { 'process.env.NODE_ENV': '"production"' },
});
cpSync(resolve(root, 'src/explorer/explorer.css'), resolve(outdir, 'explorer.css'));

// Writes a copy of manifest.xml whose URLs point at the organisation's host instead of
// https://localhost:3000, the development server.
//   node scripts/addin-manifest.mjs --base-url https://apps.example.org/oss-assist [--out dist/addin/manifest.xml]
// Without --base-url it uses ADDIN_BASE_URL, else keeps localhost (what `npm run build:addin` does).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEV_BASE = 'https://localhost:3000';

/** Returns the manifest text with every development URL moved under baseUrl. */
export function rebaseManifest(xml, baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`--base-url "${baseUrl}" is not a URL. Example: --base-url https://apps.example.org/oss-assist`);
  }
  // Outlook loads add-ins only over https.
  if (url.protocol !== 'https:') throw new Error(`--base-url must start with https:// (got ${url.protocol}//).`);
  if (url.search || url.hash) throw new Error('--base-url must not have a query (?) or a fragment (#).');
  const base = url.href.replace(/\/+$/, '');
  // AppDomain takes an origin; every other URL takes the full base path.
  return xml
    .replaceAll(`<AppDomain>${DEV_BASE}</AppDomain>`, `<AppDomain>${url.origin}</AppDomain>`)
    .replaceAll(`"${DEV_BASE}/`, `"${base}/`);
}

function main() {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      out: { type: 'string', default: 'dist/addin/manifest.xml' },
    },
  });
  const baseUrl = values['base-url'] ?? process.env.ADDIN_BASE_URL ?? DEV_BASE;
  const out = resolve(ROOT, values.out);
  const xml = rebaseManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), baseUrl);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, xml);
  console.log(`Wrote ${out} for ${baseUrl}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

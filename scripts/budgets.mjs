// Size budgets for what people download: measured from the built files, gzip level 9 per file
// (as a web server sends them), summed over everything a page loads when it opens.
// Used by scripts/sizes.mjs (after `npm run build`) and tests/e2e/budgets.test.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

/** 1 KB = 1,000 bytes, as Vite prints sizes: the stricter reading of each budget. */
export const KB = 1000;

export const BUDGETS = [
  { id: 'popup', label: 'Extension popup JS', max: 160 * KB },
  { id: 'pane', label: 'Outlook task pane JS (office.js excluded)', max: 160 * KB },
  { id: 'send', label: 'Outlook send-time script', max: 60 * KB },
  // The zip holds the import worker, which reads PDFs (pdfjs, ~330 KB zipped) and Word files
  // (mammoth, ~110 KB) in the browser; no page loads it until a document is imported.
  { id: 'zip', label: 'Chrome zip (as uploaded)', max: 1000 * KB },
];

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The router's model, shipped inside the send-time script (one plain script cannot load it later). */
export const MODEL_FILE = join('data', 'iom-oss.model.json');

/**
 * The send-time script may exceed its budget by the model's gzip size and no more: the allowance
 * is measured from the model file itself, so a bigger model needs no loosened constant, and
 * anything else that grows the script still fails the budget.
 */
export function modelAllowance(root = process.cwd()) {
  const file = join(root, MODEL_FILE);
  return existsSync(file) ? gzipSize(file) : 0;
}

// Microsoft's office.js comes from its CDN (a store rule), never from our files.
const isExternal = (src) => /^(?:[a-z]+:)?\/\//i.test(src) || /(?:^|\/)office(?:\.debug)?\.js$/i.test(src);

/** The page's scripts (they run) and its module preloads (fetched and compiled, not run). */
function pageScripts(html) {
  const scripts = [];
  const preloads = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('src')) scripts.push(attr('src'));
    if (/^<link/i.test(tag) && /modulepreload/i.test(attr('rel') ?? '') && attr('href')) preloads.push(attr('href'));
  }
  return { scripts: scripts.filter((src) => !isExternal(src)), preloads: preloads.filter((src) => !isExternal(src)) };
}

/** "/chunks/a.js" is relative to the output root; "./assets/a.js" to the file that names it. */
function resolveSrc(root, from, src) {
  const clean = src.split(/[?#]/)[0];
  return clean.startsWith('/') ? join(root, clean) : resolve(dirname(from), clean);
}

/**
 * Every JS file a page runs when it opens: its scripts, then each static import, transitively.
 * Dynamic import() chunks run only when a feature needs them: listed apart, not counted. A module
 * preload that nothing run at open imports statically (the popup names the chunks it imports
 * right after first paint, so the browser reads them meanwhile) is fetched but not run: listed as
 * `preloaded`, not counted. A module preload that is missing from the build is missing.
 */
export async function pageJs(root, htmlFile) {
  await init;
  const html = join(root, htmlFile);
  if (!existsSync(html)) return { files: [], lazy: [], preloaded: [], missing: [relative(process.cwd(), html)] };
  const files = new Set();
  const lazy = new Set();
  const missing = [];
  const named = pageScripts(readFileSync(html, 'utf8'));
  const preloads = named.preloads.map((src) => resolveSrc(root, html, src));
  for (const file of preloads) if (!existsSync(file)) missing.push(relative(process.cwd(), file));
  const queue = named.scripts.map((src) => resolveSrc(root, html, src));
  while (queue.length) {
    const file = queue.shift();
    if (files.has(file)) continue;
    if (!existsSync(file)) {
      missing.push(relative(process.cwd(), file));
      continue;
    }
    files.add(file);
    const [imports] = parse(readFileSync(file, 'utf8'));
    for (const spec of imports) {
      if (!spec.n || isExternal(spec.n) || !/^[./]/.test(spec.n)) continue;
      const target = resolveSrc(root, file, spec.n);
      if (spec.d === -1) queue.push(target);
      else if (spec.d >= 0) lazy.add(target);
    }
  }
  const preloaded = preloads.filter((f) => existsSync(f) && !files.has(f));
  return { files: [...files], lazy: [...lazy].filter((f) => !files.has(f)), preloaded, missing };
}

function findFile(dir, pattern) {
  if (!existsSync(dir)) return null;
  const name = readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()[0];
  return name ? join(dir, name) : null;
}

/**
 * Measures every budget under `root` (the repository). A row with `missing` files means the
 * build did not produce what the budget measures: that is a failure too, never a pass.
 */
export async function measureBudgets(root = process.cwd()) {
  const ext = join(root, '.output', 'chrome-mv3');
  const addin = join(root, 'dist', 'addin');
  const popup = await pageJs(ext, 'popup.html');
  const pane = await pageJs(addin, 'taskpane.html');
  const send = join(addin, 'send-check.js');
  const zip = findFile(join(root, '.output'), /-chrome\.zip$/);
  const found = {
    popup: { ...popup, bytes: popup.files.reduce((n, f) => n + gzipSize(f), 0) },
    pane: { ...pane, bytes: pane.files.reduce((n, f) => n + gzipSize(f), 0) },
    send: existsSync(send)
      ? { files: [send], lazy: [], preloaded: [], missing: [], bytes: gzipSize(send) }
      : { files: [], lazy: [], preloaded: [], missing: [relative(root, send)], bytes: 0 },
    // A zip is already compressed: its size on disk is what the store and the browser receive.
    zip: zip
      ? { files: [zip], lazy: [], preloaded: [], missing: [], bytes: statSync(zip).size }
      : { files: [], lazy: [], preloaded: [], missing: ['.output/*-chrome.zip'], bytes: 0 },
  };
  // The router's model is new weight in two places, each allowed its measured size and no more: the
  // send-time script (inline) and the zip (the popup's lazy routing chunk). The 1 MB zip budget was
  // set for the document readers before the model existed.
  const model = modelAllowance(root);
  const allowance = { send: model, zip: model };
  return BUDGETS.map((budget) => {
    const extra = allowance[budget.id] ?? 0;
    const b = extra ? { ...budget, max: budget.max + extra, label: `${budget.label} (+ model ${kb(extra)})` } : budget;
    const m = found[b.id];
    const ok = m.missing.length === 0 && m.files.length > 0 && m.bytes <= b.max;
    return {
      ...b,
      bytes: m.bytes,
      files: m.files.map((f) => relative(root, f)),
      lazy: m.lazy.map((f) => relative(root, f)),
      preloaded: (m.preloaded ?? []).map((f) => relative(root, f)),
      missing: m.missing,
      ok,
    };
  });
}

export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

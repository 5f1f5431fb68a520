// Development-only pieces of the pane's Vite config: HTTPS certificates, office.js from the
// installed package (offline), and the built send-time script at /send-check.js.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIST = resolve(here, '../../node_modules/@microsoft/office-js/dist');

/**
 * The certificates `npx office-addin-dev-certs install` writes. They are read from disk
 * rather than through the package so starting the dev server sends nothing anywhere.
 */
export function devHttps(): { key: Buffer; cert: Buffer } | undefined {
  const dir = join(homedir(), '.office-addin-dev-certs');
  const key = join(dir, 'localhost.key');
  const cert = join(dir, 'localhost.crt');
  if (existsSync(key) && existsSync(cert)) return { key: readFileSync(key), cert: readFileSync(cert) };
  console.warn(
    [
      '',
      '  No development certificate in ~/.office-addin-dev-certs.',
      '  Outlook loads add-ins only over HTTPS. Run once:  npx office-addin-dev-certs install',
      '  then run `npm run dev:addin` again. Serving http://localhost:3000 meanwhile (a browser works; Outlook will not).',
      '',
    ].join('\n'),
  );
  return undefined;
}

/** Serves office.js from @microsoft/office-js so development works offline. OFFICE_JS=cdn keeps the CDN. */
export function localOfficeJs(): Plugin {
  return {
    name: 'oss-assist:local-office-js',
    transformIndexHtml(html) {
      return process.env.OFFICE_JS === 'cdn' ? html : html.replace(OFFICE_JS_CDN, '/office-js/office.js');
    },
    configureServer(server) {
      server.middlewares.use('/office-js/', (req, res, next) => {
        const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
        const file = join(OFFICE_JS_DIST, path);
        if (!file.startsWith(OFFICE_JS_DIST) || !existsSync(file)) return next();
        res.setHeader('Content-Type', extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
  };
}

/** The send-time script is built by vite.send.config.ts (npm run dev:addin builds it first). */
export function serveSendCheck(): Plugin {
  const built = resolve(here, '../../dist/addin/send-check.js');
  return {
    name: 'oss-assist:send-check',
    configureServer(server) {
      server.middlewares.use('/send-check.js', (_req, res) => {
        if (!existsSync(built)) {
          res.statusCode = 404;
          res.end('Run `vite build -c addin/vite.send.config.ts` first.');
          return;
        }
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(built));
      });
    },
  };
}

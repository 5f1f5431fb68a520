// Serves the built add-in (dist/addin) on 127.0.0.1 for the end-to-end test, with office.js
// from the installed @microsoft/office-js package instead of Microsoft's CDN, and an
// optional org-pack.json beside the pane, as an organisation would ship it.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export const ROOT = join(import.meta.dirname, '..', '..');
export const ADDIN_DIST = join(ROOT, 'dist', 'addin');
const OFFICE_JS_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

export interface AddinServer {
  origin: string;
  /** The org-pack.json to serve next to the pane; null answers 404 (the normal case). */
  setOrgPack(text: string | null): void;
  close(): Promise<void>;
}

function file(base: string, urlPath: string): string | null {
  const path = join(base, normalize(decodeURIComponent(urlPath)));
  if (!path.startsWith(base) || !existsSync(path) || !statSync(path).isFile()) return null;
  return path;
}

export async function serveAddin(): Promise<AddinServer> {
  let orgPack: string | null = null;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/org-pack.json') {
      if (orgPack === null) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      } else {
        res.writeHead(200, { 'Content-Type': TYPES['.json']! }).end(orgPack);
      }
      return;
    }
    const fromOffice = url.pathname.startsWith('/office-js/');
    const path = fromOffice
      ? file(OFFICE_JS_DIST, url.pathname.slice('/office-js'.length))
      : file(ADDIN_DIST, url.pathname);
    if (!path) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    let body: Buffer | string = readFileSync(path);
    if (extname(path) === '.html') body = body.toString('utf8').replace(OFFICE_JS_CDN, '/office-js/office.js');
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setOrgPack(text) {
      orgPack = text;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

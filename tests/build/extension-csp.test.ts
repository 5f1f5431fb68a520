// The built extension keeps the browser's strict default content-security policy and asks for
// no host access: it reads a page only when the person invokes it (activeTab).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILDS = [
  ['Chrome (MV3)', '.output/chrome-mv3/manifest.json'],
  ['Firefox (MV2)', '.output/firefox-mv2/manifest.json'],
] as const;

// A permission that names a site: "<all_urls>", "*://*/*", "https://example.org/*".
const HOST_PATTERN = /<all_urls>|:\/\/|^\*/;

describe.each(BUILDS)('the built %s manifest', (_name, path) => {
  const file = join(ROOT, path);

  it('exists (npm run build ran)', () => {
    expect(existsSync(file), path).toBe(true);
  });

  const manifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};

  it('does not override the content-security policy', () => {
    expect(manifest).not.toHaveProperty('content_security_policy');
  });

  it('asks for no host permissions', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    const permissions = [
      ...((manifest.permissions as string[] | undefined) ?? []),
      ...((manifest.optional_permissions as string[] | undefined) ?? []),
    ];
    expect(permissions.filter((p) => HOST_PATTERN.test(p))).toEqual([]);
    expect(permissions).toContain('activeTab');
  });

  // Nothing runs in, or is reachable from, a web page unless the person invokes the extension.
  it('injects no content script into pages on its own', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });
});

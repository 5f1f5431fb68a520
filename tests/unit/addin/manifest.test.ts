// manifest.xml, checked offline: well-formed, every resid defined, https only, ids unique and
// short enough, the send handler's name, and the icons it points at.
// (`npx office-addin-manifest validate manifest.xml` checks the schema too but needs the internet.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { COMPOSE_PANE_COMMAND_ID, SEND_HANDLER_NAME } from '../../../addin/src/send-handler';
import { rebaseManifest } from '../../../scripts/addin-manifest.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const XML = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const DEV_BASE = 'https://localhost:3000/';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

// fast-xml-parser's ordered output turned into a plain element tree.
function toTree(nodes: Record<string, unknown>[]): El[] {
  const out: El[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name === '#text' || name === '#comment' || name === '?xml') continue;
    const raw = node[name] as Record<string, unknown>[];
    const attrs = (node[':@'] ?? {}) as Record<string, string>;
    const text = raw
      .filter((c) => '#text' in c)
      .map((c) => String(c['#text']))
      .join('');
    out.push({ name, attrs, children: toTree(raw), text });
  }
  return out;
}

function parse(xml: string): El {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    commentPropName: '#comment',
  });
  const [root] = toTree(parser.parse(xml) as Record<string, unknown>[]);
  if (!root) throw new Error('no root element');
  return root;
}

function all(el: El, pred: (e: El) => boolean, stopAt?: (e: El) => boolean): El[] {
  const found: El[] = [];
  for (const child of el.children) {
    if (pred(child)) found.push(child);
    if (!stopAt?.(child)) found.push(...all(child, pred, stopAt));
  }
  return found;
}

const local = (name: string) => name.split(':').pop();
const isVersionOverrides = (e: El) => e.name === 'VersionOverrides';

const root = parse(XML);
// The outer VersionOverrides (1.0) holds the inner one (1.1); each has its own Resources.
const v10 = all(root, isVersionOverrides, isVersionOverrides)[0]!;
const v11 = all(v10, isVersionOverrides, isVersionOverrides)[0]!;
const levels = [
  { name: 'VersionOverrides 1.0', el: v10 },
  { name: 'VersionOverrides 1.1', el: v11 },
];

describe('manifest.xml', () => {
  it('is well-formed XML for a mail add-in', () => {
    expect(XMLValidator.validate(XML)).toBe(true);
    expect(root.name).toBe('OfficeApp');
    expect(root.attrs['xsi:type']).toBe('MailApp');
    const id = all(root, (e) => e.name === 'Id')[0]?.text;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(v10.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    expect(v11.attrs['xsi:type']).toBe('VersionOverridesV1_1');
    expect(all(root, (e) => e.name === 'Permissions')[0]?.text).toBe('ReadWriteItem');
  });

  it('asks honestly for Mailbox 1.1 and gates the rest per VersionOverrides', () => {
    const sets = all(root, (e) => e.name === 'Set', isVersionOverrides);
    expect(sets.map((s) => s.attrs)).toEqual([{ Name: 'Mailbox', MinVersion: '1.1' }]);
    const min = (el: El) => all(el, (e) => local(e.name) === 'Sets', isVersionOverrides)[0]?.attrs.DefaultMinVersion;
    expect(min(v10)).toBe('1.3'); // add-in command buttons
    expect(min(v11)).toBe('1.12'); // Smart Alerts (OnMessageSend)
  });

  it.each(levels)(
    '$name: every resid is defined in its own Resources, ids at most 32 characters and unique',
    ({ el }) => {
      const resources = all(el, (e) => e.name === 'Resources', isVersionOverrides)[0]!;
      const defined = all(resources, (e) => e.attrs.id !== undefined);
      const ids = defined.map((e) => e.attrs.id!);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id.length, id).toBeLessThanOrEqual(32);
      const used = all(el, (e) => e.attrs.resid !== undefined, isVersionOverrides).map((e) => e.attrs.resid!);
      expect(used.length).toBeGreaterThan(0);
      for (const resid of used) expect(ids, `resid ${resid}`).toContain(resid);
    },
  );

  it.each(levels)('$name: group and control ids are unique and at most 125 characters', ({ el }) => {
    const ids = all(el, (e) => (e.name === 'Group' || e.name === 'Control') && !!e.attrs.id, isVersionOverrides).map(
      (e) => e.attrs.id!,
    );
    expect(ids.length).toBeGreaterThanOrEqual(4);
    // Each surface has its own group and button: read and compose must not share an id.
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(125);
    expect(ids).toContain(COMPOSE_PANE_COMMAND_ID);
  });

  it('uses https for every URL', () => {
    const urls = [
      ...all(
        root,
        (e) =>
          ['SourceLocation', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].includes(e.name) &&
          !!e.attrs.DefaultValue,
      ).map((e) => e.attrs.DefaultValue!),
      ...all(root, (e) => local(e.name) === 'Image' || local(e.name) === 'Url').flatMap((e) =>
        e.attrs.DefaultValue ? [e.attrs.DefaultValue] : [],
      ),
      ...all(root, (e) => e.name === 'AppDomain').map((e) => e.text),
    ];
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(new URL(url).protocol, url).toBe('https:');
  });

  it('keeps display strings within Office limits', () => {
    const within = (name: string, max: number) => {
      for (const e of all(root, (x) => x.name === name)) {
        for (const v of [e.attrs.DefaultValue, ...e.children.map((c) => c.attrs.Value)])
          if (v) expect(v.length, v).toBeLessThanOrEqual(max);
      }
    };
    within('DisplayName', 125);
    within('Description', 250);
    const short = all(root, (e) => local(e.name) === 'ShortStrings').flatMap((s) => s.children);
    const long = all(root, (e) => local(e.name) === 'LongStrings').flatMap((s) => s.children);
    for (const s of short)
      for (const v of [s.attrs.DefaultValue, ...s.children.map((c) => c.attrs.Value)])
        expect(v!.length).toBeLessThanOrEqual(125);
    for (const s of long)
      for (const v of [s.attrs.DefaultValue, ...s.children.map((c) => c.attrs.Value)])
        expect(v!.length).toBeLessThanOrEqual(250);
  });

  it('runs the send check with the function the script associates, never a hard block', () => {
    const events = all(v11, (e) => e.name === 'LaunchEvent');
    expect(events).toHaveLength(1);
    expect(events[0]!.attrs).toMatchObject({ Type: 'OnMessageSend', FunctionName: SEND_HANDLER_NAME });
    expect(['PromptUser', 'SoftBlock']).toContain(events[0]!.attrs.SendMode);
    // The version without the runtime (1.0) has no launch event.
    expect(all(v10, (e) => e.name === 'LaunchEvent', isVersionOverrides)).toHaveLength(0);
  });

  it('gives the send check an HTML page (web, new Outlook) and the plain script (classic Outlook)', () => {
    const url = (id: string) => all(v11, (e) => local(e.name) === 'Url' && e.attrs.id === id)[0]?.attrs.DefaultValue;
    const runtime = all(v11, (e) => e.name === 'Runtime')[0]!;
    const page = url(runtime.attrs.resid!)!;
    const script = url(
      runtime.children.find((c) => c.name === 'Override' && c.attrs.type === 'javascript')!.attrs.resid!,
    )!;
    expect(script).toBe(`${DEV_BASE}send-check.js`);
    const pageFile = join(ROOT, 'addin', 'public', page.slice(DEV_BASE.length));
    expect(existsSync(pageFile), pageFile).toBe(true);
    expect(readFileSync(pageFile, 'utf8')).toContain('<script src="send-check.js"></script>');
  });

  it('points at icons that exist, with the sizes it says', () => {
    const images = [
      ...all(root, (e) => local(e.name) === 'Image' && !!e.attrs.DefaultValue).map((e) => ({
        url: e.attrs.DefaultValue!,
        size: Number(e.attrs.id!.split('.')[1]),
      })),
      { url: all(root, (e) => e.name === 'IconUrl')[0]!.attrs.DefaultValue!, size: 64 },
      { url: all(root, (e) => e.name === 'HighResolutionIconUrl')[0]!.attrs.DefaultValue!, size: 128 },
    ];
    for (const { url, size } of images) {
      expect(url.startsWith(DEV_BASE)).toBe(true);
      // Files under addin/public are copied to the build as they are.
      const file = join(ROOT, 'addin', 'public', url.slice(DEV_BASE.length));
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('the task pane and its button point at pages that exist', () => {
    const pages = new Set(
      all(root, (e) => e.name === 'SourceLocation' && !!e.attrs.DefaultValue).map((e) =>
        e.attrs.DefaultValue!.slice(DEV_BASE.length),
      ),
    );
    expect([...pages]).toEqual(['taskpane.html']);
    expect(existsSync(join(ROOT, 'addin', 'src', 'taskpane.html'))).toBe(true);
  });
});

describe('scripts/addin-manifest.mjs', () => {
  it('moves every URL to the organisation host and keeps the manifest valid', () => {
    const out: string = rebaseManifest(XML, 'https://apps.example.org/oss-assist/');
    expect(XMLValidator.validate(out)).toBe(true);
    const rebased = parse(out);
    const values = all(rebased, (e) => !!e.attrs.DefaultValue && /^https?:/.test(e.attrs.DefaultValue)).map(
      (e) => e.attrs.DefaultValue!,
    );
    expect(values.length).toBeGreaterThan(10);
    for (const v of values) expect(v.startsWith('https://apps.example.org/oss-assist/'), v).toBe(true);
    expect(all(rebased, (e) => e.name === 'AppDomain').map((e) => e.text)).toEqual(['https://apps.example.org']);
  });

  it('refuses a base URL that is not https', () => {
    expect(() => rebaseManifest(XML, 'http://apps.example.org')).toThrow(/https/);
    expect(() => rebaseManifest(XML, 'apps.example.org')).toThrow(/not a URL/);
  });
});

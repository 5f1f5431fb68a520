// The browser adapter of the HostPort: where the selection comes from, and how a draft opens.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserPort } from '../../../utils/browser-port';
import { createHandoff, isTakeSelection } from '../../../utils/handoff';

const draft = {
  to: ['rso.goma@example.org'],
  cc: ['OSS@iom.int'],
  subject: 'Service refused',
  body: 'Dear RSO,',
  html: '<p>Dear RSO,</p>',
};

function stubScripting(impl: () => Promise<{ result: unknown }[]>) {
  const executeScript = vi.fn((_details: { target: { tabId: number; allFrames?: boolean } }) => impl());
  Object.assign(fakeBrowser.scripting, { executeScript });
  return executeScript;
}

function handOver(text: string | null) {
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!isTakeSelection(message)) return;
    sendResponse(text);
    return true;
  });
}

describe('browser port', () => {
  let activeTab: number | undefined;
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    // The page the person is reading: the active tab of the current window.
    const win = await fakeBrowser.windows.create({ focused: true });
    activeTab = (
      await fakeBrowser.tabs.create({ windowId: win?.id, url: 'https://outlook.office.com/mail/', active: true })
    ).id;
  });

  it('reads the selection of the active tab with scripting', async () => {
    const executeScript = stubScripting(async () => [{ result: '' }, { result: '  Our driver was refused entry  ' }]);
    const context = await createBrowserPort().readContext!();
    expect(context).toEqual({ mode: 'selection', text: 'Our driver was refused entry' });
    expect(activeTab).toBeGreaterThan(0);
    expect(executeScript.mock.calls[0]?.[0]).toMatchObject({ target: { tabId: activeTab, allFrames: true } });
  });

  it('reads the tab it was opened for', async () => {
    const executeScript = stubScripting(async () => [{ result: 'text' }]);
    await createBrowserPort({ tabId: 77 }).readContext!();
    expect(executeScript.mock.calls[0]?.[0]).toMatchObject({ target: { tabId: 77 } });
  });

  it('resolves null when nothing is selected', async () => {
    stubScripting(async () => [{ result: '' }]);
    expect(await createBrowserPort().readContext!()).toBeNull();
  });

  it('rejects when the page cannot be read and nothing was handed over', async () => {
    stubScripting(async () => {
      throw new Error('Cannot access contents of the page');
    });
    await expect(createBrowserPort().readContext!()).rejects.toThrow('Cannot access');
  });

  it('uses the text the context menu handed over when the page cannot be read', async () => {
    stubScripting(async () => {
      throw new Error('Cannot access a chrome-extension:// URL');
    });
    handOver('Kidnapped near the border');
    expect(await createBrowserPort().readContext!()).toEqual({ mode: 'selection', text: 'Kidnapped near the border' });
  });

  it('keeps the longer text when the hand-over was shortened', async () => {
    stubScripting(async () => [{ result: 'Our colleague was refused at the clinic, full text' }]);
    handOver('Our colleague was');
    expect(await createBrowserPort().readContext!()).toEqual({
      mode: 'selection',
      text: 'Our colleague was refused at the clinic, full text',
    });
  });

  it('opens a short draft as a mailto: link', async () => {
    const openUrl = vi.fn(async (_url: string) => undefined);
    const copy = vi.fn(async (_text: string, _html?: string) => undefined);
    const result = await createBrowserPort({ openUrl, copy }).openDraft!(draft);
    expect(result).toBeUndefined();
    expect(copy).not.toHaveBeenCalled();
    const url = openUrl.mock.calls[0]?.[0] as string;
    expect(url.startsWith('mailto:')).toBe(true);
    expect(decodeURIComponent(url)).toContain('rso.goma@example.org');
    expect(decodeURIComponent(url)).toContain('Service refused');
  });

  it('opens a draft too long for a mailto: link with To, Cc and Subject, and copies its body', async () => {
    const openUrl = vi.fn(async (_url: string) => undefined);
    const copy = vi.fn(async (_text: string, _html?: string) => undefined);
    const long = { ...draft, body: 'Details of the incident. '.repeat(2000) };
    const result = await createBrowserPort({ openUrl, copy }).openDraft!(long);
    expect(result).toBe('body-copied');
    expect(copy).toHaveBeenCalledWith(long.body, long.html);
    const url = new URL(openUrl.mock.calls[0]![0]);
    expect(url.protocol).toBe('mailto:');
    expect(decodeURIComponent(url.pathname)).toBe(long.to.join(','));
    expect(url.searchParams.get('cc')).toBe(long.cc.join(','));
    expect(url.searchParams.get('subject')).toBe(long.subject);
    expect(url.searchParams.has('body')).toBe(false);
  });

  it('copies the whole draft when even To, Cc and Subject cannot make a safe link', async () => {
    const openUrl = vi.fn(async (_url: string) => undefined);
    const copy = vi.fn(async (_text: string, _html?: string) => undefined);
    const bad = { ...draft, to: ['a@example.org?bcc=x@example.org'] };
    const result = await createBrowserPort({ openUrl, copy }).openDraft!(bad);
    expect(result).toBe('copied');
    expect(openUrl).not.toHaveBeenCalled();
    expect(copy).toHaveBeenCalledWith(`${bad.subject}\n\n${bad.body}`, bad.html);
  });
});

describe('hand-over', () => {
  it('gives the text once, and not after it went stale', () => {
    let now = 1_000;
    const handoff = createHandoff(() => now);
    handoff.put('selected');
    expect(handoff.take()).toBe('selected');
    expect(handoff.take()).toBeNull();
    handoff.put('old');
    now += 61_000;
    expect(handoff.take()).toBeNull();
  });
});

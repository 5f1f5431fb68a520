// Reads the selected text of a tab. Runs with activeTab: the toolbar button, the keyboard
// command and the context menu each grant it for the current tab, and nothing else does.
import { browser } from 'wxt/browser';
import { debug } from '../shared/core/model/debug';

// Runs inside the page, so it must not use anything from this module's scope.
function selectedText(): string {
  const el = document.activeElement;
  if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === 'text')) {
    return el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
  }
  return window.getSelection()?.toString() ?? '';
}

/** The selection in the tab (any frame we may read), '' when none. Rejects when the page cannot be read. */
export async function readSelection(tabId: number): Promise<string> {
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: selectedText });
  } catch (error) {
    // A frame we may not read makes allFrames fail on some browsers: try the top frame alone.
    debug('selection: all frames', error);
    results = await browser.scripting.executeScript({ target: { tabId }, func: selectedText });
  }
  const texts = results.map((r) => (typeof r.result === 'string' ? r.result.trim() : '')).filter(Boolean);
  // The longest is the one the person meant; other frames return '' or a stray word.
  return texts.sort((a, b) => b.length - a.length)[0] ?? '';
}

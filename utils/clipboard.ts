// Copy from an extension page. The async Clipboard API first (it carries HTML as well);
// the copy-event route when it is refused (Firefox before ClipboardItem, a page not focused).
import { debug } from '../shared/core/model/debug';
export async function copyToClipboard(text: string, html?: string): Promise<void> {
  try {
    if (html && typeof ClipboardItem === 'function') {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    return;
  } catch (error) {
    // fall through
    debug('clipboard: rich copy', error);
  }
  const onCopy = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/plain', text);
    if (html) e.clipboardData?.setData('text/html', html);
    e.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    if (!document.execCommand('copy')) throw new Error('copy refused');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}

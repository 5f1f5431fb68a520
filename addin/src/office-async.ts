// Office.js reports results through callbacks. One helper turns each *Async call into a
// promise that rejects with a sentence a person can act on, and never hangs: a call that
// does not answer within the time limit rejects too (a slow link, a closed item).

export type AsyncStarter<T> = (callback: (result: Office.AsyncResult<T>) => void) => void;

export const OFFICE_TIMEOUT_MS = 15_000;

/**
 * Runs one Office *Async call. `what` says what failed, in the person's language
 * ("Outlook could not read the message body"); Outlook's own reason is added after it.
 */
export function officeAsync<T>(what: string, start: AsyncStarter<T>, timeoutMs = OFFICE_TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(new Error(`${what} (no answer after ${Math.round(timeoutMs / 1000)} s).`));
    }, timeoutMs);
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    try {
      start((result) =>
        finish(() => {
          // Office.AsyncResultStatus.Succeeded is the string "succeeded"; comparing the string
          // keeps this helper usable before Office.js has loaded and against test doubles.
          if (result && String(result.status) === 'succeeded') resolve(result.value);
          else reject(new Error(`${what}: ${describe(result?.error)}`));
        }),
      );
    } catch (error) {
      finish(() => reject(new Error(`${what}: ${describe(error)}`)));
    }
  });
}

function describe(error: unknown): string {
  if (error && typeof error === 'object') {
    const { message, name, code } = error as { message?: unknown; name?: unknown; code?: unknown };
    const text = typeof message === 'string' && message ? message : typeof name === 'string' ? name : '';
    if (text) return typeof code === 'number' ? `${text} (${code})` : text;
  }
  return typeof error === 'string' && error ? error : 'unknown error';
}

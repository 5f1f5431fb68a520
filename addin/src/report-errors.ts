// Every port action that fails is also shown in the pane with Outlook's own reason, even
// where a shared component only says "that did not work": nothing is swallowed.
import type { HostPort } from '../../shared/ui/port';
import { errorText } from '../../shared/core/model/result';

const ACTIONS = [
  'readContext',
  'insertText',
  'replyWith',
  'setRecipients',
  'openDraft',
  'copy',
  'saveSettings',
] as const;

export function withErrorReport<P extends HostPort>(port: P, report: (message: string) => void): P {
  const wrapped: P = { ...port };
  for (const key of ACTIONS) {
    const action = port[key] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (!action) continue;
    (wrapped as Record<string, unknown>)[key] = async (...args: unknown[]) => {
      try {
        return await action(...args);
      } catch (error) {
        report(errorText(error));
        throw error;
      }
    };
  }
  return wrapped;
}

// Entry of the send-time script (dist/addin/send-check.js, one IIFE). Outlook loads it in
// commands.html (Outlook on the web, new Outlook) or alone (classic Outlook on Windows) and
// calls the function manifest.xml names in LaunchEvent FunctionName.
// First: the built-ins classic Outlook's ES2016 runtime lacks.
import './es2016-polyfills';
// Straight from the modules it needs, not the core's index: this script must stay small
// (no search UI, no email parser, no schema validation of the pack the tests validate).
import { createAdvisor, type Advisor } from '../../shared/core/assist/advisor';
import { DEFAULT_PACK } from '../../shared/core/pack/default-pack';
// In the one script: classic Outlook's runtime cannot load chunks. Its gzip size is the only
// allowance this script has over its budget (scripts/budgets.mjs).
import { DEFAULT_MODEL } from '../../shared/core/assist/default-model';
import { createSendHandler, SEND_HANDLER_NAME, type CheckDraft } from './send-handler';

let assistant: Advisor | null = null;

// Built on the first send, not at load: loading must stay cheap and cannot fail.
const checkDraft: CheckDraft = (draft, settings) => {
  assistant ??= createAdvisor(DEFAULT_PACK, DEFAULT_MODEL);
  return assistant.checkDraft(draft, settings);
};

// Exposed on the script's global (ossAssistSendCheck.checkDraft) so a test can run this very
// bundle over the corpus and hold its verdicts equal to the CLI's and the views'.
export { checkDraft };

// Not globalThis (ES2020): the classic Outlook runtime may not have it.
const office = typeof Office === 'undefined' ? undefined : Office;
if (office) {
  const handler = createSendHandler({ office, checkDraft });
  // Outlook ignores the handler's return value; the handler itself never rejects.
  office.actions?.associate(SEND_HANDLER_NAME, (event: Office.MailboxEvent) => void handler(event));
}

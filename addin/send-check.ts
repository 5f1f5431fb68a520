// Entry of the send-time script (dist/addin/send-check.js, one IIFE). Outlook loads it in
// commands.html (Outlook on the web, new Outlook) or alone (classic Outlook on Windows) and
// calls the function manifest.xml names in LaunchEvent FunctionName.
import { createAssistant, defaultPack, type Assistant } from '../shared/core';
import { createSendHandler, SEND_HANDLER_NAME, type CheckDraft } from './send-handler';

let assistant: Assistant | null = null;

// Built on the first send, not at load: loading must stay cheap and cannot fail.
const checkDraft: CheckDraft = (draft, settings) => {
  assistant ??= createAssistant(defaultPack());
  return assistant.checkDraft(draft, settings);
};

const office = (globalThis as { Office?: typeof Office }).Office;
office?.actions?.associate(SEND_HANDLER_NAME, createSendHandler({ office, checkDraft }));

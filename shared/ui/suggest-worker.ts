// The popup's suggestion worker: a module worker the popup starts as it opens (its own file,
// suggest-worker.js, emitted into the extension build by scripts/worker-entry-plugin.ts, so it
// shares the routing chunk the page would load instead of carrying a second copy). While the
// page renders its first screen on the main thread, this thread loads the router and its
// model and warms suggest(), so an email pasted the moment the popup is ready is answered by a
// warm engine. It receives the text by postMessage, answers, and keeps nothing.
import { assistantFor, DEFAULT_MODEL, DEFAULT_PACK } from '../core/assist/routing-chunk';
import { STORED_DEFAULTS } from '../core/settings/read';
import { createAnswer, type SuggestReply, type SuggestRequest } from './suggest-worker-answer';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<SuggestRequest>) => void): void;
  postMessage(message: SuggestReply): void;
}

const scope = globalThis as unknown as WorkerScope;
const answer = createAnswer(assistantFor(DEFAULT_PACK, DEFAULT_MODEL), STORED_DEFAULTS);
scope.addEventListener('message', (event) => scope.postMessage(answer(event.data)));

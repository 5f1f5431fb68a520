// The task pane: waits for Office.js once, builds the Outlook port, loads settings and the
// organisation's pack, then mounts the shared UI. Office.js may be missing (the CDN did not
// load on a slow link) or the page may be open outside Outlook: the pane still starts and
// says so, and search still works.
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { DEFAULT_PACK } from '../../shared/core/pack/default-pack';
import { langFrom, ADDIN_STRINGS } from './messages';
import { createOfficePort } from './office-port';
import { loadOrgPack } from './org-pack';
import { Pane } from './Pane';
import { errorText } from '../../shared/core/model/result';
import { startRouting } from '../../shared/ui/routing';

/** How long to wait for Office.js before starting without it. */
const OFFICE_READY_TIMEOUT_MS = 10_000;

interface Ready {
  office: typeof Office | undefined;
  /** Why Office.js did not start, when it was there but failed (its error) or did not answer. */
  problem: { error: string } | 'no-answer' | null;
}

function officeReady(): Promise<Ready> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  // No office.js at all (the CDN unreachable, or a plain browser tab): start without it.
  if (!office?.onReady) return Promise.resolve({ office: undefined, problem: null });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ office: undefined, problem: 'no-answer' }), OFFICE_READY_TIMEOUT_MS);
    office.onReady().then(
      () => {
        clearTimeout(timer);
        resolve({ office, problem: null });
      },
      (error: unknown) => {
        clearTimeout(timer);
        resolve({ office: undefined, problem: { error: errorText(error) } });
      },
    );
  });
}

async function start(root: Root): Promise<void> {
  // The router's chunk comes over the network: its download overlaps the waits below.
  startRouting();
  const { office, problem } = await officeReady();
  // Settings may choose the language; until they are read, Outlook's display language.
  const first = createOfficePort({ office });
  const state = await first.loadSettings();
  const lang =
    state.settings.language !== 'auto'
      ? state.settings.language
      : first.inOutlook
        ? langFrom(office?.context?.displayLanguage)
        : langFrom(navigator.language);
  const port = createOfficePort({ office, lang });
  const org = await loadOrgPack(DEFAULT_PACK, port.strings);
  root.render(
    <StrictMode>
      <Pane
        port={port}
        initial={state}
        pack={org.pack}
        orgNotice={org.notice}
        startProblem={
          problem === null
            ? null
            : port.strings.startFailed(
                problem === 'no-answer' ? port.strings.officeNoAnswer(OFFICE_READY_TIMEOUT_MS / 1000) : problem.error,
              )
        }
      />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  start(root).catch((error: unknown) => {
    // Last resort: say what went wrong, in plain text (React escapes it).
    const t = ADDIN_STRINGS[langFrom(navigator.language)];
    root.render(
      <p role="alert" style={{ padding: 16 }}>
        {t.startFailed(errorText(error))}
      </p>,
    );
  });
}

// An organisation may ship its own documents as a pack extension next to the pane
// (org-pack.json, beside taskpane.html, same origin). No file is the normal case; a file
// that cannot be used is said plainly and the built-in pack is used instead.
import type { Pack } from '../../shared/core/pack/schema';
import type { AddinStrings } from './messages';
import { errorText } from '../../shared/core/model/result';

export const ORG_PACK_FILE = 'org-pack.json';

export interface OrgPackResult {
  pack: Pack;
  notice: { intent: 'info' | 'error'; text: string } | null;
}

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; headers: Headers; text(): Promise<string> }>;

export async function loadOrgPack(
  base: Pack,
  t: AddinStrings,
  fetchFile: Fetch = (url) => fetch(url),
): Promise<OrgPackResult> {
  let text: string;
  try {
    const response = await fetchFile(ORG_PACK_FILE);
    // Some static hosts answer a missing file with their HTML start page instead of a 404.
    const html = (response.headers.get('content-type') ?? '').includes('text/html');
    if (response.status === 404 || (response.ok && html)) return { pack: base, notice: null };
    if (!response.ok) return bad(base, t, `HTTP ${response.status}.`);
    text = await response.text();
  } catch (error) {
    // Not a bad file: the server could not be asked (offline, a cached pane). Said, quietly.
    const reason = errorText(error);
    return { pack: base, notice: { intent: 'info', text: t.orgPackUnreachable(reason) } };
  }
  // The pack schema is loaded only when there is a file to check: most organisations ship none.
  const { applyDocumentPack, checkDocumentPack, parseJsonText } = await import('../../shared/core/pack/check');
  const json = parseJsonText(text);
  if (!json.ok) return bad(base, t, summarize(json.error));
  const extension = checkDocumentPack(json.value);
  if (!extension.ok) return bad(base, t, summarize(extension.error));
  const applied = applyDocumentPack(base, extension.value);
  if (!applied.ok) return bad(base, t, summarize(applied.error));
  return { pack: applied.value, notice: { intent: 'info', text: t.orgPackLoaded(extension.value.title) } };
}

function bad(base: Pack, t: AddinStrings, reason: string): OrgPackResult {
  return { pack: base, notice: { intent: 'error', text: t.orgPackBad(reason) } };
}

/** The first few problems with their JSON paths; a long list would hide the pane. */
function summarize(problems: { path: string; message: string }[]): string {
  const shown = problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`);
  if (problems.length > 3) shown.push(`(+${problems.length - 3})`);
  return shown.join(' ');
}

// A source's age. Guidance changes: a source updated more than two years before today gets a
// quiet note telling the person to check for a newer version. "Today" comes from the Shell's
// clock, so tests can set it.
import { createContext, useContext } from 'react';
import { formatDate } from '../core/i18n/messages';
import type { Pack } from '../core/pack/schema';
import type { Lang } from '../core/model/vocabulary';
import { useUi } from './shell';
import { useSectionStyles } from './styles';

const STALE_YEARS = 2;

/** True when `updated` (YYYY-MM-DD) is more than two years before `now`. */
export function isStale(updated: string | null | undefined, now: Date): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(updated ?? '');
  if (!m) return false;
  const limit = Date.UTC(Number(m[1]) + STALE_YEARS, Number(m[2]) - 1, Number(m[3]));
  return now.getTime() > limit;
}

/** "IOM Emergency Manual — IOM Security Management System" → "IOM Emergency Manual". */
export function shortSource(title: string): string {
  return title.split(' — ')[0] ?? title;
}

export function staleText(
  lang: Lang,
  s: { staleNote: (d: string, src: string) => string },
  updated: string,
  source: string,
) {
  return s.staleNote(formatDate(lang, updated), shortSource(source));
}

type SourceInfo = { updated: string | null; title: string };
type Lookup = (id: string) => SourceInfo | undefined;

/** Where an excerpt, a service or a contact (by id) comes from, for the notes below. */
export function sourceLookup(pack: Pack): Lookup {
  const sources = new Map(pack.sources.map((src) => [src.id, { updated: src.updated ?? null, title: src.title }]));
  const owner = new Map<string, string>();
  for (const item of [...pack.excerpts, ...pack.services, ...pack.contacts]) {
    const sourceId = (item as { source?: { sourceId?: string } }).source?.sourceId;
    if (sourceId) owner.set(item.id, sourceId);
  }
  return (id) => sources.get(owner.get(id) ?? id);
}

export const SourcesContext = createContext<Lookup>(() => undefined);

/** The note for a source given by its date, or by the id of what it sources. */
export function StaleNote(props: { updated?: string | null; source?: string; of?: string }) {
  const { s, lang, now } = useUi();
  const styles = useSectionStyles();
  const lookup = useContext(SourcesContext);
  const found = props.of ? lookup(props.of) : undefined;
  const updated = props.updated ?? found?.updated;
  const title = props.source ?? found?.title ?? '';
  if (!updated || !isStale(updated, now())) return null;
  return (
    <span className={styles.muted} data-testid="stale-note">
      {staleText(lang, s, updated, title)}
    </span>
  );
}

// Instant lookup results: contacts (copy the address), services, excerpts and imported clauses
// (copy with citation).
import { useEffect } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { mark } from './marks';
import type { SearchHit } from '../core/model/types';
import { CopyButton } from './CopyButton';
import { ExcerptActions, ExcerptBody } from './ExcerptList';
import { useUi } from './shell';
import { useSectionStyles } from './styles';
import { StaleNote } from './stale';

function Hit(props: { hit: SearchHit }) {
  const { s } = useUi();
  const styles = useSectionStyles();
  const { hit } = props;
  return (
    <li className={styles.row} data-testid="search-hit" data-type={hit.type}>
      <div className={styles.grow}>
        <span className={hit.type === 'contact' ? styles.pill : mergeClasses(styles.pill, styles.pillNeutral)}>
          {hit.kind === 'clause' ? s.hitType.clause : s.hitType[hit.type]}
        </span>
        <span className={styles.strong}>{hitHeading(hit)}</span>
        {hit.email ? <span className={styles.email}>{hit.email}</span> : null}
        {hit.type === 'excerpt' && hit.citation ? (
          <>
            <ExcerptBody text={hit.text} citation={hit.citation} clause={hit.kind === 'clause'} id={hit.id} />
            <ExcerptActions excerpt={{ title: hit.title, text: hit.text, citation: hit.citation }} />
          </>
        ) : (
          <>
            <span className={styles.text}>{hit.text}</span>
            {hit.citation ? (
              <span className={styles.muted}>
                {s.source}
                {s.colon}
                {hit.citation}
              </span>
            ) : null}
            {hit.citation ? <StaleNote of={hit.id} /> : null}
          </>
        )}
      </div>
      {hit.email ? <CopyButton text={hit.email} label={s.copy} ariaLabel={s.copyAddress(hit.title)} /> : null}
    </li>
  );
}

/**
 * A hit's heading: a clause's number first when its heading does not say it ("Article 12 —
 * Minutes" for 12.3), since people search and quote a clause by its number.
 */
export function hitHeading(hit: Pick<SearchHit, 'title' | 'number'>): string {
  return hit.number && !hit.title.split(/[^\d.]+/).includes(hit.number) ? `${hit.number} — ${hit.title}` : hit.title;
}

export function SearchResults(props: { hits: SearchHit[] }) {
  useEffect(() => {
    if (props.hits.length) mark('results');
  }, [props.hits]);
  const { s } = useUi();
  const styles = useSectionStyles();
  return (
    <section className={styles.section} aria-label={s.searchResults(props.hits.length)} data-testid="search-results">
      <span className={styles.muted} aria-live="polite">
        {props.hits.length === 0 ? s.noResults : s.searchResults(props.hits.length)}
      </span>
      {props.hits.length > 0 ? (
        <ul className={styles.list}>
          {props.hits.map((h) => (
            <Hit key={`${h.type}:${h.id}`} hit={h} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

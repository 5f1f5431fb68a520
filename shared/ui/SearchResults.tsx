// Instant lookup results: contacts (copy the address), services, excerpts (copy with citation).
import { Badge, Text } from '@fluentui/react-components';
import { excerptHtml, excerptText } from '../core';
import type { SearchHit } from '../core/types';
import { CopyButton } from './CopyButton';
import { useUi } from './shell';
import { useSectionStyles } from './styles';

function Hit(props: { hit: SearchHit }) {
  const { s } = useUi();
  const styles = useSectionStyles();
  const { hit } = props;
  // An excerpt hit carries what a copy with citation needs: title, text and citation.
  const asExcerpt = { id: hit.id, kind: hit.type, title: hit.title, text: hit.text, sourceId: '', citation: hit.citation ?? '' };
  return (
    <li className={styles.row} data-testid="search-hit" data-type={hit.type}>
      <div className={styles.grow}>
        <span>
          <Badge appearance="tint" color={hit.type === 'contact' ? 'brand' : hit.type === 'service' ? 'informative' : 'subtle'}>
            {s.hitType[hit.type]}
          </Badge>{' '}
          <Text weight="semibold">{hit.title}</Text>
        </span>
        {hit.email ? <span className={styles.email}>{hit.email}</span> : null}
        <span className={styles.text}>{hit.text}</span>
        {hit.citation ? (
          <span className={styles.muted}>
            {s.source}: {hit.citation}
          </span>
        ) : null}
        {hit.type === 'excerpt' ? (
          <div className={styles.actions}>
            <CopyButton text={excerptText(asExcerpt)} label={s.copyText} ariaLabel={`${s.copyText}: ${hit.title}`} />
            <CopyButton
              text={excerptText(asExcerpt)}
              html={excerptHtml(asExcerpt)}
              label={s.copyRich}
              ariaLabel={`${s.copyRich}: ${hit.title}`}
            />
          </div>
        ) : null}
      </div>
      {hit.email ? <CopyButton text={hit.email} label={s.copy} ariaLabel={s.copyAddress(hit.title)} /> : null}
    </li>
  );
}

export function SearchResults(props: { hits: SearchHit[] }) {
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

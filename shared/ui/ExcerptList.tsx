// MOU and guidance excerpts, each with its citation (source, section, date), copyable as
// plain text or as rich text. The rich text comes from the core's html helpers, which escape.
import { Text, useId } from '@fluentui/react-components';
import { excerptHtml, excerptText } from '../core';
import type { ExcerptOut } from '../core/types';
import { CopyButton } from './CopyButton';
import { useUi } from './shell';
import { useSectionStyles } from './styles';

export function ExcerptItem(props: { excerpt: ExcerptOut }) {
  const { s } = useUi();
  const styles = useSectionStyles();
  const e = props.excerpt;
  return (
    <li className={styles.grow} data-testid="excerpt">
      <Text weight="semibold">{e.title}</Text>
      <p className={styles.text}>{e.text}</p>
      <span className={styles.muted}>
        {s.source}: {e.citation}
      </span>
      <div className={styles.actions}>
        <CopyButton text={excerptText(e)} label={s.copyText} ariaLabel={`${s.copyText}: ${e.title}`} />
        <CopyButton
          text={excerptText(e)}
          html={excerptHtml(e)}
          label={s.copyRich}
          ariaLabel={`${s.copyRich}: ${e.title}`}
        />
      </div>
    </li>
  );
}

export function ExcerptList(props: { excerpts: ExcerptOut[] }) {
  const { s } = useUi();
  const styles = useSectionStyles();
  const headingId = useId('excerpts');
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {s.excerpts}
      </h2>
      {props.excerpts.length === 0 ? (
        <span className={styles.muted}>{s.noExcerpts}</span>
      ) : (
        <ul className={styles.list}>
          {props.excerpts.map((e) => (
            <ExcerptItem key={e.id} excerpt={e} />
          ))}
        </ul>
      )}
    </section>
  );
}

// MOU and guidance excerpts, each with its citation (source, section, date), copyable as
// plain text or as rich text. The rich text comes from the core's html helpers, which escape.
import { mergeClasses, useId } from '@fluentui/react-components';
import { excerptHtml, quotedExcerpt } from '../core/mail/html';
import type { ExcerptOut } from '../core/model/types';
import { CopyButton } from './CopyButton';
import { HostAction } from './HostAction';
import { useUi } from './shell';
import { useSectionStyles } from './styles';
import { StaleNote } from './stale';

/** The copy/insert/reply buttons for anything with a text and a citation. */
export function ExcerptActions(props: { excerpt: Pick<ExcerptOut, 'title' | 'text' | 'citation'> }) {
  const { s, port } = useUi();
  const styles = useSectionStyles();
  const e = props.excerpt;
  const text = quotedExcerpt(e);
  const html = excerptHtml(e);
  const { insertText, replyWith } = port;
  return (
    <div className={styles.actions}>
      <CopyButton text={text} label={s.copyText} ariaLabel={`${s.copyText}: ${e.title}`} />
      <CopyButton text={text} html={html} label={s.copyRich} ariaLabel={`${s.copyRich}: ${e.title}`} />
      {insertText ? (
        <HostAction label={s.insert} ariaLabel={`${s.insert}: ${e.title}`} run={() => insertText(text, html)} />
      ) : null}
      {replyWith ? (
        <HostAction label={s.replyWith} ariaLabel={`${s.replyWith}: ${e.title}`} run={() => replyWith(text, html)} />
      ) : null}
    </div>
  );
}

/** Longer than this, a clause's text scrolls in its own box, so one long article does not bury the rest. */
const LONG_TEXT = 1200;

/**
 * An excerpt's words and where they come from. An imported clause is cited as
 * "from <title>, Article 4, p. 2", which needs no "Source:" before it.
 */
export function ExcerptBody(props: { text: string; citation: string; clause: boolean; id?: string }) {
  const { s } = useUi();
  const styles = useSectionStyles();
  const long = props.text.length > LONG_TEXT;
  return (
    <>
      <p className={long ? mergeClasses(styles.text, styles.scrollBox) : styles.text} tabIndex={long ? 0 : undefined}>
        {props.text}
      </p>
      <span className={styles.muted}>{props.clause ? props.citation : `${s.source}${s.colon}${props.citation}`}</span>
      {props.id ? <StaleNote of={props.id} /> : null}
    </>
  );
}

export function ExcerptItem(props: { excerpt: ExcerptOut }) {
  const styles = useSectionStyles();
  const e = props.excerpt;
  return (
    <li className={styles.grow} data-testid="excerpt">
      <span className={styles.strong}>{e.title}</span>
      <ExcerptBody text={e.text} citation={e.citation} clause={e.kind === 'clause'} id={e.id} />
      <ExcerptActions excerpt={e} />
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

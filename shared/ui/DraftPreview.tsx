// The escalation draft: subject and body as text, what is still missing, a language switch,
// and the two ways out (copy, or open in the mail app; the host falls back to copy).
import { useState } from 'react';
import { Button, useId } from '@fluentui/react-components';
import { LANGS, type Lang } from '../core/model/vocabulary';
import { draftHtml } from '../core/mail/html';
import { factLabel, settingLabel } from '../core/i18n/messages';
import type { Draft, ExcerptOut, Missing } from '../core/model/types';
import { SETTING_KEYS } from '../core/model/vocabulary';
import { CopyButton } from './CopyButton';
import { HostAction } from './HostAction';
import { Notice } from './Notice';
import { useUi } from './shell';
import { useSectionStyles } from './styles';
import { debug } from '../core/model/debug';

function label(lang: Lang, key: Missing): string {
  return (SETTING_KEYS as readonly string[]).includes(key)
    ? settingLabel(lang, key as (typeof SETTING_KEYS)[number])
    : factLabel(lang, key as Exclude<Missing, (typeof SETTING_KEYS)[number]>);
}

export function DraftPreview(props: {
  draft: Draft;
  excerpts: ExcerptOut[];
  to: string[];
  cc: string[];
  onLanguage?: (lang: Lang) => void;
}) {
  const { s, port, announce } = useUi();
  const styles = useSectionStyles();
  const headingId = useId('draft');
  const [tooLong, setTooLong] = useState(false);
  const { draft } = props;
  const html = draftHtml(draft.body);
  const { openDraft, insertText } = port;
  const onOpen = async () => {
    if (!openDraft) return;
    try {
      const result = await openDraft({ to: props.to, cc: props.cc, subject: draft.subject, body: draft.body, html });
      setTooLong(result === 'copied');
      announce(result === 'copied' ? s.draftCopiedTooLong : s.draftOpened);
    } catch (error) {
      debug('draft: open', error);
      announce(s.error);
    }
  };
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="draft">
      <h2 id={headingId} className={styles.heading}>
        {s.draft}
      </h2>
      {props.onLanguage ? (
        <fieldset className={styles.radios}>
          <legend className={styles.legend}>{s.draftLanguage}</legend>
          {LANGS.map((l) => (
            <label key={l} className={styles.radio}>
              <input
                type="radio"
                name={`${headingId}-lang`}
                value={l}
                checked={draft.language === l}
                onChange={() => props.onLanguage?.(l)}
              />
              {s.langName[l]}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className={styles.row}>
        <div className={styles.grow}>
          <span className={styles.muted}>{s.subject}</span>
          <span className={styles.strong} data-testid="draft-subject">
            {draft.subject}
          </span>
        </div>
        <CopyButton text={draft.subject} label={s.copy} ariaLabel={`${s.copy}: ${s.subject}`} />
      </div>
      <div className={styles.grow}>
        <span className={styles.muted} id={`${headingId}-body`}>
          {s.body}
        </span>
        {/* Scrolls on its own so the actions stay near; focusable so keyboards can scroll it. */}
        <div className={styles.scrollBox} tabIndex={0} role="region" aria-labelledby={`${headingId}-body`}>
          <p className={styles.text} data-testid="draft-body" lang={draft.language}>
            {draft.body}
          </p>
        </div>
      </div>
      {draft.missing.length > 0 ? (
        <Notice intent="warning" title={s.missing}>
          <ul className={styles.missingList} data-testid="draft-missing">
            {draft.missing.map((m) => (
              <li key={m}>{label(draft.language, m)}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <div className={styles.actions}>
        <CopyButton text={draft.body} html={html} label={s.copyDraft} appearance="primary" size="medium" />
        {openDraft ? (
          <Button onClick={onOpen}>{port.surface === 'mail-client' ? s.openNewMessage : s.openDraft}</Button>
        ) : null}
        {insertText ? (
          <HostAction label={s.insertDraft} size="medium" run={() => insertText(draft.body, html)} />
        ) : null}
      </div>
      {tooLong ? <Notice intent="info">{s.draftCopiedTooLong}</Notice> : null}
    </section>
  );
}

// The way out, on the first screen: the host's primary action (open in the mail app, open as a
// new message, or insert into the message being written) with Copy draft beside it. Copy draft
// carries To, Cc and Subject at the top, so a pasted draft still says who it is for.
import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { debug } from '../core/model/debug';
import { draftHtml, textToHtml } from '../core/mail/html';
import type { Draft } from '../core/model/types';
import { CopyButton } from './CopyButton';
import { HostAction } from './HostAction';
import { Notice } from './Notice';
import { withHeaders, type Outgoing } from './outgoing';
import { useUi } from './shell';
import { useSectionStyles } from './styles';

export function DraftActions(props: { draft: Draft; out: Outgoing }) {
  const { s, port, announce } = useUi();
  const styles = useSectionStyles();
  const [copied, setCopied] = useState<null | 'copied' | 'body-copied'>(null);
  const { draft, out } = props;
  const html = draftHtml(draft.body);
  const { openDraft, insertText } = port;
  const headed = withHeaders(
    { to: s.to, cc: s.cc, subject: s.subject, colon: s.colon },
    out,
    draft.subject,
    draft.body,
  );
  const onOpen = async () => {
    if (!openDraft) return;
    try {
      const result = await openDraft({
        to: out.toEmails,
        cc: out.ccEmails,
        subject: draft.subject,
        body: draft.body,
        html,
      });
      setCopied(result ?? null);
      announce(
        result === 'body-copied' ? s.draftBodyCopied : result === 'copied' ? s.draftCopiedTooLong : s.draftOpened,
      );
    } catch (error) {
      debug('draft: open', error);
      announce(s.error);
    }
  };
  // In a message being written, inserting is what the person came for; elsewhere, opening it.
  const insertFirst = Boolean(insertText);
  return (
    <>
      <div className={styles.actions} data-testid="draft-actions">
        {insertText ? (
          <HostAction
            label={s.insertDraft}
            appearance="primary"
            size="medium"
            run={() => insertText(draft.body, html)}
          />
        ) : null}
        {openDraft ? (
          <Button appearance={insertFirst ? 'secondary' : 'primary'} onClick={onOpen} data-testid="open-draft">
            {port.surface === 'mail-client' ? s.openNewMessage : s.openDraft}
          </Button>
        ) : null}
        <CopyButton
          text={headed}
          html={textToHtml(headed)}
          label={s.copyDraft}
          appearance={insertText || openDraft ? 'secondary' : 'primary'}
          size="medium"
        />
      </div>
      {copied ? (
        <Notice intent="info" data-testid="draft-copied">
          {copied === 'body-copied' ? s.draftBodyCopied : s.draftCopiedTooLong}
        </Notice>
      ) : null}
    </>
  );
}

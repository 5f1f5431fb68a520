// The message under the documents section: imported, removed, stopped, or why not, in the
// person's language. Problems of an invalid file are listed with their place in the file.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { importMessage } from '../../shared/core/import/messages';
import type { Problem } from '../../shared/core/model/problems';
import { DOCUMENT_STRINGS } from '../../shared/ui/i18n-documents';
import { useUi } from '../../shared/ui/shell';
import type { Failure, Outcome } from './outcome';
import { useDocumentStyles } from './styles';

const MAX_PROBLEMS = 8;

export function ImportOutcome(props: { outcome: Outcome }) {
  const { lang } = useUi();
  const d = DOCUMENT_STRINGS[lang];
  const o = props.outcome;
  if (o.kind === 'removed' || o.kind === 'stopped') {
    return (
      <MessageBar intent="info" data-testid="import-message">
        <MessageBarBody>{o.kind === 'removed' ? d.removed(o.title) : d.stopped}</MessageBarBody>
      </MessageBar>
    );
  }
  if (o.kind === 'imported') {
    return (
      <MessageBar intent="success" layout="multiline" data-testid="import-message">
        <MessageBarBody>{o.replaced ? d.replaced(o.title, o.clauses) : d.imported(o.title, o.clauses)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline" data-testid="import-message">
      <MessageBarBody>
        {o.failure.code === 'remove' ? null : <MessageBarTitle>{d.failedTitle}</MessageBarTitle>}
        <FailureText failure={o.failure} />
      </MessageBarBody>
    </MessageBar>
  );
}

/** The sentence an outcome's announcement reads out (screen readers), same as the message. */
export function outcomeSentence(lang: keyof typeof DOCUMENT_STRINGS, o: Outcome): string | null {
  const d = DOCUMENT_STRINGS[lang];
  if (o.kind === 'imported') return o.replaced ? d.replaced(o.title, o.clauses) : d.imported(o.title, o.clauses);
  if (o.kind === 'removed') return d.removed(o.title);
  if (o.kind === 'stopped') return d.stopped;
  return o.failure.code === 'remove' ? d.removeFailed : null;
}

function FailureText(props: { failure: Failure }) {
  const { lang } = useUi();
  const d = DOCUMENT_STRINGS[lang];
  const styles = useDocumentStyles();
  const f = props.failure;
  switch (f.code) {
    case 'unsupported':
      return <>{d.unsupported}</>;
    case 'store':
      return <>{d.storeFailed}</>;
    case 'store-read':
      return <>{d.storeReadFailed}</>;
    case 'worker':
      return <>{d.importFailed}</>;
    case 'remove':
      return <>{d.removeFailed}</>;
    case 'too-large':
      return <>{importMessage('too-large', lang, { size: f.size })}</>;
    case 'core':
      return <>{importMessage(f.problem.code, lang, f.problem.params)}</>;
    case 'not-json':
      return <>{d.notJson}</>;
    case 'clash':
      return <>{d.clash(f.other)}</>;
    case 'invalid':
      return (
        <Problems
          intro={d.invalid}
          problems={f.problems}
          more={d.moreProblems}
          pathClass={styles.path}
          listClass={styles.problems}
        />
      );
  }
}

function Problems(props: {
  intro: string;
  problems: Problem[];
  more: (n: number) => string;
  pathClass: string;
  listClass: string;
}) {
  const shown = props.problems.slice(0, MAX_PROBLEMS);
  const rest = props.problems.length - shown.length;
  return (
    <>
      {props.intro}
      <ul className={props.listClass} data-testid="import-problems">
        {shown.map((p, i) => (
          <li key={i}>
            <code className={props.pathClass}>{p.path}</code> {p.message}
          </li>
        ))}
        {rest > 0 ? <li>{props.more(rest)}</li> : null}
      </ul>
    </>
  );
}

// The options page's documents: the ones imported (DocumentList), a file chooser, the title form
// a document asks for, the progress of an import with its Stop button, and the outcome
// (ImportOutcome). The import itself — read, checked and segmented in a worker, then stored in
// this browser's IndexedDB — is the hook's (documents/useDocumentImport.ts).
import { useRef, type FormEvent } from 'react';
import { Button, Field, Input, Select, Spinner } from '@fluentui/react-components';
import { DOCUMENT_KINDS, type DocumentKind } from '../shared/core/model/vocabulary';
import { DOCUMENT_STRINGS } from '../shared/ui/i18n-documents';
import { useUi } from '../shared/ui/shell';
import type { DocumentStore } from '../utils/document-store';
import { DocumentList } from './documents/DocumentList';
import { ImportOutcome, outcomeSentence } from './documents/ImportOutcome';
import type { Outcome } from './documents/outcome';
import { useDocumentStyles } from './documents/styles';
import { useDocumentImport } from './documents/useDocumentImport';

const ACCEPT = [
  '.pdf,.docx,.doc,.txt,.text,.md,.markdown,.json',
  'application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain,text/markdown,application/json',
].join(',');

export function DocumentsSection(props: { store?: DocumentStore }) {
  const { lang, announce } = useUi();
  const d = DOCUMENT_STRINGS[lang];
  const styles = useDocumentStyles();
  const state = useDocumentImport({ store: props.store });
  const { pending, importing } = state;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const busy = importing !== null;

  const told = (outcome: Outcome | null) => {
    const sentence = outcome && outcomeSentence(lang, outcome);
    if (sentence) announce(sentence);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void state.submit().then(told);
  };

  const remove = (doc: Parameters<typeof state.remove>[0]) =>
    void state.remove(doc).then((outcome) => {
      told(outcome);
      // The button is gone: keep the keyboard in the section rather than at the page's top.
      headingRef.current?.focus();
    });

  return (
    <section className={styles.section} aria-labelledby="documents-heading" data-testid="documents">
      <h2 id="documents-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        {d.heading}
      </h2>
      <p className={styles.intro}>{d.intro}</p>
      <DocumentList docs={state.docs} loadFailed={state.loadFailed} onRemove={remove} />

      <h3 className={styles.subheading}>{d.addHeading}</h3>
      {/* Not a Fluent Field: its label would become the button's name ("File") instead of what it does. */}
      <div className={styles.fileField}>
        <span className={styles.fileLabel}>{d.fileLabel}</span>
        <div className={styles.chooser}>
          <Button
            aria-describedby="document-file-name document-file-hint"
            disabled={busy}
            onClick={() => inputRef.current?.click()}
          >
            {d.chooseFile}
          </Button>
          <span id="document-file-name" className={styles.fileName} data-testid="document-file-name">
            {pending?.name ?? importing?.name ?? d.noFile}
          </span>
          <input
            key={state.inputKey}
            ref={inputRef}
            type="file"
            tabIndex={-1}
            aria-hidden="true"
            className={styles.hiddenInput}
            accept={ACCEPT}
            data-testid="document-file"
            onChange={(e) => void state.chooseFile(e.target.files?.[0]).then(told)}
          />
        </div>
        <span id="document-file-hint" className={styles.hint}>
          {d.fileHint}
        </span>
      </div>
      {pending && !busy ? (
        <form className={styles.form} onSubmit={onSubmit} data-testid="document-form">
          <Field label={d.titleLabel} hint={d.titleHint} required>
            <Input
              value={pending.title}
              maxLength={300}
              onChange={(_, data) => state.setPending({ ...pending, title: data.value })}
            />
          </Field>
          <Field label={d.kindLabel}>
            <Select
              value={pending.kind}
              onChange={(_, data) => state.setPending({ ...pending, kind: data.value as DocumentKind })}
            >
              {DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {d.kind[k]}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={!pending.title.trim()}>
              {d.importButton}
            </Button>
            <Button onClick={state.cancelPending}>{d.cancel}</Button>
          </div>
        </form>
      ) : null}
      {importing?.visible ? (
        <div className={styles.progress} data-testid="import-progress">
          <Spinner
            size="tiny"
            label={importing.page ? d.readingPage(importing.page.page, importing.page.pages) : d.reading}
          />
          <Button onClick={state.stop} data-testid="import-stop">
            {d.stopImport}
          </Button>
        </div>
      ) : null}
      {state.outcome ? <ImportOutcome outcome={state.outcome} /> : null}
    </section>
  );
}

// The options page's documents: the ones imported (title, kind, language, clauses, date, and a
// Remove button) and a file chooser. A .json pack extension is imported as soon as it is
// chosen; a text or Markdown file first asks for its title; a PDF gets the command that
// turns it into a .json. Everything is read here and kept in this browser's IndexedDB.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { DocumentKind } from '../shared/core/import/document-pack';
import { IMPORT_LIMITS, importMessage } from '../shared/core/import/messages';
import type { Problem } from '../shared/core/model/problems';
import { decodeText } from '../shared/core/import/file-bytes';
import { CopyButton } from '../shared/ui/CopyButton';
import { DOCUMENT_STRINGS } from '../shared/ui/i18n-documents';
import { useUi } from '../shared/ui/shell';
import { createDocumentStore, type DocumentStore, type StoredDocument } from '../utils/document-store';
import { fileType, pdfCommand, suggestedTitle } from '../utils/file-type';
import type { ImportFailure, Prepared } from '../utils/import-file';
import { runImport } from '../utils/run-import';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  itemText: { minWidth: 0, flexGrow: 1, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  none: { margin: 0, color: tokens.colorNeutralForeground3 },
  // The native file input stays in the page (it opens the browser's file dialog) but unseen: its
  // own button and "No file chosen" are in the browser's language, not the person's.
  hiddenInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    opacity: 0,
  },
  fileField: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  fileLabel: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  hint: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
  chooser: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, minWidth: 0 },
  fileName: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
  command: {
    margin: `${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  problems: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

type Outcome =
  | { kind: 'imported'; title: string; clauses: number; replaced: boolean }
  | { kind: 'removed'; title: string }
  | { kind: 'pdf'; command: string }
  | {
      kind: 'failed';
      failure:
        | ImportFailure
        | { code: 'store' }
        | { code: 'remove' }
        | { code: 'worker' }
        | { code: 'too-large'; size: string };
    };

interface Pending {
  name: string;
  bytes: Uint8Array;
  title: string;
  kind: DocumentKind;
}

const MAX_PROBLEMS = 8;

const KINDS: DocumentKind[] = ['mou', 'sop', 'plan', 'other'];

export function DocumentsSection(props: { store?: DocumentStore }) {
  const { lang, s, announce } = useUi();
  const d = DOCUMENT_STRINGS[lang];
  const styles = useStyles();
  const [store] = useState(() => props.store ?? createDocumentStore());
  const [docs, setDocs] = useState<StoredDocument[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // A new key empties the file input, so choosing the same file again still fires onChange.
  const [inputKey, setInputKey] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });

  const reload = async () => {
    try {
      setDocs(await store.all());
      setLoadFailed(false);
    } catch {
      setDocs([]);
      setLoadFailed(true);
    }
  };
  useEffect(() => {
    void reload();
  }, []);

  const finish = (next: Outcome) => {
    setOutcome(next);
    setPending(null);
    setInputKey((k) => k + 1);
    setBusy(false);
  };

  const importFile = async (name: string, bytes: Uint8Array, options: { title?: string; kind?: DocumentKind }) => {
    setBusy(true);
    let stored: StoredDocument[];
    try {
      stored = await store.all();
    } catch {
      stored = [];
    }
    let result: Prepared;
    try {
      result = await runImport({ file: { name, bytes }, options, stored });
    } catch {
      return finish({ kind: 'failed', failure: { code: 'worker' } });
    }
    if (!result.ok) return finish({ kind: 'failed', failure: result.error });
    try {
      await store.put(result.value.doc);
    } catch {
      return finish({ kind: 'failed', failure: { code: 'store' } });
    }
    await reload();
    const done: Outcome = {
      kind: 'imported',
      title: result.value.doc.title,
      clauses: result.value.doc.clauses,
      replaced: result.value.replaces !== null,
    };
    finish(done);
    announce(done.replaced ? d.replaced(done.title, done.clauses) : d.imported(done.title, done.clauses));
  };

  const onFile = async (file: File | undefined) => {
    setOutcome(null);
    setPending(null);
    if (!file) return;
    const type = fileType(file.name);
    if (type === 'pdf') return finish({ kind: 'pdf', command: pdfCommand(file.name) });
    if (type === 'unsupported') return finish({ kind: 'failed', failure: { code: 'unsupported' } });
    // Refused before reading: a huge file is never loaded into memory.
    if (file.size > IMPORT_LIMITS.maxBytes) {
      return finish({ kind: 'failed', failure: { code: 'too-large', size: (file.size / (1024 * 1024)).toFixed(1) } });
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      // The file went away or cannot be read (moved, no permission) between choosing and reading.
      return finish({ kind: 'failed', failure: { code: 'worker' } });
    }
    // A PDF renamed .txt or .json is still a PDF.
    if (fileType(file.name, bytes.subarray(0, 1024)) === 'pdf')
      return finish({ kind: 'pdf', command: pdfCommand(file.name) });
    if (type === 'json') return importFile(file.name, bytes, {});
    setPending({ name: file.name, bytes, title: suggestedTitle(file.name, decodeText(bytes)), kind: 'other' });
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (pending && pending.title.trim())
      void importFile(pending.name, pending.bytes, { title: pending.title, kind: pending.kind });
  };

  const cancel = () => {
    setPending(null);
    setInputKey((k) => k + 1);
  };

  const remove = async (doc: StoredDocument) => {
    let removed = true;
    try {
      await store.remove(doc.id);
    } catch {
      removed = false;
    }
    await reload();
    setOutcome(removed ? { kind: 'removed', title: doc.title } : { kind: 'failed', failure: { code: 'remove' } });
    announce(removed ? d.removed(doc.title) : d.removeFailed);
    // The button is gone: keep the keyboard in the section rather than at the page's top.
    headingRef.current?.focus();
  };

  return (
    <section className={styles.section} aria-labelledby="documents-heading" data-testid="documents">
      <h2 id="documents-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        {d.heading}
      </h2>
      <p className={styles.intro}>{d.intro}</p>
      {loadFailed ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{d.loadFailed}</MessageBarBody>
        </MessageBar>
      ) : null}
      {docs === null ? (
        <span className={styles.meta}>{s.loading}</span>
      ) : docs.length === 0 ? (
        <p className={styles.none} data-testid="no-documents">
          {d.none}
        </p>
      ) : (
        <ul className={styles.list} aria-label={d.listLabel}>
          {docs.map((doc) => (
            <li key={doc.id} className={styles.item} data-testid="document" data-id={doc.id}>
              <div className={styles.itemText}>
                <span className={styles.title}>{doc.title}</span>
                <span className={styles.meta} data-testid="document-meta">
                  {[
                    d.kind[doc.kind],
                    s.langName[doc.language],
                    d.clauses(doc.clauses),
                    d.importedOn(date.format(new Date(doc.importedAt))),
                  ].join(' · ')}
                </span>
              </div>
              <Button aria-label={d.removeLabel(doc.title)} onClick={() => void remove(doc)}>
                {d.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}

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
            {pending?.name ?? d.noFile}
          </span>
          <input
            key={inputKey}
            ref={inputRef}
            type="file"
            tabIndex={-1}
            aria-hidden="true"
            className={styles.hiddenInput}
            accept=".json,.txt,.text,.md,.markdown,.pdf,application/json,text/plain,text/markdown,application/pdf"
            data-testid="document-file"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </div>
        <span id="document-file-hint" className={styles.hint}>
          {d.fileHint}
        </span>
      </div>
      {pending ? (
        <form className={styles.form} onSubmit={onSubmit} data-testid="document-form">
          <Field label={d.titleLabel} hint={d.titleHint} required>
            <Input
              value={pending.title}
              maxLength={300}
              onChange={(_, data) => setPending({ ...pending, title: data.value })}
            />
          </Field>
          <Field label={d.kindLabel}>
            <Select
              value={pending.kind}
              onChange={(_, data) => setPending({ ...pending, kind: data.value as DocumentKind })}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {d.kind[k]}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={busy || !pending.title.trim()}>
              {busy ? d.importing : d.importButton}
            </Button>
            <Button onClick={cancel} disabled={busy}>
              {d.cancel}
            </Button>
          </div>
        </form>
      ) : null}
      {outcome ? <OutcomeMessage outcome={outcome} /> : null}
    </section>
  );
}

function OutcomeMessage(props: { outcome: Outcome }) {
  const { lang } = useUi();
  const d = DOCUMENT_STRINGS[lang];
  const styles = useStyles();
  const o = props.outcome;
  if (o.kind === 'removed') {
    return (
      <MessageBar intent="info" data-testid="import-message">
        <MessageBarBody>{d.removed(o.title)}</MessageBarBody>
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
  if (o.kind === 'pdf') {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="import-message">
        <MessageBarBody>
          <MessageBarTitle>{d.pdfTitle}</MessageBarTitle>
          <p>{d.pdfText}</p>
          <pre className={styles.command} data-testid="pdf-command">
            {o.command}
          </pre>
          <CopyButton text={o.command} label={d.copyCommand} />
        </MessageBarBody>
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

function FailureText(props: { failure: Extract<Outcome, { kind: 'failed' }>['failure'] }) {
  const { lang } = useUi();
  const d = DOCUMENT_STRINGS[lang];
  const styles = useStyles();
  const f = props.failure;
  switch (f.code) {
    case 'unsupported':
      return <>{d.unsupported}</>;
    case 'pdf':
      return <>{d.pdfTitle}</>;
    case 'store':
      return <>{d.storeFailed}</>;
    case 'worker':
      return <>{d.importFailed}</>;
    case 'remove':
      return <>{d.removeFailed}</>;
    case 'too-large':
      return <>{importMessage('too-large', lang, { size: f.size })}</>;
    case 'core':
      // "Not text" in the core names PDF as importable, which is true of the CLI, not here.
      return (
        <>{f.problem.code === 'not-text' ? d.unsupported : importMessage(f.problem.code, lang, f.problem.params)}</>
      );
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

// The documents imported in this browser: title, kind, language, clauses, date, and Remove.
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { DOCUMENT_STRINGS } from '../../shared/ui/i18n-documents';
import { useUi } from '../../shared/ui/shell';
import type { StoredDocument } from '../../utils/document-store';
import { useSectionStyles } from '../../shared/ui/styles';
import { useDocumentStyles } from './styles';

export function DocumentList(props: {
  docs: StoredDocument[] | null;
  loadFailed: boolean;
  onRemove: (doc: StoredDocument) => void;
}) {
  const { lang, s } = useUi();
  const d = DOCUMENT_STRINGS[lang];
  const styles = useDocumentStyles();
  const section = useSectionStyles();
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const { docs } = props;
  return (
    <>
      {props.loadFailed ? (
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
        <ul className={section.list} aria-label={d.listLabel}>
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
              <Button aria-label={d.removeLabel(doc.title)} onClick={() => props.onRemove(doc)}>
                {d.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

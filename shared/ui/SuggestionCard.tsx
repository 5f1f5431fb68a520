// The situation, how sure the core is, and one line of why in plain words; the full
// explanation (matched words, the source behind the route) opens on demand. Written in the
// draft's language (the `lang` attribute says so); the labels around it in the interface's.
import { useEffect } from 'react';
import { mergeClasses, useId } from '@fluentui/react-components';
import { mark } from './marks';
import type { ExplanationItem, Suggestion } from '../core/model/types';
import { useUi } from './shell';
import { useSectionStyles } from './styles';
import { StaleNote } from './stale';

function Why(props: { item: ExplanationItem; linkClass: string }) {
  const { item } = props;
  if (item.type === 'source' && item.url) {
    return (
      <li>
        {item.text}{' '}
        <a className={props.linkClass} href={item.url} target="_blank" rel="noreferrer">
          {item.title}
        </a>{' '}
        <StaleNote updated={item.updated} source={item.title} />
      </li>
    );
  }
  return <li>{item.text}</li>;
}

/** The one-line explanation: the router's summary, else the first reason it gave. */
export function summaryLine(suggestion: Suggestion): string {
  if (suggestion.summary) return suggestion.summary;
  const first = suggestion.explanation.find((e) => e.type !== 'language' && e.type !== 'trimmed');
  return first?.text ?? '';
}

export function SuggestionCard(props: { suggestion: Suggestion; children?: React.ReactNode }) {
  useEffect(() => mark('suggestion'), [props.suggestion]);
  const { s } = useUi();
  const styles = useSectionStyles();
  const headingId = useId('scenario');
  const { suggestion } = props;
  const percent = Math.round(suggestion.scenario.confidence * 100);
  const unsure = suggestion.certainty === 'unsure' || suggestion.certainty === 'unreadable';
  const why = suggestion.explanation.filter((e) => e.type !== 'language');
  const line = summaryLine(suggestion);
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="suggestion">
      <div className={styles.row}>
        <div className={styles.grow}>
          <span className={styles.muted}>{s.scenario}</span>
          <h2
            id={headingId}
            className={styles.heading}
            lang={suggestion.language}
            data-testid="scenario"
            data-scenario={suggestion.scenario.id}
            data-certainty={suggestion.certainty ?? 'sure'}
          >
            {suggestion.scenario.title}
          </h2>
        </div>
        {unsure ? (
          <span className={mergeClasses(styles.pill, styles.pillWarning)} data-testid="not-sure">
            {s.notSure}
          </span>
        ) : (
          <span className={percent >= 60 ? styles.pill : mergeClasses(styles.pill, styles.pillNeutral)}>
            {s.confidence(percent)}
          </span>
        )}
      </div>
      {unsure ? (
        <span className={styles.strong}>{suggestion.certainty === 'unreadable' ? s.unreadable : s.notSureHint}</span>
      ) : null}
      {why.length > 0 ? (
        <details className={styles.muted}>
          <summary data-testid="summary" lang={suggestion.language}>
            {line}
          </summary>
          <span className={styles.strong}>{s.why}</span>
          <ul data-testid="why" lang={suggestion.language}>
            {why.map((item, i) => (
              <Why key={i} item={item} linkClass={styles.link} />
            ))}
          </ul>
        </details>
      ) : null}
      {props.children}
    </section>
  );
}

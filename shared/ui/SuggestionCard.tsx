// What the situation looks like, how sure the core is, and why: the matched phrases and
// the source sentence behind the route. A person who disagrees picks another situation.
import { mergeClasses, useId } from '@fluentui/react-components';
import type { ExplanationItem, Suggestion } from '../core/model/types';
import { useUi } from './shell';
import { useSectionStyles } from './styles';

function Why(props: { item: ExplanationItem; linkClass: string }) {
  const { item } = props;
  if (item.type === 'source' && item.url) {
    return (
      <li>
        {item.text}{' '}
        <a className={props.linkClass} href={item.url} target="_blank" rel="noreferrer">
          {item.title}
        </a>
      </li>
    );
  }
  return <li>{item.text}</li>;
}

export function SuggestionCard(props: {
  suggestion: Suggestion;
  /** The scenario the person chose instead of the best match, if any. */
  picked?: string;
  onPickScenario?: (id: string | undefined) => void;
}) {
  const { s } = useUi();
  const styles = useSectionStyles();
  const headingId = useId('scenario');
  const { suggestion } = props;
  const percent = Math.round(suggestion.scenario.confidence * 100);
  const why = suggestion.explanation.filter((e) => e.type !== 'language');
  const choices = [
    ...(props.picked ? [{ id: props.picked, title: suggestion.scenario.title }] : []),
    ...suggestion.alternatives.filter((a) => a.id !== props.picked),
  ];
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="suggestion">
      <div className={styles.row}>
        <div className={styles.grow}>
          <span className={styles.muted}>{s.scenario}</span>
          <h2 id={headingId} className={styles.heading} data-testid="scenario" data-scenario={suggestion.scenario.id}>
            {suggestion.scenario.title}
          </h2>
        </div>
        <span className={percent >= 60 ? styles.pill : mergeClasses(styles.pill, styles.pillNeutral)}>
          {s.confidence(percent)}
        </span>
      </div>
      {why.length > 0 ? (
        <details open>
          <summary>
            <span className={styles.strong}>{s.why}</span>
          </summary>
          <ul className={styles.muted} data-testid="why">
            {why.map((item, i) => (
              <Why key={i} item={item} linkClass={styles.link} />
            ))}
          </ul>
        </details>
      ) : null}
      {suggestion.advice.length > 0 ? (
        <div>
          <span className={styles.strong}>{s.advice}</span>
          <ul className={styles.text}>
            {suggestion.advice.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {props.onPickScenario && choices.length > 0 ? (
        <div className={styles.grow}>
          <label htmlFor={`${headingId}-other`} className={styles.fieldLabel}>
            {s.otherScenario}
          </label>
          <select
            id={`${headingId}-other`}
            className={styles.select}
            value={props.picked ?? ''}
            onChange={(e) => props.onPickScenario?.(e.target.value || undefined)}
            data-testid="alternatives"
          >
            <option value="">{s.keepScenario}</option>
            {choices.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </section>
  );
}

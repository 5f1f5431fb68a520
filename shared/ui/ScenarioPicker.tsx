// "Not this? Choose another situation": every situation the pack knows, not only the runner-ups,
// so a person who disagrees can always pick, down to "General question for OSS".
import { useId } from '@fluentui/react-components';
import { useUi } from './shell';
import { useSectionStyles } from './styles';

export function ScenarioPicker(props: {
  /** Every situation, in the pack's order, titled in the result's language. */
  scenarios: readonly { id: string; title: string }[];
  current: string;
  picked?: string;
  onPick: (id: string | undefined) => void;
}) {
  const { s } = useUi();
  const styles = useSectionStyles();
  const id = useId('other-scenario');
  return (
    <div className={styles.grow}>
      <label htmlFor={id} className={styles.fieldLabel}>
        {s.otherScenario}
      </label>
      <select
        id={id}
        className={styles.select}
        value={props.picked ?? ''}
        onChange={(e) => props.onPick(e.target.value || undefined)}
        data-testid="alternatives"
      >
        <option value="">{s.keepScenario}</option>
        {props.scenarios
          .filter((sc) => sc.id !== props.current || sc.id === props.picked)
          .map((sc) => (
            <option key={sc.id} value={sc.id}>
              {sc.title}
            </option>
          ))}
      </select>
    </div>
  );
}

// One suggestion, action first: call first (when urgent), the situation with one line of why,
// who the draft goes to with the button that sends it off, then the advice, the other
// situations, the excerpts to quote and the full draft. The first four fit a 400×600 popup and
// a 320 px pane without scrolling, and are drawn first: the excerpts and the full draft, below
// them, join after that frame is painted (their rendering and style insertion would otherwise
// hold back the answer a person is waiting for).
import { useEffect, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../core/pack/schema';
import type { Suggestion } from '../core/model/types';
import { DraftActions } from './DraftActions';
import { DraftPreview } from './DraftPreview';
import { ExcerptList } from './ExcerptList';
import { outgoing } from './outgoing';
import { RecipientList } from './RecipientList';
import { ScenarioPicker } from './ScenarioPicker';
import { SuggestionCard } from './SuggestionCard';
import { UrgentBanner } from './UrgentBanner';
import { useUi } from './shell';
import { useSectionStyles } from './styles';
import { afterPaint } from './after-paint';

/** False until the first frame showing the view has been painted (once per view). */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let live = true;
    void afterPaint().then(() => live && setPainted(true));
    return () => {
      live = false;
    };
  }, []);
  return painted;
}

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export function SuggestionView(props: {
  suggestion: Suggestion;
  rsoIds?: readonly string[];
  /** Every situation, titled in the result's language, for "choose another situation". */
  scenarios?: readonly { id: string; title: string }[];
  picked?: string;
  onPickScenario?: (id: string | undefined) => void;
  onLanguage?: (lang: Lang) => void;
}) {
  const { s } = useUi();
  const styles = useStyles();
  const section = useSectionStyles();
  const { suggestion } = props;
  const painted = usePainted();
  const out = outgoing(suggestion.recipients, props.rsoIds ?? []);
  const hasRecipients = out.to.length + out.cc.length > 0;
  const unsure = suggestion.certainty === 'unsure' || suggestion.certainty === 'unreadable';
  const picker =
    props.onPickScenario && props.scenarios ? (
      <ScenarioPicker
        scenarios={props.scenarios}
        current={suggestion.scenario.id}
        picked={props.picked}
        onPick={props.onPickScenario}
      />
    ) : null;
  return (
    <div className={styles.stack}>
      {suggestion.urgent && suggestion.callFirst ? <UrgentBanner callFirst={suggestion.callFirst} /> : null}
      {/* When the router is not sure, the choice comes before anything is sent. */}
      <SuggestionCard suggestion={suggestion}>{unsure ? picker : null}</SuggestionCard>
      {hasRecipients ? (
        <RecipientList out={out} rsoIds={props.rsoIds}>
          <DraftActions draft={suggestion.draft} out={out} />
        </RecipientList>
      ) : null}
      {suggestion.advice.length > 0 || (!unsure && picker) ? (
        <section className={section.section} aria-label={s.advice}>
          {suggestion.advice.length > 0 ? (
            <div>
              <span className={section.strong}>{s.advice}</span>
              <ul className={section.text} lang={suggestion.language}>
                {suggestion.advice.map((a, i) => (
                  <li key={i}>{a}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {!unsure ? picker : null}
        </section>
      ) : null}
      {painted && (hasRecipients || suggestion.excerpts.length > 0) ? (
        <ExcerptList excerpts={suggestion.excerpts} />
      ) : null}
      {painted && hasRecipients ? <DraftPreview draft={suggestion.draft} onLanguage={props.onLanguage} /> : null}
    </div>
  );
}

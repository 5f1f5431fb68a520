// One suggestion, in the order a person needs it: call first (when urgent), the situation
// and why, who to write to, the excerpts to quote, and the draft.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../core/pack/schema';
import type { Suggestion } from '../core/model/types';
import { DraftPreview } from './DraftPreview';
import { ExcerptList } from './ExcerptList';
import { emailsOf, RecipientList } from './RecipientList';
import { SuggestionCard } from './SuggestionCard';
import { UrgentBanner } from './UrgentBanner';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export function SuggestionView(props: {
  suggestion: Suggestion;
  rsoIds?: readonly string[];
  picked?: string;
  onPickScenario?: (id: string | undefined) => void;
  onLanguage?: (lang: Lang) => void;
}) {
  const styles = useStyles();
  const { suggestion } = props;
  const hasRecipients = suggestion.recipients.to.length + suggestion.recipients.cc.length > 0;
  return (
    <div className={styles.stack}>
      {suggestion.urgent && suggestion.callFirst ? <UrgentBanner callFirst={suggestion.callFirst} /> : null}
      <SuggestionCard suggestion={suggestion} picked={props.picked} onPickScenario={props.onPickScenario} />
      {hasRecipients ? (
        <RecipientList to={suggestion.recipients.to} cc={suggestion.recipients.cc} rsoIds={props.rsoIds} />
      ) : null}
      {hasRecipients || suggestion.excerpts.length > 0 ? <ExcerptList excerpts={suggestion.excerpts} /> : null}
      {hasRecipients ? (
        <DraftPreview
          draft={suggestion.draft}
          excerpts={suggestion.excerpts}
          to={emailsOf(suggestion.recipients.to)}
          cc={emailsOf(suggestion.recipients.cc)}
          onLanguage={props.onLanguage}
        />
      ) : null}
    </div>
  );
}

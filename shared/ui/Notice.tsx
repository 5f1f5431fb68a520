// A short message with an intent colour: lighter than Fluent's MessageBar, which the popup's
// size budget cannot afford, and built from the same theme tokens. The icon is decorative;
// the words carry the meaning. `live` makes screen readers read it when it appears.
import type { ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

export type Intent = 'info' | 'warning' | 'error';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke1}` },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `1px solid ${tokens.colorStatusWarningBorder1}`,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `1px solid ${tokens.colorStatusDangerBorder1}`,
  },
  icon: { flexShrink: 0, marginTop: '2px' },
  iconInfo: { color: tokens.colorNeutralForeground3 },
  iconWarning: { color: tokens.colorStatusWarningForeground1 },
  iconError: { color: tokens.colorStatusDangerForeground1 },
  body: { minWidth: 0, flexGrow: 1, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  title: { fontWeight: tokens.fontWeightSemibold },
});

// A circle with "i" or "!" drawn in currentColor.
function Icon(props: { intent: Intent; className: string }) {
  const mark = props.intent === 'info' ? 'M8 7v4M8 5h.01' : 'M8 4.5v4M8 11h.01';
  return (
    <svg className={props.className} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d={mark} stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

export function Notice(props: {
  intent: Intent;
  title?: string;
  live?: 'polite' | 'assertive';
  children: ReactNode;
  'data-testid'?: string;
}) {
  const styles = useStyles();
  const iconClass = mergeClasses(
    styles.icon,
    props.intent === 'info' ? styles.iconInfo : props.intent === 'warning' ? styles.iconWarning : styles.iconError,
  );
  return (
    <div
      className={mergeClasses(styles.root, styles[props.intent])}
      role={props.live === 'assertive' ? 'alert' : props.live === 'polite' ? 'status' : undefined}
      data-testid={props['data-testid']}
    >
      <Icon intent={props.intent} className={iconClass} />
      <div className={styles.body}>
        {props.title ? <span className={styles.title}>{props.title}</span> : null}
        <div>{props.children}</div>
      </div>
    </div>
  );
}

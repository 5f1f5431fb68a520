// Figures for a labelled set: accuracy, per-scenario precision and recall, per-language
// accuracy, a confusion matrix, and the two that matter most for safety: hostage recall and
// hard negatives raised as urgent.
export interface Outcome {
  id: string;
  language: string;
  expected: string;
  got: string;
  urgent: boolean;
  certainty: string;
  why?: string;
}

export interface Figures {
  emails: number;
  accuracy: number;
  perScenario: { id: string; support: number; precision: number; recall: number }[];
  perLanguage: { language: string; emails: number; accuracy: number }[];
  /** confusion[expected][got] = count. */
  confusion: Record<string, Record<string, number>>;
  urgentRecall: number | null;
  /** Emails labelled "none" that came out urgent (ids). */
  falseUrgent: string[];
  unsure: number;
  errors: Outcome[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluate(outcomes: Outcome[], classes: string[], urgentClasses: string[]): Figures {
  const confusion: Record<string, Record<string, number>> = {};
  for (const e of classes) confusion[e] = Object.fromEntries(classes.map((g) => [g, 0]));
  for (const o of outcomes) {
    const row = confusion[o.expected];
    if (row) row[o.got] = (row[o.got] ?? 0) + 1;
  }
  const right = outcomes.filter((o) => o.expected === o.got).length;
  const perScenario = classes.map((id) => {
    const tp = outcomes.filter((o) => o.expected === id && o.got === id).length;
    const support = outcomes.filter((o) => o.expected === id).length;
    const predicted = outcomes.filter((o) => o.got === id).length;
    return { id, support, precision: ratio(tp, predicted), recall: ratio(tp, support) };
  });
  const languages = [...new Set(outcomes.map((o) => o.language))].sort();
  const perLanguage = languages.map((language) => {
    const mine = outcomes.filter((o) => o.language === language);
    return {
      language,
      emails: mine.length,
      accuracy: ratio(mine.filter((o) => o.expected === o.got).length, mine.length),
    };
  });
  const urgent = outcomes.filter((o) => urgentClasses.includes(o.expected));
  return {
    emails: outcomes.length,
    accuracy: ratio(right, outcomes.length),
    perScenario,
    perLanguage,
    confusion,
    urgentRecall: urgent.length ? urgent.filter((o) => o.got === o.expected).length / urgent.length : null,
    falseUrgent: outcomes.filter((o) => o.expected === 'none' && o.urgent).map((o) => o.id),
    unsure: outcomes.filter((o) => o.certainty !== 'sure').length,
    errors: outcomes.filter((o) => o.expected !== o.got),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The figures as a plain-text report (what `oss-assist eval` prints). */
export function formatFigures(f: Figures, classes: string[]): string {
  const lines = [
    `Emails: ${f.emails}   accuracy: ${pct(f.accuracy)}   unsure: ${f.unsure}`,
    `Urgent (hostage) recall: ${f.urgentRecall === null ? 'n/a' : pct(f.urgentRecall)}   hard negatives raised as urgent: ${f.falseUrgent.length}`,
    '',
    'Scenario               support  precision  recall',
    ...f.perScenario.map(
      (s) =>
        `${s.id.padEnd(22)} ${String(s.support).padStart(7)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}`,
    ),
    '',
    'Language  emails  accuracy',
    ...f.perLanguage.map(
      (l) => `${l.language.padEnd(8)} ${String(l.emails).padStart(7)}  ${pct(l.accuracy).padStart(8)}`,
    ),
    '',
    'Confusion (rows: expected, columns: got)',
    `${''.padEnd(22)} ${classes.map((_, i) => String(i + 1).padStart(4)).join('')}`,
    ...classes.map(
      (e, i) =>
        `${`${i + 1} ${e}`.padEnd(22)} ${classes.map((g) => String(f.confusion[e]?.[g] ?? 0).padStart(4)).join('')}`,
    ),
  ];
  return lines.join('\n');
}

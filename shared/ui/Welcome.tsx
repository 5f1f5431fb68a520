// The first-run set-up: the RSO's name and address, the duty station, the Operations Centre
// number if the office has it, and the language. Fields an organisation set by policy are not
// asked. Checked on "Save and start" with the settings form's own rules; "Later" skips it.
// Native controls dressed with the theme's tokens: this part loads on demand and must not pull
// Fluent's heavier inputs into the first screen of the popup or the pane.
import { useState, type FormEvent } from 'react';
import { Button, makeStyles, tokens, useId } from '@fluentui/react-components';
import { checkSettings } from '../core/settings/check';
import { LANGS } from '../core/model/vocabulary';
import type { Settings } from '../core/pack/schema';
import { fieldErrors } from './settings-errors';
import { useUi } from './shell';
import { useSectionStyles } from './styles';
import { dismissWelcome, welcomeFields, type WelcomeField } from './welcome-state';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export function Welcome(props: {
  settings: Settings;
  locked: readonly (keyof Settings)[];
  onDone: (saved: Settings | null) => void;
}) {
  const { s, port, announce } = useUi();
  const styles = useStyles();
  const section = useSectionStyles();
  const id = useId('welcome');
  const fields = welcomeFields(props.locked);
  const [values, setValues] = useState<Settings>(props.settings);
  const [errors, setErrors] = useState<Partial<Record<WelcomeField, string>>>({});
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const found = fieldErrors(s, values);
    const mine = Object.fromEntries(fields.flatMap((k) => (found[k] ? [[k, found[k]]] : [])));
    setErrors(mine);
    const checked = checkSettings(values);
    if (!checked.ok || Object.keys(mine).length > 0) {
      announce(s.fixErrors);
      const first = fields.find((k) => mine[k]);
      if (first) form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await port.saveSettings?.(checked.value);
      dismissWelcome();
      announce(s.saved);
      props.onDone(checked.value);
    } catch {
      announce(s.saveFailed);
      setBusy(false);
    }
  };

  return (
    <section className={section.section} aria-labelledby={`${id}-title`} data-testid="welcome">
      <h2 id={`${id}-title`} className={styles.title}>
        {s.welcomeTitle}
      </h2>
      <span className={section.muted}>{s.welcomeIntro}</span>
      <form className={styles.form} onSubmit={(e) => void onSubmit(e)} noValidate>
        {fields.map((key) => {
          const fieldId = `${id}-${key}`;
          const hint = key === 'rsoEmail' || key === 'opsCentrePhone' ? s.field[key].hint : '';
          const described = [hint ? `${fieldId}-hint` : '', errors[key] ? `${fieldId}-error` : '']
            .filter(Boolean)
            .join(' ');
          return (
            <div key={key} className={section.grow}>
              <label htmlFor={fieldId} className={section.fieldLabel}>
                {s.field[key].label}
              </label>
              {key === 'language' ? (
                <select
                  id={fieldId}
                  name={key}
                  className={section.select}
                  value={values.language}
                  onChange={(e) => setValues((v) => ({ ...v, language: e.target.value as Settings['language'] }))}
                >
                  <option value="auto">
                    {port.surface === 'mail-client' ? s.languageAutoOutlook : s.languageAuto}
                  </option>
                  {LANGS.map((l) => (
                    <option key={l} value={l}>
                      {s.langName[l]}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={fieldId}
                  name={key}
                  className={section.select}
                  type={key === 'rsoEmail' ? 'email' : key === 'opsCentrePhone' ? 'tel' : 'text'}
                  value={values[key]}
                  autoComplete="off"
                  aria-invalid={errors[key] ? true : undefined}
                  aria-describedby={described || undefined}
                  onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
                />
              )}
              {hint ? (
                <span id={`${fieldId}-hint`} className={section.muted}>
                  {hint}
                </span>
              ) : null}
              {errors[key] ? (
                <span id={`${fieldId}-error`} className={styles.error}>
                  {errors[key]}
                </span>
              ) : null}
            </div>
          );
        })}
        <div className={section.actions}>
          <Button type="submit" appearance="primary" disabled={busy}>
            {s.welcomeSave}
          </Button>
          <Button
            onClick={() => {
              dismissWelcome();
              props.onDone(null);
            }}
          >
            {s.welcomeLater}
          </Button>
        </div>
      </form>
    </section>
  );
}

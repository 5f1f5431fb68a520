// The settings the sources cannot supply. Validated by the core's checkSettings; each
// problem is shown under its field in the person's language. Fields an organisation set
// by policy are read-only (still focusable and readable) and marked as such.
import { useState, type FormEvent } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { checkSettings, type Settings } from '../core/settings/check';
import { LANGS, SETTING_KEYS, type SettingKey } from '../core/model/vocabulary';
import type { UiStrings } from './i18n';
import type { SettingsState } from './port';
import { useUi } from './shell';
import { debug } from '../core/model/debug';
import { DiagnosticsSwitch } from './DiagnosticsSwitch';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
});

// The order a person fills them in.
const ORDER: SettingKey[] = [
  'rsoName',
  'rsoEmail',
  'dutyStation',
  'senderName',
  'opsCentrePhone',
  'opsCentreEmail',
  'language',
];

type Errors = Partial<Record<SettingKey, string>>;

function messageFor(s: UiStrings, key: SettingKey): string {
  if (key === 'rsoEmail' || key === 'opsCentreEmail') return s.notEmail;
  if (key === 'opsCentrePhone') return s.notPhone;
  return s.tooLong;
}

/** Problems from the core, one localised message per field. */
export function fieldErrors(s: UiStrings, values: Settings): Errors {
  const result = checkSettings(values);
  if (result.ok) return {};
  const errors: Errors = {};
  for (const p of result.error) {
    const key = SETTING_KEYS.find((k) => new RegExp(`\\b${k}\\b`).test(p.path));
    if (key) errors[key] = messageFor(s, key);
  }
  return errors;
}

export function SettingsForm(props: { state: SettingsState; onSaved?: (settings: Settings) => void }) {
  const { s, port, announce } = useUi();
  const styles = useStyles();
  const [values, setValues] = useState<Settings>(props.state.settings);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'invalid' | 'failed'>('idle');
  const locked = new Set(props.state.locked);
  const save = port.saveSettings;

  const set = (key: SettingKey, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setStatus('idle');
    // Clear a field's message as soon as it is fixed; new messages wait for blur or save.
    if (errors[key]) setErrors((e) => ({ ...e, [key]: fieldErrors(s, { ...values, [key]: value })[key] }));
  };
  const check = (key: SettingKey) => setErrors((e) => ({ ...e, [key]: fieldErrors(s, values)[key] }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const found = fieldErrors(s, values);
    setErrors(found);
    const result = checkSettings(values);
    if (!result.ok || Object.keys(found).length > 0) {
      setStatus('invalid');
      announce(s.fixErrors);
      return;
    }
    if (!save) return;
    setStatus('saving');
    try {
      await save(result.value);
      setStatus('saved');
      announce(s.saved);
      props.onSaved?.(result.value);
    } catch (error) {
      debug('settings: save', error);
      setStatus('failed');
      announce(s.saveFailed);
    }
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="settings-form">
      {locked.size > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.managedNote}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.state.ignored && props.state.ignored.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {s.ignoredStored(props.state.ignored.map((k) => s.field[k].label).join(', '))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {ORDER.map((key) => {
        const isLocked = locked.has(key);
        const hint = isLocked ? `${s.lockedField}. ${s.field[key].hint}` : s.field[key].hint;
        const fieldProps = {
          label: s.field[key].label,
          hint,
          validationState: errors[key] ? ('error' as const) : undefined,
          validationMessage: errors[key],
        };
        if (key === 'language') {
          return (
            <Field key={key} {...fieldProps}>
              <Select
                name={key}
                value={values.language}
                disabled={isLocked}
                onChange={(_, data) => set(key, data.value)}
              >
                <option value="auto">{s.languageAuto}</option>
                {LANGS.map((l) => (
                  <option key={l} value={l}>
                    {s.langName[l]}
                  </option>
                ))}
              </Select>
            </Field>
          );
        }
        return (
          <Field key={key} {...fieldProps}>
            <Input
              name={key}
              type={key.endsWith('Email') ? 'email' : key.endsWith('Phone') ? 'tel' : 'text'}
              value={values[key]}
              readOnly={isLocked}
              appearance={isLocked ? 'filled-darker' : 'outline'}
              autoComplete="off"
              onChange={(_, data) => set(key, data.value)}
              onBlur={() => check(key)}
            />
          </Field>
        );
      })}
      {port.diagnostics ? <DiagnosticsSwitch diagnostics={port.diagnostics} /> : null}
      <div className={styles.actions}>
        {save ? (
          <Button type="submit" appearance="primary" disabled={status === 'saving'}>
            {status === 'saving' ? s.saving : s.save}
          </Button>
        ) : null}
        <span data-testid="settings-status">
          {status === 'saved' ? s.saved : status === 'invalid' ? s.fixErrors : status === 'failed' ? s.saveFailed : ''}
        </span>
      </div>
    </form>
  );
}

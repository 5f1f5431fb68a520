// The settings the sources cannot supply. Validated by the core's checkSettings; each
// problem is shown under its field in the person's language. Fields an organisation set
// by policy are read-only (still focusable and readable) and marked as such.
import { useEffect, useRef, useState, type FormEvent } from 'react';
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
import { LANGS, type SettingKey } from '../core/model/vocabulary';
import { fieldErrors } from './settings-errors';
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

export function SettingsForm(props: { state: SettingsState; onSaved?: (settings: Settings) => void }) {
  const { s, port, announce } = useUi();
  const styles = useStyles();
  const [values, setValues] = useState<Settings>(props.state.settings);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'invalid' | 'failed'>('idle');
  const locked = new Set(props.state.locked);
  const invalidPolicy = new Set(props.state.invalidPolicy ?? []);
  const save = port.saveSettings;

  const set = (key: SettingKey, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setStatus('idle');
    // Clear a field's message as soon as it is fixed; new messages wait for Save. (Checking on
    // blur would add a line between mouse-down and mouse-up on Save and lose the click.)
    if (errors[key]) setErrors((e) => ({ ...e, [key]: fieldErrors(s, { ...values, [key]: value })[key] }));
  };
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = ORDER.some((k) => values[k] !== props.state.settings[k]) && status !== 'saved';
  useEffect(() => {
    if (!dirty) return;
    // Unsaved changes: the browser asks before the page is closed or left.
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const found = fieldErrors(s, values);
    setErrors(found);
    const result = checkSettings(values);
    if (!result.ok || Object.keys(found).length > 0) {
      setStatus('invalid');
      announce(s.fixErrors);
      // To the first field to fix, in the order they are shown.
      const first = ORDER.find((k) => found[k]);
      if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
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
    <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="settings-form" ref={formRef}>
      {locked.size > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.managedNote}</MessageBarBody>
        </MessageBar>
      ) : null}
      {invalidPolicy.size > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="invalid-policy">
          <MessageBarBody>{s.invalidPolicy([...invalidPolicy].map((k) => s.field[k].label).join(', '))}</MessageBarBody>
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
        const hint = invalidPolicy.has(key)
          ? `${s.invalidPolicyField}. ${s.field[key].hint}`
          : isLocked
            ? `${s.lockedField}. ${s.field[key].hint}`
            : s.field[key].hint;
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
                <option value="auto">{port.surface === 'mail-client' ? s.languageAutoOutlook : s.languageAuto}</option>
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

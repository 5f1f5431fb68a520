// The "Show diagnostics in the console" switch under the settings. It takes effect and is
// stored at once (it is not one of the validated settings the Save button sends). A native
// checkbox in a Fluent Field: no extra component in the pane's and popup's size budgets.
import { useEffect, useId, useState } from 'react';
import { Field } from '@fluentui/react-components';
import { debug } from '../core/model/debug';
import type { HostPort } from './port';
import { showDiagnostics } from './diagnostics';
import { useUi } from './shell';

export function DiagnosticsSwitch(props: { diagnostics: NonNullable<HostPort['diagnostics']> }) {
  const { s, announce } = useUi();
  const id = useId();
  const [on, setOn] = useState(false);
  const { load, save } = props.diagnostics;
  useEffect(() => {
    load().then(setOn, (error: unknown) => debug('diagnostics: load', error));
  }, [load]);
  const toggle = async (next: boolean) => {
    setOn(next);
    showDiagnostics(next);
    try {
      await save(next);
    } catch (error) {
      debug('diagnostics: save', error);
      announce(s.saveFailed);
    }
  };
  return (
    <Field hint={s.diagnostics.hint}>
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          name="diagnostics"
          checked={on}
          onChange={(e) => void toggle(e.target.checked)}
        />{' '}
        {s.diagnostics.label}
      </label>
    </Field>
  );
}

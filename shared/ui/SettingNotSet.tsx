// A setting the product needs and the person has not given (the RSO's address, the Operations
// Centre number): a button to the settings where the host has them, plain words otherwise.
import { Button } from '@fluentui/react-components';
import { useUi } from './shell';

export function SettingNotSet(props: {
  label: string;
  testId: string;
  buttonClassName?: string;
  textClassName?: string;
}) {
  const { port } = useUi();
  if (!port.openSettings) {
    return (
      <strong className={props.textClassName} data-testid={props.testId}>
        {props.label}
      </strong>
    );
  }
  const open = port.openSettings;
  return (
    <Button
      appearance="outline"
      size="small"
      className={props.buttonClassName}
      onClick={() => open()}
      data-testid={props.testId}
    >
      {props.label}
    </Button>
  );
}

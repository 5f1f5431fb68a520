// The one roaming-settings key, shared by the pane and the send-time script (which must not
// import the pane's code: it is a separate, small bundle). It holds settings, never email text.
export const SETTINGS_KEY = 'settings';
/** "Show diagnostics in the console" (shared/ui/diagnostics.ts): true or absent. */
export const DIAGNOSTICS_KEY = 'diagnostics';

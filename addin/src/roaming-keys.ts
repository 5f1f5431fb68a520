// The keys the add-in stores under in Office's roaming settings, shared by the pane and the
// send-time script (which must not import the pane's code: it is a separate, small bundle).
// They hold settings, never email text.
export const SETTINGS_KEY = 'settings';
/** "Show diagnostics in the console" (shared/ui/diagnostics.ts): true or absent. */
export const DIAGNOSTICS_KEY = 'diagnostics';

// "Show diagnostics in the console": when on, what a `catch` swallowed (the core's debug()
// channel) goes to console.debug with the place it happened. Off by default. Stored by each host
// beside its settings (a flag of the host, not a setting a pack or a draft can refer to).
import { setDebugSink } from '../core/model/debug';

/** Wires the debug channel to the console, or switches it off. */
export function showDiagnostics(on: boolean): void {
  setDebugSink(on ? (where, text) => console.debug(`[oss-assist] ${where}: ${text}`) : null);
}

/** A stored flag is on only when it is exactly true: anything else (absent, damaged) is off. */
export const diagnosticsOn = (stored: unknown): boolean => stored === true;

// A debug channel for what a `catch` swallows on purpose (a browser without an API, a store
// that cannot be read). Off by default: nothing is reported until a host sets a sink (the
// "Show diagnostics in the console" setting, the CLI's --debug). It takes a place name and the
// error only — never email text, so nothing a person wrote can reach a console or a log.
import { errorText } from './result';

type Sink = (where: string, text: string) => void;

let sink: Sink | null = null;

/** Reports a swallowed error. Does nothing unless a sink is set; never throws. */
export function debug(where: string, error: unknown): void {
  if (!sink) return;
  try {
    sink(where, errorText(error));
  } catch {
    // A failing sink must not turn a handled error into an unhandled one; there is nowhere left to report.
  }
}

/** Where reports go (for example console.debug); null switches the channel off. */
export function setDebugSink(next: Sink | null): void {
  sink = next;
}

// The one shape of "this may fail": a function that can fail returns a Result instead of
// throwing, so the caller's types say both outcomes and a check is never forgotten.
// What failed is `error` — a list of problems, a code, a sentence — whatever the caller needs.

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

/** What went wrong, as a sentence, from anything a `catch` receives. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

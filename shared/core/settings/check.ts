// Settings a person (or their organisation) supplies: what no source gives. Written with
// zod/mini, which bundles to a few KB, because the popup, the pane and the send-time script all
// check settings on every start.
import * as z from 'zod/mini';
import { LANGS, PHONE_PATTERN } from '../model/vocabulary';
import { fromIssues, type Problem } from '../model/problems';
import { fail, ok, type Result } from '../model/result';

const optionalEmail = z.union([
  z.literal(''),
  z.email({ error: 'is not an email address' }).check(z.maxLength(254, 'must be at most 254 characters')),
]);
const shortText = (max: number) => z.string().check(z.trim(), z.maxLength(max, `must be at most ${max} characters`));

export const Settings = z.object({
  rsoEmail: z._default(optionalEmail, ''),
  rsoName: z._default(shortText(120), ''),
  dutyStation: z._default(shortText(120), ''),
  senderName: z._default(shortText(120), ''),
  language: z._default(z.enum(['auto', ...LANGS], { error: 'must be auto, en, fr or es' }), 'auto'),
  opsCentrePhone: z._default(
    z.union([
      z.literal(''),
      z
        .string()
        .check(
          z.trim(),
          z.maxLength(40, 'must be at most 40 characters'),
          z.regex(PHONE_PATTERN, 'is not a phone number'),
        ),
    ]),
    '',
  ),
  opsCentreEmail: z._default(optionalEmail, ''),
});
export type Settings = z.infer<typeof Settings>;
export type SettingsInput = z.input<typeof Settings>;

export function checkSettings(input: unknown): Result<Settings, Problem[]> {
  const parsed = Settings.safeParse(input ?? {});
  if (parsed.success) return ok(parsed.data);
  // One sentence per field: a 10,000-character phone number is first of all too long.
  const seen = new Set<string>();
  const problems = fromIssues(parsed.error.issues).filter((p) => !seen.has(p.path) && seen.add(p.path));
  return fail(problems);
}

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

// Only the newest message of a thread should decide the route: the quoted history below it is
// what someone else already escalated, and a signature is never a request.

const QUOTE_HEADERS = [
  /^\s*on .{3,200}wrote:\s*$/i, // Gmail, Apple Mail (en)
  /^\s*le .{3,200}a écrit\s*:\s*$/i, // fr
  /^\s*el .{3,200}escribió:\s*$/i, // es
  /^\s*-{2,}\s*(original message|message d'origine|mensaje original)\s*-{2,}\s*$/i,
  /^\s*_{10,}\s*$/, // Outlook's rule above the quoted header
  /^\s*(from|de|von)\s*:\s*.+$/i, // Outlook's "From:" block
  /^\s*-{2,}\s*forwarded message\s*-{2,}\s*$/i,
];

const SIGNATURE = [
  /^-- ?$/, // the standard delimiter
  /^\s*(best regards|kind regards|regards|best|thanks|thank you|many thanks|cheers|sincerely)[,!.]?\s*$/i,
  /^\s*(cordialement|bien cordialement|bien à vous|merci|salutations|meilleures salutations)[,!.]?\s*$/i,
  /^\s*(saludos|saludos cordiales|atentamente|un saludo|cordialmente|gracias|muchas gracias)[,!.]?\s*$/i,
  /^\s*sent from my /i,
  /^\s*envoyé de mon /i,
  /^\s*enviado desde mi /i,
];

/** Longest text we read at all. A 5 MB paste is cut here before any line work happens. */
export const MAX_INPUT = 200_000;

export function trimThread(text: string): { text: string; removedChars: number } {
  const input = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  const lines = input.split(/\r?\n/);
  let end = lines.length;
  // Cut only after at least one line of content: a reply that starts with "Thanks," still says something.
  let hasContent = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (hasContent && (QUOTE_HEADERS.some((re) => re.test(line)) || SIGNATURE.some((re) => re.test(line)))) {
      end = i;
      break;
    }
    if (line.trim() !== '' && !line.trimStart().startsWith('>')) hasContent = true;
  }
  const kept = lines
    .slice(0, end)
    .filter((l) => !l.trimStart().startsWith('>'))
    .join('\n')
    .trim();
  return { text: kept, removedChars: text.trim().length - kept.length };
}

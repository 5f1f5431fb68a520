// Only the newest message of a thread should decide the route: the quoted history below it is
// what someone else already escalated, and a signature is never a request. A forwarded message
// is different: "see below what UNDSS wrote to us" makes the forward the matter, so its text is
// kept (its From/Date/To header lines are not) and read as part of the newest message.

const QUOTE_HEADERS = [
  /^\s*on .{3,200}wrote:\s*$/i, // Gmail, Apple Mail (en)
  /^\s*le .{3,200}a écrit\s*:\s*$/i, // fr
  /^\s*el .{3,200}escribió:\s*$/i, // es
  /^\s*-{2,}\s*(original message|message d'origine|mensaje original)\s*-{2,}\s*$/i,
  /^\s*_{10,}\s*$/, // Outlook's rule above the quoted header
  /^\s*(from|de|von)\s*:\s*.+$/i, // Outlook's "From:" block
];

/** Lines that always open a forwarded message. */
const FORWARD_INTROS = [
  /^\s*-{2,}\s*(forwarded message|message transf[ée]r[ée]|mensaje reenviado)\s*-{2,}\s*$/i,
  /^\s*(begin forwarded message|d[ée]but du message (r[ée]exp[ée]di[ée]|transf[ée]r[ée]|r[ée]envoy[ée])|inicio del mensaje reenviado)\s*:?\s*$/i,
];
/** A header line of a forwarded or quoted message. */
const HEADER_LINE =
  /^\s*(from|de|von|sent|date|envoy[ée](?: le)?|enviado(?: el)?|fecha|to|à|a|pour|para|cc|cci|bcc|copie|subject|objet|sujet|asunto)\s*:/i;
const SUBJECT_LINE = /^\s*(subject|objet|sujet|asunto)\s*:\s*(.*)$/i;
const FORWARD_SUBJECT = /^\s*((re|aw|ref)\s*:\s*)*(fwd?|tr|rv|enc)\s*:/i;
/** What people write above a forward ("See below", "FYI", "Voir ci-dessous", "Ver abajo", "Te reenvío", "Para su atención"). */
const FORWARD_NOTE =
  /\b(below|forward\w*|fyi|fwd?|for (your )?(info|information|attention|action)|pour (info|information|action|attention|votre (information|attention|action))|en dessous|voir en bas|re[çc]u de|para su (informaci[oó]n|atenci[oó]n|conocimiento)|ver lo que|passing (this|it) on|sharing|the message we (got|received)|ci-dessous|transf[eè]r\w*|voir en dessous|fais suivre|je (vous |te )?transmets|le message (que nous avons|re[çc]u)|abajo|reenv[ií]\w*|a continuaci[oó]n|les? hago llegar|te paso|les paso|comparto|el mensaje que (recibimos|nos lleg[oó]))\b/i;

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

/**
 * Whether the header block starting at line `i` opens a forward: an explicit forward line, a
 * block whose subject (or the email's own) says FW/Fwd/TR/RV, or one below nothing but a short
 * forwarding note.
 */
function opensForward(lines: string[], i: number, above: () => string, ownSubject: string): boolean {
  const line = lines[i] ?? '';
  if (FORWARD_INTROS.some((re) => re.test(line))) return true;
  if (!QUOTE_HEADERS.slice(3).some((re) => re.test(line))) return false;
  if (FORWARD_SUBJECT.test(ownSubject)) return true;
  for (let k = i; k < Math.min(lines.length, i + 8); k++) {
    const m = SUBJECT_LINE.exec(lines[k] ?? '');
    if (m) {
      if (FORWARD_SUBJECT.test(m[2] ?? '')) return true;
      break;
    }
  }
  const note = above().trim();
  return note.length < 200 && FORWARD_NOTE.test(note);
}

/** Where the forward's header lines end (its subject is kept as text: it often names the matter). */
function skipHeaders(lines: string[], i: number, keep: string[]): number {
  let k = i + 1;
  while (k < lines.length && k < i + 12) {
    const line = lines[k] ?? '';
    if (line.trim() === '' || HEADER_LINE.test(line) || /^\s*_{10,}\s*$/.test(line)) {
      const subject = SUBJECT_LINE.exec(line);
      if (subject?.[2]) keep.push(subject[2]);
      k++;
    } else break;
  }
  return k;
}

export function trimThread(text: string): { text: string; removedChars: number } {
  const input = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  const lines = input.split(/\r?\n/);
  const ownSubject = SUBJECT_LINE.exec(lines.find((l) => l.trim() !== '') ?? '')?.[2] ?? '';
  const kept: string[] = [];
  let forwarded = false;
  // Cut only after at least one line of content: a reply that starts with "Thanks," still says something.
  let hasContent = false;
  // The note above a forward, read only for a line that looks like a forward's header: joining the
  // kept lines at every line made a 100 KB text cost its square.
  const above = () => kept.join('\n').replace(SUBJECT_LINE, '');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!forwarded && opensForward(lines, i, above, ownSubject)) {
      forwarded = true;
      i = skipHeaders(lines, i, kept) - 1;
      continue;
    }
    if (hasContent && SIGNATURE.some((re) => re.test(line))) {
      // A signature above a forward ends the note, not the email: read on from the forward.
      const next = forwarded
        ? -1
        : lines.findIndex((l, k) => k > i && [...FORWARD_INTROS, ...QUOTE_HEADERS].some((re) => re.test(l)));
      if (next < 0 || !opensForward(lines, next, above, ownSubject)) break;
      i = next - 1;
      continue;
    }
    if (hasContent && QUOTE_HEADERS.some((re) => re.test(line))) break;
    if (line.trimStart().startsWith('>')) continue;
    if (line.trim() !== '') hasContent = true;
    kept.push(line);
  }
  const out = kept.join('\n').trim();
  return { text: out, removedChars: Math.max(0, text.trim().length - out.length) };
}

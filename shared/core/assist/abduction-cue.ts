// Whether a text shows any sign of someone taken, held, missing or bargained for: without one, it
// is no abduction (hostage-guard.ts sets the urgent route aside). The model reads many incident
// words (armed men, threats, a robbery, weapons) that are not an abduction; this check reads only
// the signs of one. Broad on purpose, since a missed abduction is worse than a false alarm: the
// plain verbs ("taken", "kept", "ils le gardent", "se lo llevaron"), being in someone's hands,
// losing contact, not coming back, demands for money, release and negotiation, in en/fr/es,
// with one typo allowed in the longer words ("kidnaped", "focing", "secuestardo").
// Run on normalised text (lower case, accents folded), only when the urgent route is proposed.

const CUE = new RegExp(
  '\\b(?:' +
    [
      // the event itself, and the plainer verbs a report uses ("taken", "kept him", "l'ont gardé")
      'kidnap\\w*|abduct\\w*|hostages?|captors?|captiv\\w*|captur\\w*|ransom|enlev\\w*|otages?|ravisseurs?|rancon',
      'sequestr\\w*|secuestr\\w*|rehen(?:es)?|rapt\\w*|plagiad\\w*|rescate',
      'taken|took|held|holding|seized|grabbed|snatched|led away|marched off|dragged|pulled|driven off|drove off',
      'walked (?:him|her|them) away|forc(?:ed|ing)|by force|(?:keep(?:s|ing)?|kept) (?:him|her|them|our|my)',
      'detain\\w*|arrested|detien\\w*|detenu\\w*|detenir|retien\\w*|retenu\\w*|tiennent|emmen\\w*',
      '(?:le|la|les|l)\\W*(?:ont\\s+)?(?:embarque\\w*|pris|gard(?:e|ee|es|ent))|gardent|fait monter|de force',
      '(?:a|ont) ete (?:arrete|embarque)\\w*|(?:tienen|tiene|tenemos|retienen) a|l[oa]s? (?:tenemos|tienen)',
      'llevaron|se l[oa]s? llev\\w*|llevad[oa]s?|(?:se|lo|la|los|las) llevan|retenid\\w*|detenid\\w*|a la fuerza',
      'obligar\\w*|obligaron|obligaban|obligo|subieron|metieron',
      '(?:a|ont|aurait|auraient) ete (?:arrete|embarque|pris|emmene)\\w*|ont (?:pris|gard\\w*)|exigent',
      // not let go: shut in, kept from leaving
      'empech\\w*(?: \\w+){0,4} (?:de )?sortir|enferm\\w*|locked (?:in|up)|encerrad\\w*|(?:not|won ?t|wo not) let',
      'pushed into|shoved into|bundled into|thrown into|driven away|taken away|carried off|(?:rode|drove) off with',
      'pouss\\w* (?:de force )?dans|partis? avec (?:elle|lui|eux)|empujad\\w*|se fueron con (?:ella|el|ellos)',
      '(?:is|are|was|were|being) kept|let go|(?:tenir|tient|tiennent|detenir|detient) (?:notre|nos|le|la|les)',
      'tener a',
      // in someone's hands
      '(?:have|has|got|holds?) (?:him|her|them|our|my)|(?:still|is|are|was|were) with them|avec eux|con ellos',
      'aux mains|hands of|en manos|en poder',
      // missing, out of contact, not back
      'missing|disappear\\w*|vanished|unaccounted|whereabouts|lost contact|no contact|no news|no word|not heard',
      'unreachable|not answering|nobody answers|(?:not|unable to|cannot|can not|ca not)(?: \\w+){0,3} reach',
      'disparu\\w*|injoignable|sans nouvelles|aucun contact|(?:aucune|plus de|sans|pas de) traces?',
      'perdu (?:le contact|la trace|de vue)|(?:on|nous) (?:a|avons) perdu',
      '(?:impossible|n\\W?arrive (?:plus|pas)|pas pu|sans pouvoir)(?: \\w+){0,2} joindre',
      'desaparec\\w*|paradero|sin noticias|no sabemos nada|no contesta\\w*|incomunicad\\w*',
      'phones? (?:is |are )?(?:off|switched off|dead)|telephones? (?:est |sont )?(?:eteints?|coupes?)',
      '(?:telefono|celular)e?s? (?:esta |estan )?apagados?',
      '(?:sin|perdimos|perdieron|perdido|ningun|no hay|no tenemos)(?: el)? contacto',
      '(?:never|not|did not|has not|have not) (?:come back|came back|return\\w*|arrived?|reached)',
      '(?:n\\W?est|ne sont|n\\W?ont) (?:jamais |pas )?(?:revenu|rentre|arrive)\\w*',
      'no (?:volvio|regreso|llego|llegaron|ha vuelto|ha regresado|han vuelto|han regresado|aparece\\w*)',
      // demands, release, negotiation
      'proof of life|preuve de vie|prueba de vida|negotiat\\w*|negoci\\w*|releas\\w*|let (?:him|her|them) go',
      'libere\\w*|liberad\\w*|liberation|liberacion|liberer|liberar\\w*|relach\\w*|soltar\\w*|soltaron|devolver\\w*',
      'dejan salir|money|argent|dinero|plata|dollars?|dolares|pay|payer|pagar|demand(?:s|ed|ing)?',
      'exigen|exigiendo|exigieron|exigian|(?:want|wants|demand) \\d+k?',
    ].join('|') +
    ')\\b',
);

/** The longer cue words, matched with one typo allowed (an edit or two letters swapped). */
const TYPO_WORDS = [
  ...['kidnapped', 'kidnapping', 'kidnappers', 'abducted', 'abduction', 'hostage', 'hostages', 'captors', 'ransom'],
  ...['forced', 'forcing', 'grabbed', 'seized', 'dragged', 'disappeared', 'unaccounted', 'whereabouts'],
  ...['unreachable', 'detained', 'enleve', 'enlevement', 'enleves', 'otage', 'otages', 'ravisseurs', 'rancon'],
  ...[
    'gardent',
    'tiennent',
    'disparu',
    'injoignable',
    'retenu',
    'detenu',
    'emmene',
    'relacher',
    'secuestrado',
    'secuestrados',
  ],
  ...['secuestro', 'secuestraron', 'rehenes', 'rescate', 'llevaron', 'retenido', 'detenido', 'desaparecido'],
  ...['paradero', 'exigiendo', 'obligaron', 'liberado', 'soltaron'],
];
const MIN_TYPO_LENGTH = 5;
/** Words read for the typo check: an email says what happened well before this. */
const MAX_WORDS = 3000;

/** At most one edit (insert, delete, substitute) or one swap of neighbouring letters. */
export function withinOneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The typo words by length: a word is compared only with those one letter shorter, as long, or longer. */
const BY_LENGTH = new Map<number, string[]>();
for (const cue of TYPO_WORDS)
  if (cue.length >= MIN_TYPO_LENGTH) BY_LENGTH.set(cue.length, [...(BY_LENGTH.get(cue.length) ?? []), cue]);

/** `norm`: text already normalised (tokenize.ts normalize). */
export function hasAbductionCue(norm: string): boolean {
  if (CUE.test(norm)) return true;
  const seen = new Set<string>();
  for (const w of (norm.match(/[a-z]{5,}/g) ?? []).slice(0, MAX_WORDS)) {
    if (seen.has(w)) continue;
    seen.add(w);
    for (let n = w.length - 1; n <= w.length + 1; n++)
      for (const cue of BY_LENGTH.get(n) ?? []) if (withinOneTypo(w, cue)) return true;
  }
  return false;
}

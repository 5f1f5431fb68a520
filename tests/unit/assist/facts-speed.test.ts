// The fast fact extractor (regexes without the `u` flag where the text allows it) gives exactly
// what the original all-`u` extractor gave (tests/fixtures/facts-reference.ts, a frozen copy),
// on the routing examples, the benchmark's texts and many generated texts, including the three
// kinds of text where `u` matters: "ſ", the Kelvin sign "K" and astral characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../shared/core/assist/facts';
import { FACT_KEYS } from '../../../shared/core/model/vocabulary';
import { extractFacts as reference } from '../../fixtures/facts-reference';
import { ROUTING_EXAMPLES } from '../../fixtures/routing-examples';
import { EMAIL_2KB, pastedThread, quotedThread, unquotedText } from '../../../bench/corpus';

const same = (text: string) => expect(extractFacts(text, FACT_KEYS)).toEqual(reference(text, FACT_KEYS));

// Pieces that the extractors look for, in three languages, and pieces where `u` changes a match.
const FRAGMENTS = [
  ...'on 14 October 2025|Tuesday 14 Oct|le 3 mars 2024|el 5 de mayo de 2023|March 3, 2024|2025-10-14 08:30|14/10/2025|10:30 am|22h15'.split(
    '|',
  ),
  ...'two hours ago|3 days ago|il y a deux jours|hace tres días|this morning|hier soir|anoche|next week|la semaine prochaine|el mes que viene'.split(
    '|',
  ),
  ...'in Juba|à Goma|en la provincia de Cabo Delgado|in the north|near Cox’s Bazar|mission to Mopti|in IOM|in Monday'.split(
    '|',
  ),
  ...'UN ID cards|ID card|SMT meetings|security clearance|cartes ONU|carnés de la ONU|equipo de gestión de seguridad|briefing de sécurité'.split(
    '|',
  ),
  ...'the local UNDSS|Designated Official|le responsable désigné|el oficial designado|Chief Security Adviser|CSA'.split(
    '|',
  ),
  ...'our driver|two national staff members|nos collègues|nuestros conductores|3 guards of IOM'.split('|'),
  ...'no contact since 10:00|last heard from him at noon|sans nouvelles depuis hier|sin contacto desde anoche'.split(
    '|',
  ),
  ...'Where is the next session?|¿Dónde está la oficina?|Où trouver la formation ?|?|.|\n|;|:'.split('|'),
  // Where `u` matters: case folding of ſ and K, code points vs code units.
  'ſeveral days ago',
  'two wee\u212as ago',
  '\u212aampala',
  'our dri\u017fers',
  '🙂',
  'no contact since ' + '🙂'.repeat(40),
  '𝐔𝐍 ID',
  'ÉTÉ',
  'İstanbul',
  'ı',
];

const texts = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 30 })
  .chain((parts) => fc.constantFrom(' ', '', '\n').map((sep) => parts.join(sep)));

describe('fast fact extraction', () => {
  it('matches the reference on every routing example, as written and with ſ, K and an emoji added', () => {
    for (const [text] of ROUTING_EXAMPLES) {
      same(text);
      same(`${text} ſ`);
      same(`\u212a ${text}`);
      same(`${text} 🙂`);
    }
  });

  it('matches the reference on the benchmark texts', () => {
    for (const text of [EMAIL_2KB, quotedThread(30_000), pastedThread(30_000), unquotedText(30_000)]) same(text);
  });

  it('matches the reference on generated texts', () => {
    fc.assert(
      fc.property(texts, (text) => {
        same(text);
      }),
      { numRuns: 3000 },
    );
  });
});

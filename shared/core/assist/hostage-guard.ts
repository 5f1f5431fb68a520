// The urgent route needs an event that concerns IOM staff or their dependants. The model
// proposes; these rules can only take the urgent route away (never give it), when the text has
// no sign of anyone taken or held at all (abduction-cue.ts), or when every sentence that tells
// of an abduction is denied, an idiom, another sense of the word (towing, a hijacked account),
// or about someone else (a migrant's account, a film, the news) with no colleague in it. A false
// urgent alarm is a defect like a missed one, a missed abduction a worse one: kept narrow on purpose.
import { normalize } from '../text/tokenize';
import { hasAbductionCue } from './abduction-cue';

export type GuardReason = 'denied' | 'idiom' | 'not-staff' | 'no-event';

// The abduction words, and the plainer verbs a report or an all-clear uses ("taken", "held",
// "emmené", "retenido"): a sentence with one of these is an event the rules below look at.
const EVENT =
  /\b(?:kidnap\w*|abduct\w*|hostages?|captors?|ransom|enlev\w*|kidnapp\w*|otages?|ravisseurs?|rancon|sequestr\w*|secuestr\w*|rehen(?:es)?|raptor\w*|plagiad\w*|rescate|taken|held|seized|grabbed|emmene\w*|embarque\w*|retenu\w*|retenid\w*|llevad[oa]s?|raptad\w*)\b/;

const DENIED = [
  // "no colleague was abducted", "none of our staff were kidnapped", "nobody was taken hostage"
  /\b(?:no|not a single|none of (?:our|the|them)|nobody|no one|no-one)\b(?:\s+\w+){0,3}?\s+(?:was|were|has been|have been|had been|got|is|are|being)\s+(?:\w+\s+)?(?:kidnap|abduct|taken hostage|held hostage)/,
  /\b(?:was|were|has|have|had|is|are)\s+(?:been\s+)?(?:not|never)\s+(?:been\s+)?(?:kidnap|abduct|taken hostage|held hostage)/,
  /\bnot (?:a|an) (?:kidnapping|abduction|hostage)/,
  // In the sentence that tells the event: "the rumour about an IOM worker kidnapped in Gao is
  // false", "le bruit qui court sur … est faux"
  /\b(?:rumou?rs?|rumeurs?|bruit|rumor(?:es)?|audio|article|noticia|story|message|mensaje|whatsapp|post|publication|publicacion|video)\b[^.!?\n]{0,80}?\b(?:is|was|est|etait|es|era|fue)\s+(?:\w+\s+)?(?:false|untrue|fake|a hoax|faux|fausse|un canular|falso|falsa|infonde\w*|sans fondement)\b/,
  // "Justin was not taken anywhere", "il n'a pas été emmené", "no fue retenido"
  /\b(?:was|were|has|have|had|is|are)\s+(?:been\s+)?(?:not|never)\s+(?:been\s+)?(?:taken|held|seized|grabbed)\b/,
  /\bn\W?(?:a|ont|est|sont|avait|avaient)\s+(?:pas|jamais)\s+ete\s+(?:emmene|embarque|retenu|pris|detenu)/,
  /\bno\s+(?:fue|fueron|ha sido|han sido|estaba|estaban)\s+(?:llevad|retenid|raptad|detenid)/,
  /\b(?:aucun\w*|personne|nul)\b(?:\s+\w+){0,3}?\s+n\W?(?:a|ont|est|sont)\s+(?:pas\s+)?ete\s+(?:enlev|kidnapp|pris en otage|retenu)/,
  /\bn\W?(?:a|ont|est|sont|avait|avaient)\s+(?:pas|jamais)\s+ete\s+(?:enlev|kidnapp|pris en otage)/,
  /\b(?:ce n\W?(?:etait|est) pas|il ne s\W?agit pas d)\W*(?:un\s+)?(?:enlevement|kidnapping|prise d\W?otage)/,
  /\b(?:ningun\w*|nadie|ninguna)\b(?:\s+\w+){0,3}?\s+(?:fue|fueron|ha sido|han sido|esta|estan)\s+(?:secuestrad|raptad|tomad\w* como rehen)/,
  /\bno\s+(?:fue|fueron|ha sido|han sido|hubo|hay|era|es|se trata de)\s+(?:un\s+)?(?:secuestr|raptad|rapto|toma de rehenes)/,
];

// Said anywhere, these take back the whole story.
const RETRACTED = [
  /\b(?:false alarm|fausse alerte|falsa alarma)\b/,
  /\b(?:report|reports|rumou?rs?|news|information|story)\s+(?:was|were|is|are|turned out to be|proved)\s+(?:\w+\s+)?(?:wrong|false|incorrect|unfounded|untrue|inaccurate|mistaken)/,
  /\b(?:information|nouvelle|rumeur|rumeurs)\s+(?:etait|est|sont|etaient|s\W?est revelee?)\s+(?:\w+\s+)?(?:fausses?|erronee?s?|infondee?s?)/,
  /\b(?:informacion|noticia|rumor|rumores|reporte|informe)\s+(?:era|es|fue|eran|resulto|resulto ser)\s+(?:\w+\s+)?(?:falsa|falso|falsos|falsas|erronea|erroneo|infundad\w*)/,
  /\b(?:denied|dementi|desmenti|desmintio|desmiente)\s+(?:the|any|all|le|la|les|el|los|las)?\s*(?:reports?|rumou?rs?|information|informations|rumeurs?|informacion|rumores?|noticias?)/,
  // "No incident.", "no security issue to report", "aucun incident", "no hubo ningún incidente"
  /\b(?:no (?:security )?incidents?(?: to report| occurred| happened)?\s*(?:[.!]|$)|no security (?:issue|problem)|not because of (?:any|an) incident|aucun incident|sin (?:ningun )?incidentes?|no hubo (?:ningun )?incidente)/,
  // The all-clear after a scare: "nothing happened", "all staff are accounted for", "no IOM staff
  // were among the people taken", "nadie fue retenido". Not "nothing happened to the others",
  // "all staff accounted for except…", "no one else was taken".
  /\b(?:nothing (?:bad |serious )?happened|rien (?:de grave )?ne s\W?est passe|il ne s\W?est rien passe|no (?:le )?(?:paso|ha pasado) nada)\b(?!\s+(?:to|a|al|aux?)\b)/,
  /\ball (?:our |iom |the )?(?:staff|colleagues|personnel|team members)(?: members)? (?:are|were|have been|has been|is) (?:\w+ )?(?:safe|accounted for)\b(?!\s*,?\s*(?:except|but|apart|save|other than))/,
  /\b(?:tout le personnel|tous les collegues|toute l\W?equipe) (?:est|sont|a ete|ont ete) (?:\w+ )?(?:en securite|sains? et saufs?|localises?|joints?)\b(?!\s*,?\s*(?:sauf|a part|excepte))/,
  /\b(?:todo el personal|todos los colegas|todo el equipo) (?:esta|estan|fue|fueron|ha sido) (?:\w+ )?(?:a salvo|sanos y salvos|ubicados?|localizados?)\b(?!\s*,?\s*(?:excepto|menos|salvo))/,
  /\bno (?:iom |oim )?(?:staff|colleagues?|dependants?|personnel)\b(?:\s+(?!else\b)\w+){0,4}\s+(?:was|were)\s+among\b/,
  /\b(?:nobody|no one|personne|nadie)\s+(?:was|has been|n\W?a ete|fue|ha sido)\s+(?:taken|held|retenu\w*|emmene\w*|retenid\w*|llevad\w*)\b/,
];

const IDIOM = [
  // "hostages of the procurement rules", "held hostage by the paperwork", "otages de la procédure", "rehenes de la burocracia"
  /\bhostages?\s+(?:of|to)\b/,
  /\bheld hostage by (?:the |our |a )?(?:rules?|bureaucracy|paperwork|procedures?|process|system|budget|weather|traffic|deadline|printer|it|software|network|donors?|negotiations?)/,
  /\botages?\s+(?:de|du|des)\b/,
  /\bpris en otage par (?:la |les |le )?(?:greve|grevistes|syndicats?|procedure|administration|bureaucratie|reglement)/,
  /\brehen(?:es)?\s+de\b/,
  // towing and removal: "l'enlèvement du véhicule par la fourrière", "enlèvement des ordures"
  /\bfourriere\b|\bdepanneuse\b|\btow(?:ed|ing)?\b|\btow truck\b|\bgrua\b|\bcorralon\b|\b(?:car |vehicle )?pound\b/,
  /\benlevement\s+(?:du|des|de la|de l)\W*\s*(?:vehicule|voiture|camion|dechets|ordures|gravats|epave|conteneur|colis|marchandise)/,
  // hijacked accounts and data: "el secuestro de la cuenta de correo", "ransomware"
  /\b(?:secuestro|rapto)\s+(?:de|del)\s+(?:la\s+|los\s+|las\s+)?(?:cuenta|correo|pagina|perfil|servidor|datos|web|sitio|computadora|ordenador|telefono)/,
  /\b(?:account|email|mailbox|laptop|website|page|profile|server|data|files|computer|phone)s?\s+(?:was|were|has been|have been|got|is|are)\s+(?:\w+\s+)?(?:hijacked|kidnapped|held hostage|taken hostage|held for ransom)/,
  /\bransomware\b|\bpris en otage par un (?:virus|logiciel)/,
];

const STAFF =
  /\b(?:colleagues?|staff\w*|employees?|personnel|drivers?|guards?|enumerators?|team|teammates?|consultants?|interns?|head of office|coordinators?|dependants?|dependents?|collegues?|agents?|employes?|chauffeurs?|gardiens?|enqueteu\w+|equipe|stagiaires?|chef de bureau|personnes? a charge|colegas?|personal|companer[oa]s?|funcionari[oa]s?|emplead[oa]s?|conductor\w*|chofer\w*|guardias?|vigilantes?|encuestador\w*|equipo|consultor\w*|pasantes?|jefe de oficina|dependientes?|familiares?|officers?|assistants?|managers?|monitors?|mobili[sz]ers?|logisticians?|engineers?|clerks?|nurses?|oficial\w*|asistentes?|promotor\w*|enfermer\w*|infirmi\w+|logisticien\w*|ingenieu\w+|moniteur\w*|assistante?s?)\b/;

const SOMEONE_ELSE =
  /\b(?:migrants?|beneficiar\w*|refugees?|returnees?|asylum|idps?|displaced|villagers?|residents?|civilians?|tourists?|journalists?|businessm[ae]n|film|movie|novel|documentary|thriller|episode|podcast|netflix|series|book|refugies?|rapatrie\w*|deplace\w*|villageois|habitants?|civils?|touristes?|roman|documentaire|feuilleton|livre|migrantes?|beneficiari\w*|refugiad\w*|desplazad\w*|retornad\w*|pobladores?|civiles|turistas?|periodistas?|pelicula|novela|documental|telenovela|libro|unaccompanied|non accompagn\w*|no acompanad\w*|focus group|grupo focal|survey|interviews?|entretiens?|entrevistas?|testimon\w*|temoignages?|counsell?ing|smugglers?|traffickers?|passeurs?|trafiquants?|tratantes?|coyotes?|traders?|commercants?|comerciantes?|priests?|pretres?|sacerdotes?|atendimos|young people|youths?|jeunes|jovenes|child soldiers|enfants soldats|ninos soldados|ex-combatants?|ex-combattants?|excombatientes)\b/;

/** Splits at sentence ends and line breaks, as the tokenizer does. */
function sentences(text: string): string[] {
  return text.split(/[.!?;\n]+/).filter((s) => s.trim() !== '');
}

/**
 * Why the hostage route must not be taken for this text, or null when nothing forbids it. A text
 * without any sign of someone taken, held, missing or bargained for ("robbed at knifepoint",
 * "a leaflet with threats", "a guard asked to keep his weapon") is no abduction, whatever its
 * other incident words; the cues are broad ("his captors called asking for money", "ils le
 * gardent", "en poder de un grupo") so that a paraphrased abduction keeps its urgent route.
 */
export function hostageGuard(text: string): GuardReason | null {
  const norm = normalize(text.slice(0, 20_000));
  if (RETRACTED.some((re) => re.test(norm))) return 'denied';
  if (!hasAbductionCue(norm)) return 'no-event';
  let events = 0;
  const reasons: GuardReason[] = [];
  for (const s of sentences(norm)) {
    if (!EVENT.test(s)) continue;
    events++;
    if (DENIED.some((re) => re.test(s))) reasons.push('denied');
    else if (IDIOM.some((re) => re.test(s))) reasons.push('idiom');
    else if (SOMEONE_ELSE.test(s) && !STAFF.test(s)) reasons.push('not-staff');
    else return null;
  }
  return events > 0 && reasons.length === events ? (reasons[0] as GuardReason) : null;
}

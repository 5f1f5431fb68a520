// Every sentence the core says to a person, in the three languages. Tests import this module
// instead of repeating the sentences, so wording can change in one place.
import type { FactKey, Lang, SettingKey } from '../pack/schema';
import { fill, type Params } from './fill';

const en = {
  'fact.place': 'Place',
  'fact.date': 'Date and time',
  'fact.whatRefused': 'Service refused',
  'fact.refusedBy': 'Refused by',
  'fact.people': 'Person(s) concerned',
  'fact.lastContact': 'Last contact',
  'fact.startDate': 'Planned start',
  'fact.question': 'Question',
  'setting.rsoEmail': 'RSO email address',
  'setting.rsoName': 'RSO name',
  'setting.dutyStation': 'duty station',
  'setting.senderName': 'your name',
  'setting.language': 'language',
  'setting.opsCentrePhone': 'Operations Centre phone number',
  'setting.opsCentreEmail': 'Operations Centre email address',
  'draft.toComplete': '[{label}: to complete]',
  'draft.blank': '[to complete]',
  'draft.fact': '- {label}: {value}',
  'draft.quoted': '“{text}”',
  'draft.excerptIntro': 'For reference:',
  'draft.source': 'Source: {citation}',
  'citation.section': '{title}, section “{section}”',
  'citation.updated': 'updated {date}',
  'citation.undated': 'date not stated',
  'scenario.none': 'Not a security matter',
  'explain.language.detected': 'Language: English, detected from the text.',
  'explain.language.setting': 'Language: English, from your settings.',
  'explain.language.requested': 'Language: English, as you chose.',
  'explain.trimmed': 'Quoted replies and signature left out ({chars} characters).',
  'explain.match': 'Matched “{found}” (pack phrase “{phrase}”) for “{scenario}”.',
  'explain.typo': 'Matched “{found}” as a likely spelling of “{phrase}” for “{scenario}”.',
  'explain.dampened': '“{phrase}” counted as a mention, not an event: the same sentence speaks of {near}.',
  'explain.source': 'Why this route: {summary} (Source: {citation}.)',
  'explain.none':
    'No security matter recognised: nothing in the text matches a security scenario, so no recipients are suggested.',
  'explain.forced': 'You chose “{scenario}”.',
  'warn.missingRso':
    'This looks like “{scenario}”, which goes to your Regional Security Officer, but {email} is not among the recipients.',
  'warn.rsoNotConfigured':
    'This looks like “{scenario}”, which goes to your Regional Security Officer, but the RSO address is not set. Add it in the settings, or check the recipients yourself.',
  'warn.missingCc': 'For “{scenario}”, copy {email} ({name}).',
  'warn.wrongMailbox': 'For “{scenario}”, write to {expected} ({name}), not {actual}.',
  'warn.callOpsCentre': 'Call the 24/7 Operations Centre first: {phone}.',
  'warn.callOpsCentreUnset': 'Call the 24/7 Operations Centre first (its number is not set in your settings).',
  'warn.noRecipients': 'There are no recipients yet. For “{scenario}”, write to {names}.',
  'warn.missingFacts': 'The message does not state: {facts}.',
  'warn.missingRecipient': 'For “{scenario}”, write to {email} ({name}).',
  'contact.addressUnset': 'address not set',
  'contact.phoneUnset': 'number not set',
} as const;

export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  'fact.place': 'Lieu',
  'fact.date': 'Date et heure',
  'fact.whatRefused': 'Service refusé',
  'fact.refusedBy': 'Refusé par',
  'fact.people': 'Personne(s) concernée(s)',
  'fact.lastContact': 'Dernier contact',
  'fact.startDate': 'Début prévu',
  'fact.question': 'Question',
  'setting.rsoEmail': 'adresse e-mail du RSO',
  'setting.rsoName': 'nom du RSO',
  'setting.dutyStation': 'lieu d’affectation',
  'setting.senderName': 'votre nom',
  'setting.language': 'langue',
  'setting.opsCentrePhone': 'numéro du Centre des opérations',
  'setting.opsCentreEmail': 'adresse e-mail du Centre des opérations',
  'draft.toComplete': '[{label} : à compléter]',
  'draft.blank': '[à compléter]',
  'draft.fact': '- {label}\u202f: {value}',
  'draft.quoted': '«\u202f{text}\u202f»',
  'draft.excerptIntro': 'Pour référence :',
  'draft.source': 'Source : {citation}',
  'citation.section': '{title}, section « {section} »',
  'citation.updated': 'mis à jour le {date}',
  'citation.undated': 'date non indiquée',
  'scenario.none': 'Pas une question de sécurité',
  'explain.language.detected': 'Langue : français, détectée dans le texte.',
  'explain.language.setting': 'Langue : français, selon vos paramètres.',
  'explain.language.requested': 'Langue : français, selon votre choix.',
  'explain.trimmed': 'Réponses citées et signature ignorées ({chars} caractères).',
  'explain.match': '« {found} » correspond à « {phrase} » pour « {scenario} ».',
  'explain.typo': '« {found} » lu comme « {phrase} » (faute de frappe probable) pour « {scenario} ».',
  'explain.dampened': '« {phrase} » compté comme une simple mention : la même phrase parle de {near}.',
  'explain.source': 'Pourquoi ce destinataire : {summary} (Source : {citation}.)',
  'explain.none':
    'Aucune question de sécurité reconnue : rien dans le texte ne correspond à un scénario de sécurité ; aucun destinataire n’est proposé.',
  'explain.forced': 'Vous avez choisi « {scenario} ».',
  'warn.missingRso':
    'Ce message ressemble à « {scenario} », qui va à votre Regional Security Officer (RSO), mais {email} ne figure pas parmi les destinataires.',
  'warn.rsoNotConfigured':
    'Ce message ressemble à « {scenario} », qui va à votre Regional Security Officer (RSO), mais l’adresse du RSO n’est pas renseignée. Ajoutez-la dans les paramètres ou vérifiez vous-même les destinataires.',
  'warn.missingCc': 'Pour « {scenario} », mettez {email} ({name}) en copie.',
  'warn.wrongMailbox': 'Pour « {scenario} », écrivez à {expected} ({name}), pas à {actual}.',
  'warn.callOpsCentre': 'Appelez d’abord le Centre des opérations 24 h/24 : {phone}.',
  'warn.callOpsCentreUnset':
    'Appelez d’abord le Centre des opérations 24 h/24 (son numéro n’est pas renseigné dans vos paramètres).',
  'warn.noRecipients': 'Aucun destinataire pour l’instant. Pour « {scenario} », écrivez à {names}.',
  'warn.missingFacts': 'Le message n’indique pas : {facts}.',
  'warn.missingRecipient': 'Pour « {scenario} », écrivez à {email} ({name}).',
  'contact.addressUnset': 'adresse non renseignée',
  'contact.phoneUnset': 'numéro non renseigné',
};

const es: Record<MessageKey, string> = {
  'fact.place': 'Lugar',
  'fact.date': 'Fecha y hora',
  'fact.whatRefused': 'Servicio denegado',
  'fact.refusedBy': 'Denegado por',
  'fact.people': 'Persona(s) afectada(s)',
  'fact.lastContact': 'Último contacto',
  'fact.startDate': 'Inicio previsto',
  'fact.question': 'Pregunta',
  'setting.rsoEmail': 'correo del RSO',
  'setting.rsoName': 'nombre del RSO',
  'setting.dutyStation': 'lugar de destino',
  'setting.senderName': 'su nombre',
  'setting.language': 'idioma',
  'setting.opsCentrePhone': 'teléfono del Centro de Operaciones',
  'setting.opsCentreEmail': 'correo del Centro de Operaciones',
  'draft.toComplete': '[{label}: por completar]',
  'draft.blank': '[por completar]',
  'draft.fact': '- {label}: {value}',
  'draft.quoted': '«{text}»',
  'draft.excerptIntro': 'Como referencia:',
  'draft.source': 'Fuente: {citation}',
  'citation.section': '{title}, sección «{section}»',
  'citation.updated': 'actualizado el {date}',
  'citation.undated': 'fecha no indicada',
  'scenario.none': 'No es un asunto de seguridad',
  'explain.language.detected': 'Idioma: español, detectado en el texto.',
  'explain.language.setting': 'Idioma: español, según su configuración.',
  'explain.language.requested': 'Idioma: español, según su elección.',
  'explain.trimmed': 'Se omitieron las respuestas citadas y la firma ({chars} caracteres).',
  'explain.match': '«{found}» coincide con «{phrase}» para «{scenario}».',
  'explain.typo': '«{found}» se leyó como «{phrase}» (probable error de escritura) para «{scenario}».',
  'explain.dampened': '«{phrase}» se contó como una mención, no un hecho: la misma frase habla de {near}.',
  'explain.source': 'Por qué este destinatario: {summary} (Fuente: {citation}.)',
  'explain.none':
    'No se reconoce un asunto de seguridad: nada en el texto corresponde a un escenario de seguridad, así que no se sugieren destinatarios.',
  'explain.forced': 'Usted eligió «{scenario}».',
  'warn.missingRso':
    'Este mensaje parece «{scenario}», que va a su Regional Security Officer (RSO), pero {email} no está entre los destinatarios.',
  'warn.rsoNotConfigured':
    'Este mensaje parece «{scenario}», que va a su Regional Security Officer (RSO), pero la dirección del RSO no está configurada. Agréguela en la configuración o revise usted los destinatarios.',
  'warn.missingCc': 'Para «{scenario}», ponga en copia a {email} ({name}).',
  'warn.wrongMailbox': 'Para «{scenario}», escriba a {expected} ({name}), no a {actual}.',
  'warn.callOpsCentre': 'Llame primero al Centro de Operaciones 24/7: {phone}.',
  'warn.callOpsCentreUnset': 'Llame primero al Centro de Operaciones 24/7 (su número no está en su configuración).',
  'warn.noRecipients': 'Aún no hay destinatarios. Para «{scenario}», escriba a {names}.',
  'warn.missingFacts': 'El mensaje no indica: {facts}.',
  'warn.missingRecipient': 'Para «{scenario}», escriba a {email} ({name}).',
  'contact.addressUnset': 'dirección no configurada',
  'contact.phoneUnset': 'número no configurado',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, fr, es };

/** A message with its {placeholders} filled. Unknown placeholders stay visible, so a test catches them. */
export function message(lang: Lang, key: MessageKey, params: Params = {}): string {
  return fill(MESSAGES[lang][key], params);
}

export const factLabel = (lang: Lang, key: FactKey): string => message(lang, `fact.${key}`);
export const settingLabel = (lang: Lang, key: SettingKey): string => message(lang, `setting.${key}`);

const MONTHS: Record<Lang, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  es: ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'],
};

/** "2022-10-19" → "19 Oct 2022" / "19 oct. 2022"; written by hand so every host prints the same. */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[lang][(m ?? 1) - 1]} ${y}`;
}

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
  'explain.match': '“{found}” is a known sign of “{scenario}”.',
  'explain.typo': '“{found}”, read as “{phrase}” (a likely typo), is a known sign of “{scenario}”.',
  'explain.dampened': '“{phrase}” counted as a mention, not an event: the same sentence speaks of {near}.',
  'explain.source': 'Why this route: {summary} (Source: {citation}.)',
  'explain.none':
    'No security matter recognised: nothing in the text matches a security scenario, so no recipients are suggested.',
  'explain.forced': 'You chose “{scenario}”.',
  'explain.words': 'Words of this email that weighed most for “{scenario}”: {words}.',
  'explain.unsure':
    'Not sure: the likeliest situations are close, or this may not be a security matter. Pick the one that fits.',
  'explain.unreadable':
    'This text is mostly in a language other than English, French or Spanish, the only three the assistant can read.',
  'explain.guard.denied': 'Not treated as an urgent incident: the text says the abduction did not happen.',
  'explain.guard.idiom':
    'Not treated as an urgent incident: the words are used in another sense (an idiom, towing, a hijacked account).',
  'explain.guard.not-staff':
    'Not treated as an urgent incident: it is about people other than IOM staff or their families (a migrant’s account, the news, a film).',
  'explain.guard.no-event':
    'Not treated as an urgent incident: nothing in the text says that anyone was taken, held or is missing.',
  'summary.words': 'Words that point to {what}: {words}',
  'summary.unsureWords': 'Not sure. Words that may point to {what}: {words}. Pick the situation that fits.',
  'summary.unsure': 'Not sure. This may be {what}; pick the situation that fits.',
  'summary.unsureNone': 'Not clearly a security matter. If it is one, pick the situation that fits.',
  'summary.none': 'Nothing here points to a security matter.',
  'summary.unreadable':
    'I can only read English, French and Spanish. Pick the situation yourself, or give the text in one of these languages.',
  'summary.forced': 'You chose {what}.',
  'what.hostage-incident': 'an abduction or hostage taking',
  'what.service-refused': 'UN security services refused to IOM',
  'what.policy-discrepancy': 'a clash between IOM and UN security rules',
  'what.new-operations': 'a new office or operation',
  'what.surge-support': 'a need for security surge support',
  'what.mou-question': 'a question about the IOM–UNDSS MOU',
  'what.air-safety': 'an air safety question',
  'what.procurement-finance': 'security procurement or finance',
  'what.policy-or-training': 'a security policy or training question',
  'what.general-inquiry': 'a general question for OSS',
  'what.other': '“{scenario}”',
  'quote.open': '“',
  'quote.close': '”',
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
  'explain.match': '« {found} » est un signe connu de « {scenario} ».',
  'explain.typo':
    '« {found} », lu comme « {phrase} » (faute de frappe probable), est un signe connu de « {scenario} ».',
  'explain.dampened': '« {phrase} » compté comme une simple mention : la même phrase parle de {near}.',
  'explain.source': 'Pourquoi ce destinataire : {summary} (Source : {citation}.)',
  'explain.none':
    'Aucune question de sécurité reconnue : rien dans le texte ne correspond à un scénario de sécurité ; aucun destinataire n’est proposé.',
  'explain.forced': 'Vous avez choisi « {scenario} ».',
  'explain.words': 'Mots de ce message qui ont le plus pesé pour « {scenario} » : {words}.',
  'explain.unsure':
    'Pas sûr : les situations les plus probables sont proches, ou ce n’est peut-être pas une question de sécurité. Choisissez celle qui convient.',
  'explain.unreadable':
    'Ce texte est surtout écrit dans une autre langue que l’anglais, le français ou l’espagnol, les trois seules que l’assistant sait lire.',
  'explain.guard.denied': 'Pas traité comme un incident urgent : le texte dit que l’enlèvement n’a pas eu lieu.',
  'explain.guard.idiom':
    'Pas traité comme un incident urgent : les mots sont employés dans un autre sens (une expression, la fourrière, un compte piraté).',
  'explain.guard.not-staff':
    'Pas traité comme un incident urgent : il s’agit d’autres personnes que le personnel de l’OIM ou sa famille (le récit d’un migrant, l’actualité, un film).',
  'explain.guard.no-event':
    'Pas traité comme un incident urgent : rien dans le texte ne dit que quelqu’un a été enlevé, est retenu ou a disparu.',
  'summary.words': 'Mots qui indiquent {what} : {words}',
  'summary.unsureWords':
    'Pas sûr. Mots qui pourraient indiquer {what} : {words}. Choisissez la situation qui convient.',
  'summary.unsure': 'Pas sûr. Ce pourrait être {what} ; choisissez la situation qui convient.',
  'summary.unsureNone':
    'Pas clairement une question de sécurité. Si c’en est une, choisissez la situation qui convient.',
  'summary.none': 'Rien ici n’indique une question de sécurité.',
  'summary.unreadable':
    'Je ne sais lire que l’anglais, le français et l’espagnol. Choisissez vous-même la situation, ou donnez le texte dans l’une de ces langues.',
  'summary.forced': 'Vous avez choisi {what}.',
  'what.hostage-incident': 'un enlèvement ou une prise d’otages',
  'what.service-refused': 'un refus des services de sécurité de l’ONU à l’OIM',
  'what.policy-discrepancy': 'un désaccord entre les règles de sécurité de l’OIM et de l’ONU',
  'what.new-operations': 'un nouveau bureau ou une nouvelle opération',
  'what.surge-support': 'un besoin de renfort en sécurité',
  'what.mou-question': 'une question sur le mémorandum OIM–UNDSS',
  'what.air-safety': 'une question de sécurité aérienne',
  'what.procurement-finance': 'un achat ou une dépense de sécurité',
  'what.policy-or-training': 'une question de politique ou de formation en sécurité',
  'what.general-inquiry': 'une question générale pour l’OSS',
  'what.other': '« {scenario} »',
  'quote.open': '« ',
  'quote.close': ' »',
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
  'explain.match': '«{found}» es una señal conocida de «{scenario}».',
  'explain.typo':
    '«{found}», leído como «{phrase}» (probable error de escritura), es una señal conocida de «{scenario}».',
  'explain.dampened': '«{phrase}» se contó como una mención, no un hecho: la misma frase habla de {near}.',
  'explain.source': 'Por qué este destinatario: {summary} (Fuente: {citation}.)',
  'explain.none':
    'No se reconoce un asunto de seguridad: nada en el texto corresponde a un escenario de seguridad, así que no se sugieren destinatarios.',
  'explain.forced': 'Usted eligió «{scenario}».',
  'explain.words': 'Palabras de este mensaje que más pesaron para «{scenario}»: {words}.',
  'explain.unsure':
    'No es seguro: las situaciones más probables están cerca, o quizá no sea un asunto de seguridad. Elija la que corresponda.',
  'explain.unreadable':
    'Este texto está sobre todo en un idioma distinto del inglés, el francés o el español, los tres únicos que el asistente sabe leer.',
  'explain.guard.denied': 'No se trata como incidente urgente: el texto dice que el secuestro no ocurrió.',
  'explain.guard.idiom':
    'No se trata como incidente urgente: las palabras se usan en otro sentido (una expresión, la grúa, una cuenta secuestrada).',
  'explain.guard.not-staff':
    'No se trata como incidente urgente: se refiere a personas que no son personal de la OIM ni sus familiares (el relato de un migrante, las noticias, una película).',
  'explain.guard.no-event':
    'No se trata como incidente urgente: nada en el texto dice que alguien haya sido llevado, esté retenido o desaparecido.',
  'summary.words': 'Palabras que indican {what}: {words}',
  'summary.unsureWords':
    'No es seguro. Palabras que podrían indicar {what}: {words}. Elija la situación que corresponda.',
  'summary.unsure': 'No es seguro. Podría tratarse de {what}; elija la situación que corresponda.',
  'summary.unsureNone': 'No es claramente un asunto de seguridad. Si lo es, elija la situación que corresponda.',
  'summary.none': 'Nada aquí indica un asunto de seguridad.',
  'summary.unreadable':
    'Solo sé leer inglés, francés y español. Elija usted la situación, o dé el texto en uno de esos idiomas.',
  'summary.forced': 'Usted eligió {what}.',
  'what.hostage-incident': 'un secuestro o toma de rehenes',
  'what.service-refused': 'una negativa de servicios de seguridad de la ONU a la OIM',
  'what.policy-discrepancy': 'un desacuerdo entre las normas de seguridad de la OIM y de la ONU',
  'what.new-operations': 'una nueva oficina u operación',
  'what.surge-support': 'una necesidad de refuerzo de seguridad',
  'what.mou-question': 'una pregunta sobre el memorando OIM–UNDSS',
  'what.air-safety': 'una pregunta de seguridad aérea',
  'what.procurement-finance': 'una compra o gasto de seguridad',
  'what.policy-or-training': 'una pregunta de política o formación en seguridad',
  'what.general-inquiry': 'una pregunta general para la OSS',
  'what.other': '«{scenario}»',
  'quote.open': '«',
  'quote.close': '»',
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

// Every sentence the shared UI shows, in English, French and Spanish. The core's own
// sentences (draft text, explanations) come from shared/core/messages.ts, already localised.
import type { Lang, SettingKey } from '../core/pack/schema';

export interface UiStrings {
  appTitle: string;
  menuFind: string;
  omniboxDefault: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchResults: (n: number) => string;
  noResults: string;
  useSelection: string;
  /** The same button in Outlook, where the pane reads the open message. */
  useMessage: string;
  suggestForText: string;
  readingSelection: string;
  noSelection: string;
  cannotReadPage: string;
  textUsed: string;
  hitType: Record<'contact' | 'service' | 'excerpt' | 'clause' | 'situation', string>;
  copy: string;
  copied: string;
  copyFailed: string;
  copyAddress: (who: string) => string;
  copyText: string;
  copyRich: string;
  copyNumber: string;
  insert: string;
  insertDraft: string;
  replyWith: string;
  addRecipients: string;
  done: string;
  to: string;
  cc: string;
  recipients: string;
  rsoNotSet: string;
  addressNotSet: string;
  openSettings: string;
  scenario: string;
  confidence: (percent: number) => string;
  why: string;
  otherScenario: string;
  keepScenario: string;
  advice: string;
  excerpts: string;
  noExcerpts: string;
  source: string;
  draft: string;
  subject: string;
  body: string;
  draftLanguage: string;
  missing: string;
  copyDraft: string;
  openDraft: string;
  /** The same button in Outlook, where the draft opens as a new message. */
  openNewMessage: string;
  draftCopiedTooLong: string;
  draftOpened: string;
  urgentTitle: string;
  urgentText: (name: string) => string;
  call: (phone: string) => string;
  settings: string;
  settingsIntro: string;
  save: string;
  saving: string;
  saved: string;
  saveFailed: string;
  fixErrors: string;
  lockedField: string;
  managedNote: string;
  diagnostics: { label: string; hint: string };
  ignoredStored: (fields: string) => string;
  invalidPolicy: (fields: string) => string;
  invalidPolicyField: string;
  languageAuto: string;
  langName: Record<Lang, string>;
  field: Record<SettingKey, { label: string; hint: string }>;
  notEmail: string;
  notPhone: string;
  tooLong: string;
  privacy: string;
  loading: string;
  error: string;
  /** The popup, when the documents imported on the options page cannot be read. */
  documentsUnavailable: string;
  /** "Not sure": the router could not tell two situations apart. */
  notSure: string;
  notSureHint: string;
  unreadable: string;
  /** The footer's name of the browser extension (Outlook's comes from the add-in's strings). */
  hostBrowser: string;
  languageAutoOutlook: string;
  rsoMovedToOss: string;
  draftBodyCopied: string;
  urgentNothingSet: string;
  setNumber: string;
  welcomeTitle: string;
  welcomeIntro: string;
  welcomeSave: string;
  welcomeLater: string;
  yourRso: string;
  rsoSearchNotSet: string;
  pressSuggest: string;
  staleNote: (date: string, source: string) => string;
  /** A label's colon, with the space French typography puts before it. */
  colon: string;
}

const en: UiStrings = {
  appTitle: 'OSS Assist',
  menuFind: 'Find the right OSS contact',
  omniboxDefault: 'Search OSS contacts, services and MOU excerpts for: %s',
  searchLabel: 'Search contacts, services and MOU excerpts, or describe the situation',
  searchPlaceholder: 'e.g. checkpoint refused, RSO, evacuation',
  searchResults: (n) => (n === 1 ? '1 result' : `${n} results`),
  noResults: 'Nothing found. Try another word, or choose "Suggest for this text".',
  useSelection: 'Use selected text',
  useMessage: 'Use this message',
  suggestForText: 'Suggest for this text',
  readingSelection: 'Reading the selected text…',
  noSelection: 'No text is selected on this page. Select the email text and try again, or paste it in the box above.',
  cannotReadPage:
    'This page cannot be read by the extension. Select the text, right-click and choose "Find the right OSS contact", or paste it in the box above.',
  textUsed: 'Text used',
  hitType: { contact: 'Contact', service: 'Service', excerpt: 'Excerpt', clause: 'Clause', situation: 'Situation' },
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the text and copy it by hand.',
  copyAddress: (who) => `Copy address of ${who}`,
  copyText: 'Copy text',
  copyRich: 'Copy with citation',
  copyNumber: 'Copy number',
  insert: 'Insert',
  insertDraft: 'Insert draft',
  replyWith: 'Reply with excerpt',
  addRecipients: 'Add to the message',
  done: 'Done',
  to: 'To',
  cc: 'Cc',
  recipients: 'Recipients',
  rsoNotSet: 'RSO address not set — open settings',
  addressNotSet: 'Address not set — open settings',
  openSettings: 'Open settings',
  scenario: 'Situation',
  confidence: (p) => `Confidence ${p}%`,
  why: 'Why this suggestion',
  otherScenario: 'Not this? Choose another situation',
  keepScenario: 'Best match',
  advice: 'Before you write',
  excerpts: 'MOU and guidance excerpts',
  noExcerpts: 'No excerpt for this situation.',
  source: 'Source',
  draft: 'Draft email',
  subject: 'Subject',
  body: 'Message',
  draftLanguage: 'Draft language',
  missing: 'Fill in before sending:',
  copyDraft: 'Copy draft',
  openDraft: 'Open in mail app',
  openNewMessage: 'Open as new message',
  draftCopiedTooLong: 'The draft is too long for a mail link, so it was copied. Paste it into a new message.',
  draftOpened: 'Draft opened in your mail app.',
  urgentTitle: 'Urgent: call first',
  urgentText: (name) => `Call the ${name} before writing.`,
  call: (phone) => `Call ${phone}`,
  settings: 'Settings',
  settingsIntro: 'What the sources cannot know: your RSO, duty station and the Operations Centre number.',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Settings saved.',
  saveFailed: 'Could not save the settings.',
  fixErrors: 'Please correct the marked fields.',
  lockedField: 'Set by your organisation',
  managedNote: 'Some settings are set by your organisation and cannot be changed here.',
  diagnostics: {
    label: 'Show diagnostics in the console',
    hint: 'For support: errors the assistant handled quietly are written to the developer console. Never email text.',
  },
  ignoredStored: (fields) => `Some saved settings were not valid and are ignored: ${fields}.`,
  invalidPolicy: (fields) =>
    `Your organisation’s value is not valid, so these fields are left empty: ${fields}. Ask your IT administrator to correct it.`,
  invalidPolicyField: 'Your organisation’s value is not valid, so this field is left empty',
  languageAuto: 'Automatic (browser language)',
  langName: { en: 'English', fr: 'Français', es: 'Español' },
  field: {
    rsoEmail: { label: 'RSO email', hint: 'Regional Security Officer for your duty station.' },
    rsoName: { label: 'RSO name', hint: 'Used in the greeting of drafts.' },
    dutyStation: { label: 'Duty station', hint: 'For example Goma or Cox’s Bazar.' },
    senderName: { label: 'Your name', hint: 'Used to sign drafts.' },
    language: { label: 'Language', hint: 'Language of this screen and of new drafts.' },
    opsCentrePhone: {
      label: '24/7 Operations Centre phone',
      hint: 'International format: + and the country code first.',
    },
    opsCentreEmail: {
      label: '24/7 Operations Centre email',
      hint: 'Where to write after an incident, once you have called.',
    },
  },
  notEmail: 'This is not an email address (name@example.org).',
  notPhone: 'This is not a phone number. Use digits, spaces and an optional leading +.',
  tooLong: 'This is too long (at most 120 characters).',
  privacy: 'Works offline. Nothing you select or type is sent or stored.',
  loading: 'Loading…',
  error: 'Something went wrong.',
  documentsUnavailable: 'Your imported documents could not be read; only the built-in guidance is searched.',
  notSure: 'Not sure',
  notSureHint: 'The text fits more than one situation. Check it, or choose another situation below.',
  unreadable: 'The text is mostly in a language the assistant does not read. Choose the situation yourself below.',
  hostBrowser: 'Browser extension',
  languageAutoOutlook: 'Automatic (Outlook language)',
  rsoMovedToOss: 'Until it is set, the draft goes to OSS.',
  draftBodyCopied:
    'Your mail app opens with To, Cc and Subject. The message is too long for a mail link, so it is on the clipboard: paste it into the body.',
  urgentNothingSet:
    'Call your RSO or your office’s security focal point now. Then send the drafted message below to OSS.',
  setNumber: 'Set the Operations Centre number',
  welcomeTitle: 'Welcome to OSS Assist',
  welcomeIntro:
    'Four things the sources cannot know. Fill in what you have; you can change them later in the settings.',
  welcomeSave: 'Save and start',
  welcomeLater: 'Later',
  yourRso: 'Your RSO',
  rsoSearchNotSet: 'RSO address not set — set it',
  pressSuggest: 'This looks like a message: choose “Suggest for this text” to see who to write to.',
  staleNote: (date, source) => `Updated ${date} — check the ${source} for a newer version.`,
  colon: ': ',
};

const fr: UiStrings = {
  appTitle: 'OSS Assist',
  menuFind: 'Trouver le bon contact OSS',
  omniboxDefault: 'Rechercher contacts OSS, services et extraits de MOU : %s',
  searchLabel: 'Rechercher contacts, services et extraits de MOU, ou décrire la situation',
  searchPlaceholder: 'ex. refus au point de contrôle, RSO, évacuation',
  searchResults: (n) => (n <= 1 ? `${n} résultat` : `${n} résultats`),
  noResults: 'Aucun résultat. Essayez un autre mot, ou choisissez « Suggérer pour ce texte ».',
  useSelection: 'Utiliser le texte sélectionné',
  useMessage: 'Utiliser ce message',
  suggestForText: 'Suggérer pour ce texte',
  readingSelection: 'Lecture du texte sélectionné…',
  noSelection:
    'Aucun texte n’est sélectionné sur cette page. Sélectionnez le texte du courriel et réessayez, ou collez-le dans la zone ci-dessus.',
  cannotReadPage:
    'L’extension ne peut pas lire cette page. Sélectionnez le texte, faites un clic droit et choisissez « Trouver le bon contact OSS », ou collez-le dans la zone ci-dessus.',
  textUsed: 'Texte utilisé',
  hitType: { contact: 'Contact', service: 'Service', excerpt: 'Extrait', clause: 'Clause', situation: 'Situation' },
  copy: 'Copier',
  copied: 'Copié',
  copyFailed: 'Copie impossible. Sélectionnez le texte et copiez-le à la main.',
  copyAddress: (who) => `Copier l’adresse de ${who}`,
  copyText: 'Copier le texte',
  copyRich: 'Copier avec la référence',
  copyNumber: 'Copier le numéro',
  insert: 'Insérer',
  insertDraft: 'Insérer le projet',
  replyWith: 'Répondre avec l’extrait',
  addRecipients: 'Ajouter au message',
  done: 'Fait',
  to: 'À',
  cc: 'Cc',
  recipients: 'Destinataires',
  rsoNotSet: 'Adresse du RSO non renseignée — ouvrir les paramètres',
  addressNotSet: 'Adresse non renseignée — ouvrir les paramètres',
  openSettings: 'Ouvrir les paramètres',
  scenario: 'Situation',
  confidence: (p) => `Confiance ${p} %`,
  why: 'Pourquoi cette suggestion',
  otherScenario: 'Ce n’est pas ça ? Choisir une autre situation',
  keepScenario: 'Meilleure correspondance',
  advice: 'Avant d’écrire',
  excerpts: 'Extraits du MOU et des directives',
  noExcerpts: 'Aucun extrait pour cette situation.',
  source: 'Source',
  draft: 'Projet de courriel',
  subject: 'Objet',
  body: 'Message',
  draftLanguage: 'Langue du projet',
  missing: 'À compléter avant l’envoi :',
  copyDraft: 'Copier le projet',
  openDraft: 'Ouvrir dans la messagerie',
  openNewMessage: 'Ouvrir comme nouveau message',
  draftCopiedTooLong:
    'Le projet est trop long pour un lien de courriel ; il a été copié. Collez-le dans un nouveau message.',
  draftOpened: 'Projet ouvert dans votre messagerie.',
  urgentTitle: 'Urgent : appelez d’abord',
  urgentText: (name) => `Appelez le ${name} avant d’écrire.`,
  call: (phone) => `Appeler le ${phone}`,
  settings: 'Paramètres',
  settingsIntro:
    'Ce que les sources ne peuvent pas savoir : votre RSO, votre lieu d’affectation et le numéro du Centre des opérations.',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  saved: 'Paramètres enregistrés.',
  saveFailed: 'Impossible d’enregistrer les paramètres.',
  fixErrors: 'Veuillez corriger les champs signalés.',
  lockedField: 'Défini par votre organisation',
  managedNote: 'Certains paramètres sont définis par votre organisation et ne peuvent pas être modifiés ici.',
  diagnostics: {
    label: 'Afficher les diagnostics dans la console',
    hint: 'Pour l’assistance : les erreurs traitées sans bruit par l’assistant sont écrites dans la console de développement. Jamais le texte des e-mails.',
  },
  ignoredStored: (fields) => `Certains paramètres enregistrés n’étaient pas valides et sont ignorés\u202f: ${fields}.`,
  invalidPolicy: (fields) =>
    `La valeur définie par votre organisation n’est pas valide\u202f; ces champs restent vides\u202f: ${fields}. Demandez à votre administrateur informatique de la corriger.`,
  invalidPolicyField: 'La valeur définie par votre organisation n’est pas valide ; ce champ reste vide',
  languageAuto: 'Automatique (langue du navigateur)',
  langName: { en: 'English', fr: 'Français', es: 'Español' },
  field: {
    rsoEmail: { label: 'Courriel du RSO', hint: 'Responsable régional de la sécurité de votre lieu d’affectation.' },
    rsoName: { label: 'Nom du RSO', hint: 'Utilisé dans la formule d’appel des projets.' },
    dutyStation: { label: 'Lieu d’affectation', hint: 'Par exemple Goma ou Cox’s Bazar.' },
    senderName: { label: 'Votre nom', hint: 'Utilisé pour signer les projets.' },
    language: { label: 'Langue', hint: 'Langue de cet écran et des nouveaux projets.' },
    opsCentrePhone: {
      label: 'Téléphone du Centre des opérations 24/7',
      hint: 'Format international : + et l’indicatif du pays d’abord.',
    },
    opsCentreEmail: {
      label: 'Courriel du Centre des opérations 24/7',
      hint: 'Où écrire après un incident, une fois l’appel passé.',
    },
  },
  notEmail: 'Ce n’est pas une adresse électronique (nom@exemple.org).',
  notPhone: 'Ce n’est pas un numéro de téléphone. Utilisez des chiffres, des espaces et éventuellement un + au début.',
  tooLong: 'C’est trop long (120 caractères au plus).',
  privacy: 'Fonctionne hors ligne. Rien de ce que vous sélectionnez ou saisissez n’est envoyé ni conservé.',
  loading: 'Chargement…',
  error: 'Une erreur s’est produite.',
  documentsUnavailable:
    'Vos documents importés n’ont pas pu être lus ; seules les directives intégrées sont consultées.',
  notSure: 'Pas sûr',
  notSureHint: 'Le texte correspond à plusieurs situations. Vérifiez, ou choisissez une autre situation ci-dessous.',
  unreadable:
    'Le texte est surtout dans une langue que l’assistant ne lit pas. Choisissez vous-même la situation ci-dessous.',
  hostBrowser: 'Extension de navigateur',
  languageAutoOutlook: 'Automatique (langue d’Outlook)',
  rsoMovedToOss: 'En attendant, le projet part à l’OSS.',
  draftBodyCopied:
    'Votre messagerie s’ouvre avec À, Cc et Objet. Le message est trop long pour un lien de courriel ; il est dans le presse-papiers : collez-le dans le corps du message.',
  urgentNothingSet:
    'Appelez maintenant votre RSO ou le point focal sécurité de votre bureau. Envoyez ensuite à l’OSS le message préparé ci-dessous.',
  setNumber: 'Renseigner le numéro du Centre des opérations',
  welcomeTitle: 'Bienvenue dans OSS Assist',
  welcomeIntro:
    'Quatre informations que les sources ne peuvent pas connaître. Remplissez ce que vous avez ; vous pourrez les modifier plus tard dans les paramètres.',
  welcomeSave: 'Enregistrer et commencer',
  welcomeLater: 'Plus tard',
  yourRso: 'Votre RSO',
  rsoSearchNotSet: 'Adresse du RSO non renseignée — la renseigner',
  pressSuggest: 'Ceci ressemble à un message : choisissez « Suggérer pour ce texte » pour savoir à qui écrire.',
  staleNote: (date, source) => `Mis à jour le ${date} — vérifiez s’il existe une version plus récente (${source}).`,
  colon: '\u202f: ',
};

const es: UiStrings = {
  appTitle: 'OSS Assist',
  menuFind: 'Encontrar el contacto de OSS adecuado',
  omniboxDefault: 'Buscar contactos de OSS, servicios y extractos del MOU: %s',
  searchLabel: 'Buscar contactos, servicios y extractos del MOU, o describir la situación',
  searchPlaceholder: 'p. ej. puesto de control, RSO, evacuación',
  searchResults: (n) => (n === 1 ? '1 resultado' : `${n} resultados`),
  noResults: 'Sin resultados. Pruebe otra palabra o elija «Sugerir para este texto».',
  useSelection: 'Usar el texto seleccionado',
  useMessage: 'Usar este mensaje',
  suggestForText: 'Sugerir para este texto',
  readingSelection: 'Leyendo el texto seleccionado…',
  noSelection:
    'No hay texto seleccionado en esta página. Seleccione el texto del correo e inténtelo de nuevo, o péguelo en el cuadro de arriba.',
  cannotReadPage:
    'La extensión no puede leer esta página. Seleccione el texto, haga clic derecho y elija «Encontrar el contacto de OSS adecuado», o péguelo en el cuadro de arriba.',
  textUsed: 'Texto utilizado',
  hitType: {
    contact: 'Contacto',
    service: 'Servicio',
    excerpt: 'Extracto',
    clause: 'Cláusula',
    situation: 'Situación',
  },
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar. Seleccione el texto y cópielo a mano.',
  copyAddress: (who) => `Copiar la dirección de ${who}`,
  copyText: 'Copiar el texto',
  copyRich: 'Copiar con la referencia',
  copyNumber: 'Copiar el número',
  insert: 'Insertar',
  insertDraft: 'Insertar el borrador',
  replyWith: 'Responder con el extracto',
  addRecipients: 'Añadir al mensaje',
  done: 'Hecho',
  to: 'Para',
  cc: 'CC',
  recipients: 'Destinatarios',
  rsoNotSet: 'Dirección del RSO sin configurar — abrir la configuración',
  addressNotSet: 'Dirección sin configurar — abrir la configuración',
  openSettings: 'Abrir la configuración',
  scenario: 'Situación',
  confidence: (p) => `Confianza ${p} %`,
  why: 'Por qué esta sugerencia',
  otherScenario: '¿No es esto? Elija otra situación',
  keepScenario: 'Mejor coincidencia',
  advice: 'Antes de escribir',
  excerpts: 'Extractos del MOU y de las directrices',
  noExcerpts: 'No hay extractos para esta situación.',
  source: 'Fuente',
  draft: 'Borrador de correo',
  subject: 'Asunto',
  body: 'Mensaje',
  draftLanguage: 'Idioma del borrador',
  missing: 'Complete antes de enviar:',
  copyDraft: 'Copiar el borrador',
  openDraft: 'Abrir en el correo',
  openNewMessage: 'Abrir como mensaje nuevo',
  draftCopiedTooLong:
    'El borrador es demasiado largo para un enlace de correo, así que se copió. Péguelo en un mensaje nuevo.',
  draftOpened: 'Borrador abierto en su aplicación de correo.',
  urgentTitle: 'Urgente: llame primero',
  urgentText: (name) => `Llame al ${name} antes de escribir.`,
  call: (phone) => `Llamar al ${phone}`,
  settings: 'Configuración',
  settingsIntro:
    'Lo que las fuentes no pueden saber: su RSO, su lugar de destino y el número del Centro de Operaciones.',
  save: 'Guardar',
  saving: 'Guardando…',
  saved: 'Configuración guardada.',
  saveFailed: 'No se pudo guardar la configuración.',
  fixErrors: 'Corrija los campos señalados.',
  lockedField: 'Definido por su organización',
  managedNote: 'Algunos valores los define su organización y no se pueden cambiar aquí.',
  diagnostics: {
    label: 'Mostrar diagnósticos en la consola',
    hint: 'Para soporte: los errores que el asistente gestionó en silencio se escriben en la consola de desarrollo. Nunca el texto de los correos.',
  },
  ignoredStored: (fields) => `Algunos valores guardados no eran válidos y se ignoran: ${fields}.`,
  invalidPolicy: (fields) =>
    `El valor definido por su organización no es válido; estos campos quedan vacíos: ${fields}. Pida a su administrador informático que lo corrija.`,
  invalidPolicyField: 'El valor definido por su organización no es válido; este campo queda vacío',
  languageAuto: 'Automático (idioma del navegador)',
  langName: { en: 'English', fr: 'Français', es: 'Español' },
  field: {
    rsoEmail: { label: 'Correo del RSO', hint: 'Oficial Regional de Seguridad de su lugar de destino.' },
    rsoName: { label: 'Nombre del RSO', hint: 'Se usa en el saludo de los borradores.' },
    dutyStation: { label: 'Lugar de destino', hint: 'Por ejemplo Goma o Cox’s Bazar.' },
    senderName: { label: 'Su nombre', hint: 'Se usa para firmar los borradores.' },
    language: { label: 'Idioma', hint: 'Idioma de esta pantalla y de los nuevos borradores.' },
    opsCentrePhone: {
      label: 'Teléfono del Centro de Operaciones 24/7',
      hint: 'Formato internacional: + y el código del país primero.',
    },
    opsCentreEmail: {
      label: 'Correo del Centro de Operaciones 24/7',
      hint: 'Dónde escribir tras un incidente, una vez hecha la llamada.',
    },
  },
  notEmail: 'No es una dirección de correo (nombre@ejemplo.org).',
  notPhone: 'No es un número de teléfono. Use cifras, espacios y, si quiere, un + al principio.',
  tooLong: 'Es demasiado largo (120 caracteres como máximo).',
  privacy: 'Funciona sin conexión. Nada de lo que selecciona o escribe se envía ni se guarda.',
  loading: 'Cargando…',
  error: 'Se produjo un error.',
  documentsUnavailable: 'No se pudieron leer sus documentos importados; solo se busca en las directrices integradas.',
  notSure: 'No es seguro',
  notSureHint: 'El texto corresponde a más de una situación. Revíselo o elija otra situación abajo.',
  unreadable: 'El texto está sobre todo en un idioma que el asistente no lee. Elija usted la situación abajo.',
  hostBrowser: 'Extensión del navegador',
  languageAutoOutlook: 'Automático (idioma de Outlook)',
  rsoMovedToOss: 'Mientras tanto, el borrador va a la OSS.',
  draftBodyCopied:
    'Su correo se abre con Para, CC y Asunto. El mensaje es demasiado largo para un enlace de correo, así que está en el portapapeles: péguelo en el cuerpo.',
  urgentNothingSet:
    'Llame ahora a su RSO o al punto focal de seguridad de su oficina. Después envíe a la OSS el mensaje preparado abajo.',
  setNumber: 'Configurar el número del Centro de Operaciones',
  welcomeTitle: 'Le damos la bienvenida a OSS Assist',
  welcomeIntro:
    'Cuatro datos que las fuentes no pueden conocer. Complete lo que tenga; podrá cambiarlos después en la configuración.',
  welcomeSave: 'Guardar y empezar',
  welcomeLater: 'Más tarde',
  yourRso: 'Su RSO',
  rsoSearchNotSet: 'Dirección del RSO sin configurar — configurarla',
  pressSuggest: 'Esto parece un mensaje: elija «Sugerir para este texto» para saber a quién escribir.',
  staleNote: (date, source) => `Actualizado el ${date}: compruebe si hay una versión más reciente (${source}).`,
  colon: ': ',
};

export const UI_STRINGS: Record<Lang, UiStrings> = { en, fr, es };

/** The UI language: the setting when chosen, else the browser's language when we have it, else English. */
export function uiLanguage(setting: 'auto' | Lang, navigatorLanguage?: string): Lang {
  if (setting !== 'auto') return setting;
  const base = (navigatorLanguage ?? '').slice(0, 2).toLowerCase();
  return base === 'fr' || base === 'es' ? base : 'en';
}

export function stringsFor(lang: Lang): UiStrings {
  return UI_STRINGS[lang];
}

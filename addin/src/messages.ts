// Every sentence the add-in itself says (the shared UI and the core have their own), in
// English, French and Spanish. Field managers read the pane in the language Outlook runs in.
import type { Lang } from '../../shared/core/pack/schema';
import type { Feature } from './requirements';

export interface AddinStrings {
  /** Shown in the shared UI's footer. */
  hostName: string;
  startFailed: (reason: string) => string;
  /** Office.js was loaded but never said it was ready. */
  officeNoAnswer: (seconds: number) => string;
  notInOutlook: string;
  noItem: string;
  missingFeature: Record<Feature, string>;
  readSubject: string;
  readRecipients: string;
  readBody: string;
  bodyType: string;
  insert: string;
  addRecipients: string;
  openDraft: string;
  openReply: string;
  saveSettings: string;
  noClipboard: string;
  invalidSettings: (problems: string) => string;
  ignoredSettings: (keys: string) => string;
  orgPackLoaded: (title: string) => string;
  orgPackBad: (problems: string) => string;
  orgPackUnreachable: (reason: string) => string;
  sendCheckIntro: string;
  sendCheckFix: string;
  composeTitle: string;
  composeChecking: string;
  composeOk: string;
  composeEmpty: string;
  checkAgain: string;
  addThese: (addresses: string) => string;
  applied: string;
  dismiss: string;
  back: string;
  notInOutlookTitle: string;
  limitsTitle: string;
  errorTitle: string;
}

const en: AddinStrings = {
  hostName: 'Outlook add-in',
  startFailed: (reason) => `OSS Assist could not start: ${reason}`,
  officeNoAnswer: (seconds) => `Office.js did not answer within ${seconds} s.`,
  notInOutlook:
    'This page is not running inside Outlook, so it cannot read a message. Open OSS Assist from a message in Outlook for suggestions; search works here.',
  noItem: 'Select or open a message to get a suggestion for it.',
  missingFeature: {
    readBody:
      'This version of Outlook does not give add-ins the message text (Mailbox 1.3), so suggestions use the subject only.',
    insertAtCursor: 'This version of Outlook cannot insert text at the cursor (Mailbox 1.2); copy the excerpt instead.',
    openNewMessage:
      'This version of Outlook cannot open a new message from an add-in (Mailbox 1.6); copy the draft instead.',
    sendCheckOptions: 'This version of Outlook shows the send-time warning without a button to open the pane.',
  },
  readSubject: 'Outlook could not read the subject',
  readRecipients: 'Outlook could not read the recipients',
  readBody: 'Outlook could not read the message text',
  bodyType: 'Outlook could not tell whether the message is HTML or plain text',
  insert: 'Outlook could not insert the text at the cursor',
  addRecipients: 'Outlook could not add the recipients',
  openDraft: 'Outlook could not open the new message',
  openReply: 'Outlook could not open the reply',
  saveSettings: 'Outlook could not save the settings',
  noClipboard: 'This Outlook does not let add-ins use the clipboard; select the text and copy it by hand.',
  invalidSettings: (problems) => `Settings not saved: ${problems}`,
  ignoredSettings: (keys) => `Some saved settings were not valid and were reset: ${keys}.`,
  orgPackLoaded: (title) => `Using your organisation's documents: ${title}.`,
  orgPackBad: (problems) =>
    `Your organisation's documents (org-pack.json) could not be used, so the built-in guidance is shown. ${problems}`,
  orgPackUnreachable: (reason) =>
    `Could not check for your organisation's documents (org-pack.json: ${reason}); the built-in guidance is shown.`,
  sendCheckIntro: 'OSS Assist, before this escalation goes:',
  sendCheckFix: 'Fix recipients',
  composeTitle: 'This message',
  composeChecking: 'Checking this message…',
  composeOk: 'Recipients look right for this message.',
  composeEmpty: 'Nothing to check yet: the check follows the message as you write it.',
  checkAgain: 'Check again',
  addThese: (addresses) => `Add ${addresses}`,
  applied: 'Recipients added; the ones already there were kept.',
  dismiss: 'Dismiss',
  back: 'Back',
  notInOutlookTitle: 'Not in Outlook',
  limitsTitle: 'This Outlook has limits',
  errorTitle: 'That did not work',
};

const fr: AddinStrings = {
  hostName: 'Complément Outlook',
  startFailed: (reason) => `OSS Assist n’a pas pu démarrer\u202f: ${reason}`,
  officeNoAnswer: (seconds) => `Office.js n’a pas répondu en ${seconds}\u00a0s.`,
  notInOutlook:
    'Cette page ne s’exécute pas dans Outlook et ne peut donc pas lire de message. Ouvrez OSS Assist depuis un message dans Outlook pour obtenir des suggestions ; la recherche fonctionne ici.',
  noItem: 'Sélectionnez ou ouvrez un message pour obtenir une suggestion.',
  missingFeature: {
    readBody:
      'Cette version d’Outlook ne donne pas le texte du message aux compléments (Mailbox 1.3) : les suggestions se fondent sur l’objet seul.',
    insertAtCursor: 'Cette version d’Outlook ne peut pas insérer de texte au curseur (Mailbox 1.2) ; copiez l’extrait.',
    openNewMessage:
      'Cette version d’Outlook ne peut pas ouvrir un nouveau message depuis un complément (Mailbox 1.6) ; copiez le brouillon.',
    sendCheckOptions: 'Cette version d’Outlook affiche l’avertissement d’envoi sans bouton pour ouvrir le volet.',
  },
  readSubject: 'Outlook n’a pas pu lire l’objet',
  readRecipients: 'Outlook n’a pas pu lire les destinataires',
  readBody: 'Outlook n’a pas pu lire le texte du message',
  bodyType: 'Outlook n’a pas pu dire si le message est en HTML ou en texte brut',
  insert: 'Outlook n’a pas pu insérer le texte au curseur',
  addRecipients: 'Outlook n’a pas pu ajouter les destinataires',
  openDraft: 'Outlook n’a pas pu ouvrir le nouveau message',
  openReply: 'Outlook n’a pas pu ouvrir la réponse',
  saveSettings: 'Outlook n’a pas pu enregistrer les paramètres',
  noClipboard:
    'Cet Outlook ne laisse pas les compléments utiliser le presse-papiers ; sélectionnez le texte et copiez-le à la main.',
  invalidSettings: (problems) => `Paramètres non enregistrés\u202f: ${problems}`,
  ignoredSettings: (keys) =>
    `Certains paramètres enregistrés n’étaient pas valides et ont été réinitialisés\u202f: ${keys}.`,
  orgPackLoaded: (title) => `Documents de votre organisation utilisés\u202f: ${title}.`,
  orgPackBad: (problems) =>
    `Les documents de votre organisation (org-pack.json) n’ont pas pu être utilisés\u202f; les indications intégrées sont affichées. ${problems}`,
  orgPackUnreachable: (reason) =>
    `Impossible de vérifier les documents de votre organisation (org-pack.json\u202f: ${reason})\u202f; les indications intégrées sont affichées.`,
  sendCheckIntro: 'OSS Assist, avant l’envoi de cette escalade :',
  sendCheckFix: 'Corriger',
  composeTitle: 'Ce message',
  composeChecking: 'Vérification de ce message…',
  composeOk: 'Les destinataires semblent corrects pour ce message.',
  composeEmpty: 'Rien à vérifier pour l’instant : la vérification suit le message pendant que vous l’écrivez.',
  checkAgain: 'Vérifier à nouveau',
  addThese: (addresses) => `Ajouter ${addresses}`,
  applied: 'Destinataires ajoutés ; ceux déjà présents ont été conservés.',
  dismiss: 'Fermer',
  back: 'Retour',
  notInOutlookTitle: 'Hors d’Outlook',
  limitsTitle: 'Cet Outlook a des limites',
  errorTitle: 'L’action a échoué',
};

const es: AddinStrings = {
  hostName: 'Complemento de Outlook',
  startFailed: (reason) => `OSS Assist no pudo iniciarse: ${reason}`,
  officeNoAnswer: (seconds) => `Office.js no respondió en ${seconds} s.`,
  notInOutlook:
    'Esta página no se está ejecutando dentro de Outlook, así que no puede leer ningún mensaje. Abra OSS Assist desde un mensaje en Outlook para ver sugerencias; la búsqueda funciona aquí.',
  noItem: 'Seleccione o abra un mensaje para obtener una sugerencia.',
  missingFeature: {
    readBody:
      'Esta versión de Outlook no da el texto del mensaje a los complementos (Mailbox 1.3); las sugerencias usan solo el asunto.',
    insertAtCursor: 'Esta versión de Outlook no puede insertar texto en el cursor (Mailbox 1.2); copie el extracto.',
    openNewMessage:
      'Esta versión de Outlook no puede abrir un mensaje nuevo desde un complemento (Mailbox 1.6); copie el borrador.',
    sendCheckOptions: 'Esta versión de Outlook muestra la advertencia de envío sin un botón para abrir el panel.',
  },
  readSubject: 'Outlook no pudo leer el asunto',
  readRecipients: 'Outlook no pudo leer los destinatarios',
  readBody: 'Outlook no pudo leer el texto del mensaje',
  bodyType: 'Outlook no pudo saber si el mensaje es HTML o texto sin formato',
  insert: 'Outlook no pudo insertar el texto en el cursor',
  addRecipients: 'Outlook no pudo añadir los destinatarios',
  openDraft: 'Outlook no pudo abrir el mensaje nuevo',
  openReply: 'Outlook no pudo abrir la respuesta',
  saveSettings: 'Outlook no pudo guardar la configuración',
  noClipboard: 'Este Outlook no permite a los complementos usar el portapapeles; seleccione el texto y cópielo a mano.',
  invalidSettings: (problems) => `Configuración no guardada: ${problems}`,
  ignoredSettings: (keys) => `Algunos valores guardados no eran válidos y se restablecieron: ${keys}.`,
  orgPackLoaded: (title) => `Se usan los documentos de su organización: ${title}.`,
  orgPackBad: (problems) =>
    `No se pudieron usar los documentos de su organización (org-pack.json); se muestran las indicaciones incorporadas. ${problems}`,
  orgPackUnreachable: (reason) =>
    `No se pudieron comprobar los documentos de su organización (org-pack.json: ${reason}); se muestran las indicaciones incorporadas.`,
  sendCheckIntro: 'OSS Assist, antes de enviar este escalamiento:',
  sendCheckFix: 'Corregir',
  composeTitle: 'Este mensaje',
  composeChecking: 'Comprobando este mensaje…',
  composeOk: 'Los destinatarios parecen correctos para este mensaje.',
  composeEmpty: 'Nada que revisar por ahora: la revisión sigue el mensaje mientras lo escribe.',
  checkAgain: 'Comprobar de nuevo',
  addThese: (addresses) => `Añadir ${addresses}`,
  applied: 'Destinatarios añadidos; se mantuvieron los que ya estaban.',
  dismiss: 'Cerrar',
  back: 'Volver',
  notInOutlookTitle: 'Fuera de Outlook',
  limitsTitle: 'Este Outlook tiene límites',
  errorTitle: 'La acción falló',
};

export const ADDIN_STRINGS: Record<Lang, AddinStrings> = { en, fr, es };

/** Outlook's display language ("fr-FR") to one of ours; English when it is none of them. */
export function langFrom(locale: string | null | undefined): Lang {
  const base = (locale ?? '').slice(0, 2).toLowerCase();
  return base === 'fr' || base === 'es' ? base : 'en';
}

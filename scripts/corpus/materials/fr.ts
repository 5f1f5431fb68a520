// French materials for the routing corpus (issue #9): message bodies as francophone field staff
// write them (West and Central Africa, Haiti, the Maghreb, Geneva), hard negatives with why they
// are not a route, and the parts build.ts wraps around them. Every name, address and number is
// invented (example.org, +00). Labels follow the source's rules (data/iom-oss.pack.json and the
// Emergency Manual page), never the current router's output. Ids are position-based: append new
// texts at the END of a list so existing ids, and so their splits, do not move.
import * as r3 from './fr-round3.ts';
import * as more from './fr-more.ts';
import { cores, negatives, type Item } from './helpers.ts';
import type { Materials, ScenarioId } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Abduction or hostage incident: an event that concerns IOM staff or their dependants, told as it
// comes in (reports, updates, questions), mostly without the pack's own words.
const HOSTAGE: Item[] = [
  [
    `Notre chauffeur Issa n'est pas rentré hier soir. Des témoins disent que deux hommes armés l'ont fait descendre du véhicule à la sortie de Kiwanja et l'ont emmené à pied vers la brousse. Le véhicule a été retrouvé ce matin, vide, moteur encore chaud d'après le chef de village.

On a prévenu la police et l'UNDSS. Que fait-on maintenant ?`,
    ['URGENT chauffeur Kiwanja', 'Issa - pas rentré depuis hier soir'],
  ],
  [
    `URGENT - les gens qui tiennent Moussa ont téléphoné au bureau il y a 20 min, depuis son portable. Ils demandent 50 000 USD et disent qu'il va bien. J'ai noté le numéro et l'heure (11h42). Personne n'a rien promis. Prochain appel annoncé pour 18h, j'attends vos instructions avant.`,
    ['URGENT - appel reçu au bureau', 'Moussa - appel ce matin'],
  ],
  `ils gardent notre chauffeur depuis la nuit derniere au barrage de Mbau, le chef du groupe refuse de le laisser partir tant que l'OIM ne paie pas des "frais de passage". Le véhicule est la bas aussi. Je n arrive plus a le joindre depuis 23h, son telephone est coupé.`,
  [
    `La fille de notre collègue Ahmed (assistant logistique) a été emmenée de force devant son école à Sévaré ce midi par des individus à moto. La famille a reçu un appel il y a une heure : on leur demande de l'argent et de ne pas prévenir les autorités. Ahmed est au bureau, très choqué. Nous avons besoin de conseils sur ce qu'il faut dire et ne pas dire à ces gens.`,
    ['Urgent - fille d un collègue', 'Sévaré - situation Ahmed'],
  ],
  `Nous sommes sans nouvelles de l'équipe de distribution partie de Kaga-Bandoro ce matin (2 staff OIM + 1 chauffeur). Dernier contact radio à 10h15, à environ 30 km de la ville : ils signalaient des hommes en armes en travers de la route. Depuis, plus rien, les téléphones sonnent dans le vide. Un berger dit avoir vu notre véhicule partir vers l'est, escorté par des motos.`,
  [
    `Notre collègue Jean-Robert a été intercepté par un gang à Croix-des-Bouquets en rentrant chez lui vers 17h. Sa femme a reçu un appel : ils réclament de l'argent en dollars pour le relâcher. Il est toujours entre leurs mains.

Nous avons informé l'UNDSS. Merci de nous indiquer la marche à suivre, c'est la première fois que le bureau gère une situation pareille et la famille nous appelle toutes les dix minutes.`,
    ['Jean-Robert - urgent', 'Situation collègue Croix-des-Bouquets'],
  ],
  `Mise à jour 14h30 : la personne qui détient Clarisse a rappelé à 14h02. Il lui a passé le téléphone quelques secondes, elle a dit qu'elle était "bien traitée". Ils veulent parler uniquement à "un chef de l'OIM". Le DO est informé. Personne ne répondra au prochain appel avant d'avoir vos conseils.`,
  `Question urgente : un de nos consultants a été enlevé entre Mora et Kolofata il y a 2 jours, la famille vient seulement de nous prévenir ce matin. Est-ce qu'on passe par l'UNDSS ou directement par vous ? Et qui doit être en contact avec la famille ?`,
  `mon collegue a ete pris par des hommes en armes sur l axe Bunia-Komanda vers 15h, ils ont pris aussi la moto du projet. pas de reseau la bas. svp aidez nous on sait pas quoi faire`,
  [
    `J'ai le regret de vous informer que M. Félicien K., assistant de terrain de l'OIM à Beni, a été emmené par des éléments armés non identifiés le 14 courant vers 19h, alors qu'il regagnait son domicile au quartier Mabakanga. Ses ravisseurs ont pris contact avec sa famille dans la nuit.

Le bureau a réuni sa cellule de crise ce matin. Nous sollicitons l'appui de l'OSS pour la gestion de cet incident.`,
    ['Incident grave - Beni', 'Signalement incident personnel OIM Beni'],
  ],
  `Le convoi de retour volontaire a été stoppé à un faux barrage à 40 km de Tillabéri. Les migrants ont pu continuer après plusieurs heures, mais les deux accompagnateurs de l'OIM (nos staff) ont été gardés par les assaillants. Nous ignorons où ils ont été conduits. Le chauffeur du bus est rentré à Niamey et est au bureau.`,
  `Des jeunes armés occupent notre bureau de Bossangoa depuis 7h ce matin et empêchent nos 4 collègues de sortir. Ils exigent le paiement de salaires "dus" à des journaliers d'un ancien projet et menacent de brûler les locaux. Les collègues sont enfermés dans la salle de réunion et nous envoient des SMS. La gendarmerie ne bouge pas.`,
  `On a une info non confirmée : Boubacar, notre gardien de l'entrepôt de Ménaka, aurait été embarqué cette nuit par des hommes venus en pick-up. Son téléphone est éteint depuis 2h du matin. Je vérifie avec la famille mais je préfère vous alerter tout de suite.`,
  [
    `Appelez moi svp. Nos 2 collègues du projet DTM sont aux mains d'un groupe armé depuis ce matin près de Fada. Je suis au bureau, +00 226 555 0147.`,
    ['APPELEZ MOI', 'urgent fada'],
  ],
  `Notre équipe a été bloquée à Martissant par des hommes cagoulés. Ils ont laissé partir le chauffeur mais ont gardé Nadège et Wilner. Le chauffeur est rentré au bureau à pied, il est sous le choc. Il dit qu'ils ont pris leurs téléphones et leurs badges et qu'ils ont parlé d'argent.`,
  `Notre collègue Patrick a été arrêté hier à 16h à un barrage tenu par une milice près de Kalehe. Ils l'ont gardé pour une soi-disant "vérification" et depuis ce matin ils réclament de l'argent pour le relâcher. Aucune autorité ne reconnaît ce barrage. Sa femme est au bureau.`,
  `Cette nuit, des inconnus armés sont entrés dans la résidence de notre chef de sous-bureau à Abéché et l'ont fait monter de force dans leur véhicule. Sa femme et ses enfants sont sains et saufs. Les gendarmes sont sur place. Pas de revendication pour l'instant.`,
  `Suite à mon appel de cette nuit au centre des opérations : toujours pas de revendication. Le vehicule de Mamadou a ete retrouve brule pres de Kaya. Nous pensons qu'il a été emmené vers le nord par ceux qui ont attaqué le véhicule. Sa famille est au bureau. Merci de confirmer qui sera notre point de contact côté OSS.`,
  [
    `Nous venons d'apprendre par l'ambassade que notre collègue internationale en mission à Diffa a été emmenée par un groupe armé la nuit dernière, avec son interprète. Le bureau pays n'arrive pas à joindre l'équipe restée sur place. Pouvez-vous activer la gestion de crise et nous dire qui coordonne ?`,
    ['Diffa - collègue et interprète', 'Très urgent - Diffa'],
  ],
  `ceux qui détiennent notre logisticien ont rappelé, ils exigent maintenant qu'on arrête les activités dans leur zone en plus de l'argent. Il parait qu'il est blessé a la jambe. On a besoin d'un negociateur ou de quelqu'un qui sait faire ca, personne ici n'a l'experience.`,
  `Depuis samedi on n'a plus aucune trace de Rachid, agent de sensibilisation à Agadez. Il est parti animer une séance de sensibilisation dans un quartier périphérique et n'est jamais revenu. Dimanche un inconnu a appelé son frère pour dire qu'il était "avec eux" et qu'il faudrait "discuter". On n'a rien dit à personne d'autre pour l'instant, à part vous et le RSO.`,
  `Le mari de notre collègue Awa, qui travaille avec nous comme chauffeur, a été enlevé sur la route de Gao. Awa a reçu un message vocal. Est-ce que cela relève de l'OSS puisqu'il est à la fois personne à charge et staff ? On a besoin d'aide de toute façon, elle est effondrée.`,
  `Comme le RFSO me l'a demandé, je confirme par écrit ce que j'ai dit au téléphone au centre des ops : Serge et son chauffeur sont toujours détenus par les hommes qui ont arrêté leur véhicule hier sur la RN4. Un intermédiaire du village nous a contactés ce matin pour "arranger" leur libération. On ne lui a rien répondu. L'ASC et le DO sont au courant.`,
  `on a perdu Idrissa et Koffi a Tillia depuis 10h, leur vehicule a ete vu passer avec des gens armés dedans. pas d appel. je suis avec les familles, dites nous quoi faire`,
  `Depuis 6h ce matin, impossible de joindre Didier et Mireille qui faisaient la route Bangui-Damara. Leur véhicule a été retrouvé vide au PK 45, portières ouvertes, sacs encore à l'intérieur. La gendarmerie parle des coupeurs de route qui opèrent dans le secteur et qui gardent parfois les passagers plusieurs jours.`,
  `Le bureau de Port-au-Prince nous informe qu'une collègue nationale et son fils ont été emmenés de leur domicile à Carrefour par des membres d'un gang cette nuit. Un montant a été exigé par téléphone à son mari vers 4h. Le centre des opérations a été appelé à 05h10 (heure de Genève). Nous suivons depuis le siège.`,
  [
    `Staff OIM aux mains des coupeurs de route depuis 48h vers Paoua. Appelez-moi.`,
    ['URGENT Paoua', 'appelez moi svp'],
  ],
  `Update : ceux qui retiennent Saïdou ont recontacté sa famille ce matin, ils ont baissé leur demande et la famille veut payer vite, sans nous attendre. On fait quoi de notre côté ? Le DO veut une réunion à 15h.`,
  `[SMS 06:52] Chef c'est Ali. Ils ont pris Mahamadou au barrage apres Torodi, ils l'ont fait monter dans leur pick-up. Moi ils m'ont laissé avec la voiture. Je suis caché à l'école du village. Batterie faible.`,
  [
    `FICHE DE SIGNALEMENT D'INCIDENT
Date/heure : 14/11, 17h30
Lieu : axe Kaya-Barsalogho, km 22
Personnes concernées : 1 staff OIM (assistant terrain), 1 chauffeur
Description : véhicule intercepté par une dizaine d'individus armés à moto. Les deux occupants ont été emmenés vers l'est, le véhicule a été abandonné sur place.
Dernier contact : 17h12 (appel radio)
Mesures prises : autorités et familles informées, centre des opérations appelé.`,
    ["Fiche d'incident - axe Kaya-Barsalogho", 'Signalement incident 14/11'],
  ],
];

// UN security services refused to IOM: local UNDSS, the DO or the CSA refuse a UN ID, the SMT,
// briefings, clearance, the radio net or the evacuation list, often because they do not know IOM
// is a member of the UNSMS.
const REFUSED: Item[] = [
  `Le bureau local de la DSS à Bambari nous dit que nos nationaux n'ont pas droit à la carte ONU car "l'OIM n'est pas une agence des Nations Unies". On a déposé les demandes il y a un mois avec toutes les photos. Comment on fait ?`,
  [
    `On n'a jamais reçu d'invitation aux réunions SMT à Mopti depuis l'ouverture du bureau. Quand notre chef de bureau s'est présenté, le fonctionnaire désigné lui a dit que la réunion était réservée aux agences "du système" et qu'on recevrait le compte rendu "si possible". On ne l'a jamais reçu.`,
    ['SMT Mopti', 'Toujours pas invités'],
  ],
  `Le CSA refuse d'inscrire notre personnel sur la liste de relocalisation. Selon lui, l'OIM doit avoir son propre plan et ses propres moyens. Nous sommes 23 staff à Bunia, dont 19 nationaux. Si la situation se dégrade, on fait quoi ?`,
  [
    `La DSS ne valide plus nos demandes d'autorisation de sécurité dans TRIP : elles restent en attente puis sont annulées avec le commentaire "non-UN entity". Nos missions vers Kaga Bandoro sont bloquées depuis deux semaines.`,
    ['TRIP - demandes annulées', 'Clearances bloquées'],
  ],
  `Le SA de Diffa ne veut pas nous donner d'indicatifs d'appel ni nous connecter au réseau de la salle radio. Il dit qu'il n'a "aucune instruction concernant l'OIM". Nos véhicules circulent donc sans suivi radio ONU.`,
  [
    `Je me permets de vous écrire car le responsable désigné pour le Tchad a décidé que l'OIM ne participerait plus à l'équipe de gestion de la sécurité, au motif que nous serions une organisation "apparentée" et non un membre à part entière. Notre chef de mission a protesté oralement, sans succès.

Pourriez-vous nous indiquer la démarche à suivre ?`,
    ["Participation de l'OIM à l'EGS - Tchad", 'Décision du DO'],
  ],
  `Notre nouveau chef de mission n'a pas pu assister au briefing sécurité d'arrivée de l'UNDSS : à l'accueil on lui a dit que c'était "pour le personnel ONU uniquement" et on l'a renvoyé.`,
  `les gens de DSS a Jeremie disent qu on est pas couverts par leur plan d evacuation, que l OIM doit se debrouiller avec ses propres moyens. c'est normal ca ?`,
  `Pendant la relocalisation de la semaine dernière, les agences ont été sorties de Ndélé par les hélicoptères de la mission, mais notre équipe de 6 personnes a été laissée sur place : l'UNDSS dit que l'OIM n'était pas sur la liste et qu'elle n'avait pas à y être. On est rentrés par la route, 2 jours.`,
  `Le bureau de l'UNDSS exige une lettre de notre siège prouvant que l'OIM fait partie du SGSNU avant de délivrer les badges. On leur a déjà montré le mémorandum d'accord, ils disent que ce n'est "pas suffisant" et que la demande est suspendue.`,
  [
    `Est-ce normal que le DO refuse que l'OIM soit sur la liste de diffusion des alertes SMS sécurité ? Depuis octobre on ne reçoit plus aucune mise à jour alors que les autres agences les ont.`,
    ['Alertes SMS sécurité', 'liste de diffusion UNDSS'],
  ],
  `L'UNDSS refuse d'évaluer les logements de notre personnel international (MORSS), en disant qu'ils ne font ces visites que pour "les agences membres". On a 5 maisons à Niamey en attente.`,
  `Notre demande d'escorte pour la mission de Ndélé a été rejetée par le bureau de sécurité ONU avec la mention "escortes réservées aux agences du système". C'est la première fois qu'on nous répond ça.`,
  `Notre assistant sécurité s'est fait sortir de la réunion ASMT à Tahoua. On lui a dit que les ONG n'avaient pas leur place là, le bureau régional de la DSS nous classe comme ONG.`,
  `Re-bonjour, pour info le Security Adviser nous a encore refusé l'accès au système de suivi des véhicules et à la fréquence radio commune. Troisième refus en deux mois, toujours avec le même argument : "vous n'êtes pas ONU".`,
  [
    `SVP aide : nos 6 nouveaux staff attendent leur carte ONU depuis 3 mois. Au bureau des badges on nous répond qu'il faudrait un "accord de siège avec l'ONU" que l'OIM n'aurait pas. Sans carte ils ne rentrent pas dans la base.`,
    ['Cartes ONU - 3 mois', 'badges toujours pas délivrés'],
  ],
  `le nouveau CSA pense qu'on fait partie des ONG partenaires du Saving Lives Together et pas du SMS, du coup plus aucune invitation au SMT depuis mars. j'ai essayé de lui expliquer mais il ne veut rien entendre`,
  `Nous sommes arrivés à Kousseri il y a deux semaines pour la réponse. Le point focal UNDSS ne savait pas que l'OIM était membre du dispositif et a refusé de nous inscrire dans le système des wardens. Je lui ai montré le MOU, il veut une confirmation écrite "de New York".

Pouvez-vous intervenir ou nous dire à qui écrire ?`,
  `À Nouakchott, la DSS a rejeté la demande de notre chef de mission de siéger à l'équipe de gestion de la sécurité. On nous propose un statut "d'observateur" sans droit de parole. Est-ce acceptable ou doit-on insister ?`,
  `Le poste d'entrée de la base logistique de Bria refuse l'accès à notre personnel au motif que nos badges OIM ne sont pas des badges ONU, et l'UNDSS ne veut pas nous en délivrer. On tourne en rond.`,
  `Depuis le changement de SA à Port-au-Prince, nos demandes de briefing sécurité pour les nouveaux arrivants restent sans réponse, et le mois dernier on nous a clairement dit que ce n'était "pas prévu pour l'OIM". Les autres agences y ont droit chaque lundi.`,
  `Petite question : la DSS de Goma nous a répondu que les cartes d'identité ONU ne sont délivrées qu'aux fonctionnaires des fonds et programmes, pas à "une organisation liée". Ils ont raison ou pas ? Nos collègues se font refouler aux entrées.`,
  `L'ASC de Tombouctou nous a dit que l'OIM relève du SLT comme les ONG, donc pas de place à l'ASMT ni dans le plan de relocalisation de la zone. Nos 9 collègues se retrouvent hors de tout dispositif.`,
  `Depuis la nouvelle SRA, la DSS n'accepte plus de nous compter dans les effectifs de la zone : nos inscriptions sont renvoyées avec la mention "IOM staff to be managed by IOM". Du coup plus de TRIP et plus d'alertes pour nous.`,
  `Le DO a écrit à tous les chefs d'agence pour la réunion de crise de ce soir. Nous ne sommes pas dans la liste, et quand j'ai appelé son assistante elle m'a répondu que l'OIM "n'était pas concernée". On a pourtant 80 personnes sur le terrain.`,
  `We have an issue avec la DSS : ils ne veulent pas délivrer de laissez-passer pour la zone protégée à nos chauffeurs, seulement à ceux des agences "ONU". Nos véhicules restent bloqués à l'entrée chaque matin.`,
  [
    `Encore un refus pour les cartes ONU à Kindu. Le motif ne change pas : "OIM pas éligible".`,
    ['Cartes ONU Kindu - encore', 'refus cartes'],
  ],
  `Le bureau de Conakry nous informe que le conseiller en sécurité de l'UNDSS refuse d'inclure nos collègues dans le recensement du personnel pour le plan de sécurité, au motif que l'OIM ne ferait pas partie du système. Pourriez-vous prendre contact avec lui ou nous dire comment procéder ?`,
  [
    `Objet : Demande de cartes d'identité ONU pour le personnel de l'OIM

Nous accusons réception de votre demande du 3 novembre. Nous regrettons de vous informer que le bureau ne peut y donner suite, les cartes d'identité ONU étant réservées au personnel des entités couvertes par le plan de sécurité du pays. Le personnel de l'OIM est invité à utiliser les badges délivrés par sa propre organisation.

Section des badges - Bureau de l'UNDSS`,
    ["Réponse de l'UNDSS - cartes ONU", 'Lettre DSS badges'],
  ],
  `MÉMO - Cabinet du responsable désigné
À : Chefs des agences membres de l'EGS
Objet : Composition de l'équipe de gestion de la sécurité

À compter de ce jour, l'EGS sera composée des seuls chefs des fonds, programmes et institutions spécialisées. Les organisations apparentées, dont l'OIM, seront informées des décisions par le biais du compte rendu.`,
  `Notification TRIP : votre demande d'autorisation de sécurité n° TR-4471 (Goma - Rutshuru, 18/11) a été rejetée. Motif : "Requesting entity not covered by the UN security plan". Pour toute question, contactez le bureau de l'UNDSS.`,
];

// IOM and UNSMS rules differ or are unclear: which one applies, told through concrete cases.
const DISCREPANCY: Item[] = [
  [
    `les consignes de l'UNDSS et les nôtres ne disent pas du tout la même chose sur les déplacements de nuit : l'UNDSS interdit tout mouvement après 18h, notre instruction interne dit 20h pour les véhicules en convoi. Lequel on suit ?`,
    ['Mouvements de nuit - quelle règle ?', 'Heure limite des déplacements'],
  ],
  `Le niveau de sécurité est passé à 5 à Ménaka. L'UNDSS dit que seul le personnel essentiel peut rester, mais notre note de service OIM parle d'une liste de "programmes critiques" qui ne correspond pas. On ne sait plus qui doit partir et qui peut rester.`,
  `Est-ce que les mesures MORSS de l'UNDSS s'appliquent aussi aux logements de notre staff national ? Notre directive OIM ne parle que des internationaux. Les deux textes ne disent pas la même chose et les collègues nationaux demandent pourquoi.`,
  [
    `Pour les escortes armées, la position de l'UNDSS (dernier recours, validation du DO) et ce que notre bureau régional nous a dit (interdites dans tous les cas) ne collent pas. On a une mission prévue dans 10 jours vers Birao et personne ne veut trancher.`,
    ['Escortes armées - positions différentes', 'Birao escorte ?'],
  ],
  `Petite question de principe : nos chauffeurs doivent-ils respecter le couvre-feu ONU de 21h ou seulement celui du gouvernement à 23h ? L'OIM n'a rien écrit là-dessus et le SA dit que "c'est à vous de voir". Ce n'est pas clair du tout.`,
  `Nous avons deux versions : la procédure TRIP de l'UNDSS demande 48h à l'avance pour les déplacements hors de la ville, notre SOP OIM demande 72h avec validation du chef de mission. On applique la plus stricte ou celle de l'ONU ?`,
  `Je ne comprends pas qui a raison. Le DO a autorisé le retour des personnes à charge à Bangui, mais notre RH dit que selon la politique de l'OIM le lieu reste "non-famille". Les collègues veulent faire venir leurs familles pour la rentrée.`,
  `Quand il y a contradiction entre le plan de sécurité du pays (UNDSS) et les consignes de notre bureau régional, laquelle prime ? Cas concret : le plan impose 2 véhicules par mouvement sur l'axe Bouar-Baboua, notre bureau dit qu'un seul suffit avec le tracking.`,
  `L'UNDSS exige gilet pare-balles et casque pour toute mission au-delà de Kaya. Notre note interne ne les exige qu'au niveau 5. Les équipes ne savent pas quoi faire et certains partent sans, d'autres refusent de partir.`,
  [
    `UNSMS vs OIM : qui décide de la relocalisation de notre personnel national ? Les textes ne sont pas clairs.`,
    ['question rapide - relocalisation staff national'],
  ],
  `Selon l'UNDSS, les hôtels non évalués sont interdits à Port-au-Prince. Notre bureau loge les consultants dans un hôtel qui n'est pas sur leur liste mais qui a été validé par notre point focal. On est en faute ou pas ? Les deux avis se contredisent.`,
  `Les consignes OIM sur le port du badge visible en ville vont à l'encontre de la recommandation de l'UNDSS de ne pas l'afficher hors des sites. Nos collègues reçoivent des remarques des deux côtés.`,
  `On nous demande de suivre les procédures de l'UNSMS mais aussi celles de l'OIM, et elles ne sont pas alignées sur le nombre de gardes de nuit aux résidences (2 pour l'ONU, 1 chez nous). Laquelle fait foi en cas d'audit ?`,
  `la regle de l'ONU c'est 2 staff minimum par vehicule sur l'axe Goma-Sake, la notre dit qu'un chauffeur seul peut faire les livraisons de l'entrepot. les deux se contredisent, on fait quoi ?`,
  `En cas d'évacuation médicale depuis Abéché, est-ce que c'est la procédure de l'UNDSS qui s'applique ou la nôtre ? Le SA et notre RH nous ont donné deux réponses différentes la semaine dernière.`,
  `Nous avons un doute sur les mesures de sécurité résidentielle : le document de l'ONU parle de barreaux à toutes les fenêtres, notre guide OIM seulement au rez-de-chaussée. Le propriétaire ne veut faire qu'une fois les travaux.`,
  `L'analyse de l'UNDSS classe la zone de Tillabéri en risque "élevé", notre évaluation interne dit "moyen". Quelle analyse fait foi pour autoriser nos missions ? Je ne voudrais pas signer une autorisation contraire à l'une ou à l'autre.`,
  `Petite confusion ici : l'UNDSS interdit les transports en commun à tout le personnel, l'OIM les autorise pour le staff national en dehors des heures de service. Lequel suivre ?`,
  [
    `Dans l'équipe on n'arrive pas à se mettre d'accord : le plan de sécurité ONU prévoit de rester chez soi en cas de manifestations, alors que notre procédure OIM demande de regrouper le personnel au bureau. Ce sont deux consignes opposées et la prochaine journée "ville morte" est annoncée pour lundi.`,
    ['Manifestations : consignes opposées', 'ville morte lundi - que faire'],
  ],
  `À Médenine, la DSS exige une notification 24h avant tout déplacement vers la frontière, mais nos instructions de Tunis disent qu'une simple information du chef de bureau suffit. Je voudrais savoir ce qui s'applique vraiment, pour éviter un problème avec le SA.`,
  [
    `Je souhaiterais obtenir une clarification sur l'articulation entre les politiques du système de gestion de la sécurité des Nations Unies et les instructions internes de l'OIM concernant l'usage des motos pour les agents de terrain. L'une les interdit, l'autre les tolère avec casque. Nos équipes de sensibilisation en dépendent.

Je vous remercie par avance.`,
    ['Demande de clarification - motos', 'Usage des motos : SGSNU et OIM'],
  ],
  `Pour les stagiaires, c'est quoi la regle ? L'ONU dit qu'ils suivent les memes mesures que le staff, notre bureau pays dit qu'ils n'ont pas besoin de clearance. On a 3 stagiaires qui partent a Kidira jeudi.`,
  `Les MOSS du pays exigent un véhicule blindé pour l'axe Kaya-Dori, nos normes internes OIM ne l'imposent pas. Qui a raison ? On n'a pas de blindé et la mission est prévue mardi.`,
  `Le SRM de zone dit une chose et le guide OIM une autre sur les gardes armés aux résidences. Je ne veux pas trancher seul, d'où ce message au RSO : quelle règle vaut pour nous ?`,
  `Pour la relocalisation annoncée par le DO, notre bureau régional nous demande d'attendre son feu vert, alors que la DSS dit que tout le personnel doit suivre immédiatement les consignes du DO. Qui croire ? On ne veut pas perdre de temps si ça se dégrade.`,
  `Je suis un peu perdu entre le SRM de l'UNDSS, qui impose des gardes 24h/24 aux résidences, et notre instruction OIM qui parle de gardes de nuit uniquement. Quelle norme suivre ?`,
  [
    `Couvre-feu ONU à 19h, consigne OIM à 21h : on applique lequel pour nos équipes qui rentrent du terrain ?`,
    ['Couvre-feu 19h ou 21h ?'],
  ],
  `Au Maroc, nos collègues se déplacent en ville sans clearance d'après nos règles internes, mais le nouveau point focal de l'UNDSS exige une demande TRIP même pour aller de Casablanca à Rabat. Ce n'est écrit clairement nulle part, on applique quoi ?`,
  `[WhatsApp 19:40] Chef, le SA vient de dire en réunion que les missions vers Kaya sont interdites sans escorte militaire, mais notre note à nous dit qu'on ne prend jamais d'escorte armée. On part demain 6h, je fais quoi ??`,
];

// New office or operations in an emergency area: planning a presence, with the RSO and the SRA.
const NEW_OPS: Item[] = [
  [
    `Nous allons ouvrir une antenne à Ouallam le mois prochain pour le suivi des déplacés. L'OIM n'a jamais été présente dans cette zone. Qu'est-ce qu'il faut faire côté sécurité avant l'installation ? Une SRA ?`,
    ['Antenne Ouallam', 'Ouverture Ouallam - sécurité'],
  ],
  `Suite à l'accord avec le gouverneur, on prévoit de s'installer à Djibo dès que la route rouvre (2-3 semaines). Je voudrais qu'on commence l'évaluation des risques avec vous dès maintenant plutôt qu'au dernier moment.`,
  `Le bureau va démarrer un projet de gestion de sites dans le Haut-Katanga, avec une petite équipe basée à Pweto. Nous n'y avons ni bureau ni logement pour l'instant. Pouvez-vous nous aider à préparer la partie sécurité (choix des locaux, communications, évaluation) ?`,
  `Après les inondations, le gouvernement nous demande d'être présents à Maradi. On pense louer une maison qui servirait à la fois de bureau et de logement. Est-ce que vous pouvez faire une visite d'évaluation avant la signature du bail ?`,
  `On a un financement pour une base temporaire près du site de déplacés de Kousseri, démarrage prévu le 1er. Quelles sont les exigences de sécurité minimales pour ouvrir ?`,
  [
    `Nous envisageons d'ouvrir un bureau à Jérémie pour la réponse après le séisme, en plus de Port-au-Prince. Je souhaiterais vous associer dès le choix des locaux, on a deux maisons en vue.`,
    ['Bureau Jérémie', 'Ouverture bureau Grand-Anse'],
  ],
  [
    `Nouveau sous-bureau à Bocaranga : ouverture le 15. Il faut une SRA ? Qui la fait ?`,
    ['Bocaranga', 'SRA Bocaranga ?'],
  ],
  `Nous montons une équipe mobile qui va couvrir la frontière Tchad-Soudan depuis Adré, une zone où l'OIM n'a jamais travaillé. Quel est le processus avec l'UNDSS et avec vous avant le déploiement ?`,
  `Le chef de mission m'a demandé de préparer l'installation d'un bureau de liaison à Arlit pour le projet de retour. J'aimerais savoir par où commencer côté sécurité, et combien de temps il faut prévoir.`,
  `Qu'est-ce qui doit être en place avant qu'on envoie du personnel dans la nouvelle zone du Kwango ? On y commence une distribution d'articles non alimentaires à la fin du mois.`,
  `nous demenageons notre activite vers Kalemie (nouveau lieu d'affectation), la maison est deja louée mais on a pas fait d evaluation securite. est ce grave ? on commence lundi`,
  `Dans le cadre de la réponse à la crise des déplacés au Nord-Kivu, nous comptons ouvrir trois points d'enregistrement hors de Goma (Sake, Minova, Rubaya), avec du personnel sur place en semaine. Aucun n'a fait l'objet d'une évaluation. Pouvons-nous en parler cette semaine ?`,
  [
    `J'ai l'honneur de vous informer que la mission de l'OIM prévoit l'ouverture d'un bureau de terrain à Tanguiéta au cours du prochain trimestre, dans le cadre du programme de stabilisation communautaire. Je vous saurais gré de bien vouloir nous indiquer les exigences de sécurité préalables ainsi que le calendrier d'une évaluation des risques.`,
    ['Ouverture du bureau de terrain de Tanguiéta', 'Projet de bureau - Tanguiéta'],
  ],
  `Le donateur veut qu'on commence le programme à Bambari dès janvier. Nous n'avons ni bureau ni personnel là-bas. Combien de temps prend une évaluation des risques de sécurité et est-ce que vous pouvez vous déplacer ?`,
  `Déploiement rapide : une équipe DTM part mercredi vers Goundam, où nous n'avons aucune présence. Ils resteront 3 semaines. Besoin de votre avis sur les conditions à remplir avant le départ.`,
  `Dans le cadre du nouveau projet, nous allons ouvrir un centre d'accueil à Oujda dans un quartier où nous n'étions pas. Le local est trouvé. Est-ce que la visite sécurité doit se faire avant ou après la signature ?`,
  `Après le cyclone, nous préparons une présence à Mananjary : 4 staff, un entrepôt et un petit bureau. Je voudrais coordonner la partie sécurité avec vous avant d'envoyer qui que ce soit.`,
  `est-ce que l'OSS peut faire la SRA pour notre nouvelle antenne a Fada ou il faut demander a UNDSS ? on voudrait etre installés avant les pluies`,
  `Nous allons étendre nos opérations de Bangui vers Birao avec une base légère (conteneurs) à côté du site humanitaire. Date cible : mi-mars. Pouvez-vous me dire ce que vous attendez de nous comme information pour commencer ?`,
  [
    `Info rapide : la direction a validé l'ouverture d'un sous-bureau à Kaya pour la réponse aux déplacements. On part de zéro (pas de locaux, pas de staff local). Je serai le point focal pour l'installation.

De quoi avez-vous besoin de notre part pour l'évaluation des risques ? On aimerait être opérationnels dans 6 semaines.`,
    ['Sous-bureau Kaya - installation', 'Kaya : démarrage'],
  ],
  `On vient de recevoir l'accord pour intervenir dans les îles du lac Tchad (Bol et environs). Pas de présence OIM jusqu'ici. Qui doit valider le lieu de vie de l'équipe et les moyens de communication ?`,
  `On lance les activités de retour dans la région de Lékoumou la semaine pro, avec un bureau provisoire chez le partenaire. C'est un nouvel endroit pour nous. Tu peux me dire ce que je dois te remonter avant ?`,
  `Pour la future base de Ndélé, faut-il appliquer dès l'ouverture les mesures SRM (ex-MOSS) de la zone ? L'ASC nous demande notre propre évaluation avant qu'on s'installe, et on part de rien.`,
  `Ouverture d'un bureau à Dori prévue en avril. Qui fait la SRA : vous, l'ASC ou nous-mêmes ?`,
  `Le cluster nous demande d'avoir une présence sur l'île d'Idjwi, où l'OIM n'a jamais mis les pieds : deux staff et un petit bureau d'ici un mois. Par où commence-t-on avec vous ?`,
  `Le siège a approuvé une nouvelle présence de l'OIM à Tahoua. Le chef de mission souhaite que l'évaluation de sécurité soit faite avant tout recrutement local. Pouvez-vous proposer des dates ?`,
  [`Ouverture d'une antenne à Kindu le 1er : on vous envoie quoi pour la SRA ?`, ['Antenne Kindu', 'SRA Kindu']],
  `On prévoit de déplacer l'équipe de Hinche vers Mirebalais et d'y ouvrir un petit bureau, la route étant devenue trop risquée. C'est un nouvel emplacement pour nous : faut-il refaire une évaluation des risques avant de s'installer ?`,
  `NOTE AU DOSSIER
Objet : Ouverture du sous-bureau de Mongo

La direction a approuvé l'ouverture d'un sous-bureau à Mongo à compter du 1er février. L'OIM n'a jamais été présente dans la province. Actions requises : identification des locaux, évaluation des risques de sécurité avec le RSO, recrutement du personnel local.`,
];

// Security support needed after an emergency: a request for OSS surge capacity / a security person.
const SURGE: Item[] = [
  [
    `Depuis le séisme d'hier, on est seuls : notre assistant sécurité est bloqué à Port-au-Prince et toutes les équipes sont sur le terrain aux Cayes. On a besoin de quelqu'un de l'OSS sur place pour au moins 3 semaines.`,
    ['Séisme - besoin de renfort sécurité', 'Les Cayes - appui sécurité'],
  ],
  `Suite aux inondations à Kinshasa, le nombre de mouvements d'équipes a triplé et notre bureau n'a pas d'officier de sécurité depuis juin. Nous demandons un appui urgent : quelqu'un pour suivre les mouvements et conseiller le chef de mission.`,
  `Suite aux événements de la nuit dernière dans la capitale, frontières et aéroport fermés, notre équipe sécurité (une seule personne) est débordée. Est-il possible d'avoir un renfort de la région pendant quelques semaines ?`,
  `Le cyclone a dévasté Toamasina. Nous avons maintenant 40 staff déployés et personne de dédié à la sécurité. Pouvez-vous nous envoyer quelqu'un en renfort ?`,
  `Avec l'arrivée massive de déplacés à N'Djamena après les affrontements, notre équipe a doublé en dix jours. Nous n'avons pas de chargé de sécurité et le SA de l'UNDSS est saturé. Merci d'étudier un déploiement d'appui.`,
  [
    `Besoin urgent d'un FSO en renfort à Goma, la ville est pratiquement encerclée et on gère 60 personnes seuls.`,
    ['RENFORT GOMA', 'urgent - appui sécurité Goma'],
  ],
  `Après l'éruption du volcan, nous avons relocalisé 30 staff vers Gisenyi et continuons la réponse depuis là. Il nous faudrait un appui de l'OSS pour coordonner la sécurité des équipes, on n'a pas les compétences en interne.`,
  `Comment fait-on pour demander la capacité de renfort de l'OSS ? On a eu un glissement de terrain majeur hier dans la région, et le bureau n'a pas de personnel de sécurité.`,
  `Les violences à Bangui depuis samedi nous obligent à suivre les mouvements 24h/24. Notre équipe ne tient plus, on a besoin de quelqu'un pour au moins deux semaines.`,
  [
    `J'ai l'honneur de solliciter le déploiement temporaire d'un professionnel de la sécurité en appui à notre réponse aux inondations dans la région de Maradi. Le bureau ne dispose actuellement d'aucun agent de sécurité et la réponse mobilise 35 personnes sur 6 sites.

Je reste à votre disposition pour tout complément d'information.`,
    ['Demande de déploiement - Maradi', 'Appui en sécurité - réponse inondations'],
  ],
  `Les combats ont repris autour de Sake ; l'équipe a doublé pour la réponse et notre seul point focal sécurité est aussi notre logisticien. SOS : on aurait besoin d'un renfort en sécurité dès que possible.`,
  `Rien dans le budget pour un agent de sécurité, mais depuis le tremblement de terre on a 5 équipes mobiles sur les routes. Est-ce que l'OSS peut nous prêter quelqu'un quelques semaines ?`,
  `Ouragan passé cette nuit sur le Sud. Routes coupées, réseau instable, on envoie des équipes d'évaluation demain matin. On a besoin d'un appui sécurité pour organiser les mouvements et les communications, notre FSA est en congé maladie.`,
  `Après l'attaque du camp près de Bassikounou cette semaine, on renforce la présence pour l'assistance. Pas de sécurité sur place côté OIM. On voudrait quelqu'un de chez vous pour un mois, le temps qu'on recrute.`,
  `Suite au séisme dans la région d'Azilal, nous avons 12 collègues déployés dans les douars de montagne. Nous aurions besoin d'un appui de l'OSS pour le suivi de leurs déplacements et la communication avec les autorités.`,
  `C'est pour savoir si l'OSS a encore quelqu'un disponible pour un déploiement de 4 semaines à Bukavu : les combats ont fait fuir des dizaines de milliers de personnes et on renforce fortement la réponse.`,
  `on est débordés depuis les inondations, 3 sous-bureaux touchés, 2 sans électricité. personne ne fait la sécurité a plein temps ici. urgent svp`,
  `Notre FSA a été évacué pour raisons médicales juste après les inondations, et on est en pleine réponse. Est-ce qu'un intérim est possible depuis le bureau régional ?`,
  `Après l'explosion du dépôt de carburant hier soir à Conakry, le quartier est bouclé et nos collègues sont dispersés. On aurait besoin d'un appui en sécurité pour gérer les localisations du staff et les mouvements les prochains jours.`,
  [
    `La tempête tropicale a touché le nord d'Haïti hier. Nous lançons la réponse avec 3 équipes, mais nous n'avons aucun professionnel de la sécurité dans le pays depuis le départ de notre officier le mois dernier.

Serait-il possible d'activer un renfort depuis le bureau régional ?`,
    ['Tempête - demande de renfort', 'Réponse Nord Haïti - sécurité'],
  ],
  `Depuis les attaques de la semaine dernière à l'est de Ouahigouya, plus de 20 000 déplacés sont arrivés en ville et nous déployons des équipes supplémentaires. Nous demandons un appui en sécurité temporaire, le bureau n'a qu'un assistant à mi-temps.`,
  `Le cyclone a coupé la route de Morondava et on va devoir faire des rotations par bateau et hélico. Ça dépasse ce que notre petit bureau peut gérer côté sécurité. Qui peut venir nous aider ?`,
  `Après les attaques de samedi, Djibo est coupée du reste du pays et on a 25 staff sur place qui continuent l'assistance. Le RFSO peut-il nous envoyer quelqu'un pour la sécurité, même pour deux semaines ?`,
  `Cyclone puis inondations : l'ASC nous a prévenus qu'il ne pourra pas suivre nos équipes en plus de celles de l'ONU. Il nous faut un appui sécurité à nous pendant la réponse, au moins un mois.`,
  `Les inondations de cette nuit ont touché trois quartiers de Niamey où vivent nos collègues. On les localise un par un et les équipes de réponse partent demain. On ne s'en sortira pas seuls : il nous faudrait un appui sécurité sur place pour la semaine.`,
  `Depuis le séisme, notre chargé de sécurité assure seul le suivi de 70 personnes et des convois. Il n'a pas dormi depuis trois jours. Ceci est une demande officielle de renfort.`,
  `Après les émeutes de ce week-end à Lubumbashi, nous devons gérer la relocalisation temporaire de 15 collègues tout en reprenant les distributions. L'OSS peut-il déployer quelqu'un pour nous appuyer ?`,
  [
    `Séisme de magnitude 6,8 ce matin. Tous les staff localisés. Besoin d'un appui OSS pour la suite, on n'a personne en sécurité.`,
    ['Séisme - staff localisés', 'Appui OSS svp'],
  ],
  `SITREP n° 2 - Séisme
Situation : 3 sous-bureaux touchés, 2 inaccessibles par la route.
Personnel : 58 staff localisés, 4 pas encore joints (réseau coupé dans leur zone).
Besoins : appui sécurité immédiat (suivi des mouvements, évaluation des axes, communications). Le bureau n'a plus d'assistant sécurité depuis octobre.`,
  `Depuis ce matin des hommes armés tiennent un barrage à la sortie de Kaga-Bandoro ; on a arrêté tous les mouvements sur l'axe et les distributions sont à l'arrêt.`,
  `Coups de feu cette nuit près de la résidence des internationaux à Bunia, vers 2h. Aucun staff touché, mais on a suspendu les missions de la journée et tout le monde reste à la résidence.`,
  `Mouvements de foule au marché de Sévaré ce matin, la police a tiré des gaz lacrymogènes. Nos 3 collègues qui étaient en ville sont rentrés au bureau. On suspend les sorties pour aujourd'hui.`,
  `Tirs nourris entendus depuis 20h du côté du camp militaire. Tous nos collègues sont chez eux et ont été joints. On reste en contact.`,
  `Message warden : échanges de tirs signalés au carrefour du PK5. Évitez le secteur. Restez chez vous jusqu'à nouvel ordre et confirmez votre localisation à votre warden.`,
];

// ---------------------------------------------------------------------------------------------
// Hard negatives (first part): incident words in another sense, events about others, denials.
const NEG_IDIOM: Item[] = [
  `Les règles d'achat nous tiennent en otage : 3 mois pour valider une commande de chaises. Je craque.`,
  `Le comité de pilotage nous a pris en otage toute la matinée avec ses présentations, désolée pour le retard de ma réponse sur le budget.`,
  `Franchement la réforme RH nous kidnappe tout notre temps, je n'ai pas pu finir le rapport bailleur. Je l'envoie lundi.`,
  `Merci pour ton aide hier, tu m'as enlevé une sacrée épine du pied avec ce tableau Excel !`,
  `Le bailleur tient le projet en otage tant qu'on n'a pas envoyé le rapport narratif révisé. Qui peut relire la section 3 ?`,
  `Ces réunions de coordination interminables, on est pris en otage chaque mardi de 9h à 13h. On pourrait proposer un format plus court au cluster ?`,
  `Le nouveau logiciel de paie a littéralement kidnappé la semaine de l'équipe finance. Les bulletins de novembre auront deux jours de retard.`,
  `Je suis otage de l'aéroport de Casablanca, vol annulé et pas d'avion avant demain. Décalez la réunion de 9h svp.`,
  `Le serveur a pris nos fichiers en otage toute la nuit, impossible d'ouvrir le dossier partagé. L'IT est dessus, on rattrapera demain.`,
];

const NEG_TOWING: Item[] = [
  `Le véhicule UN 4521 a été enlevé par la fourrière devant la mairie ce matin (stationnement interdit). Qui peut aller le récupérer avec la carte grise ?`,
  `Rappel aux chauffeurs : tout véhicule garé devant le portail de l'ambassade sera enlevé par la police municipale. Merci d'utiliser le parking arrière.`,
  `La fourrière a emmené la Corolla de Marc hier soir, 25 000 FCFA d'amende. On la passe en frais de mission ou c'est pour lui ?`,
  `enlevement de la voiture de service par la fourriere hier a Dakar Plateau, il faut le PV pour l'assurance. quelqu un l a ?`,
  `La fourrière municipale a embarqué la moto du projet garée sur le trottoir. Il faut payer 10 000 FCFA au guichet avant 17h, qui peut y passer ?`,
  `AVIS D'ENLÈVEMENT - Police municipale
Véhicule immatriculé UN-2231 enlevé le 12/11 pour stationnement gênant. Retrait à la fourrière centrale sur présentation de la carte grise et après paiement de l'amende.`,
];

const NEG_WASTE: Item[] = [
  `Le contrat d'enlèvement des ordures au centre de transit arrive à échéance fin décembre. Merci de lancer la demande de prix.`,
  `Les gravats des travaux de la clinique n'ont toujours pas été enlevés, l'entrepreneur dit que le camion est en panne.`,
  `Suite aux plaintes des résidents du site, l'enlèvement des déchets passe à trois fois par semaine à partir de lundi.`,
];

const NEG_HACKED: Item[] = [
  `Attention, ma messagerie a été piratée cette nuit : si vous avez reçu de ma part un lien "facture en attente", ne cliquez pas. L'IT est au courant.`,
  `Le compte Facebook du projet a été piraté, ils demandent une rançon en bitcoin pour nous le rendre. L'équipe com' a ouvert un ticket chez l'IT, on ne paie évidemment rien.`,
  `Quelqu'un a pris le contrôle du WhatsApp de Fatou et envoie des demandes d'argent à ses contacts. Merci de ne pas répondre et de prévenir vos équipes.`,
];

const NEG_FICTION: Item[] = [
  `Ciné-club vendredi à 18h à la cafétéria : on projette "Otages du désert", suivi d'un débat. Popcorn offert par l'équipe com'.`,
  `Je viens de finir le roman dont je t'avais parlé, l'histoire de la journaliste enlevée au Sahel. Je te le passe demain si tu veux.`,
  `Tu as vu le reportage hier soir sur l'enlèvement des touristes en Amérique du Sud ? Impressionnant le travail des négociateurs.`,
  `Pour le club de lecture du mois : "La rançon", un polar belge. Rendez-vous jeudi à la pause déjeuner.`,
  `Revue de presse du jour : article sur la libération de deux otages étrangers dans un autre pays de la région, et un dossier sur la migration de travail vers le Golfe. Bonne lecture.`,
  `Podcast recommandé pour les longs trajets : une série en 6 épisodes sur les négociateurs de prises d'otages dans les années 80. Passionnant.`,
];

const NEG_NEGATED: Item[] = [
  `Pour info : personne chez nous n'a été enlevé à Kalemie, le message qui tourne sur WhatsApp est faux. Toute l'équipe est rentrée au bureau à 16h et va bien.`,
  `Démenti : la rumeur d'enlèvement de nos agents près de Kidira est sans fondement. Ils étaient simplement sans réseau. Tout le monde est à la base.`,
  `Fausse alerte ce matin : Ibrahim n'était pas "disparu", il avait perdu son téléphone au marché. Il est au bureau. Désolé pour la panique.`,
  `Je confirme que l'article de presse parlant d'un "employé de l'OIM pris en otage" à Tahoua concerne en fait une autre organisation, sans lien avec nous. Aucun membre de notre personnel n'est concerné.`,
  `Le DO n'a finalement pas refusé nos cartes ONU : c'était un malentendu au guichet, elles sont prêtes à la DSS depuis hier. Rien à faire de votre côté, merci.`,
  `Contrairement à ce que j'ai écrit hier soir, personne n'a été retenu au barrage de Kalehe : l'équipe a juste attendu deux heures le passage d'un convoi militaire. Tout le monde est rentré.`,
  `Je vous rassure : le chauffeur qu'on croyait disparu était chez sa mère au village, son téléphone n'avait plus de batterie. Incident clos, aucune suite.`,
  `Non, Abdoulaye n'a pas été arrêté par des hommes armés : il était en réunion avec le préfet, téléphone éteint. Merci de ne plus relayer cette rumeur dans les groupes.`,
];

const NEG_BENEFICIARY: Item[] = [
  `Témoignage recueilli au centre de transit d'Agadez : une jeune femme raconte avoir été retenue contre rançon pendant trois semaines dans un "ghetto" en Libye avant d'être relâchée. Cas orienté vers l'équipe protection pour prise en charge.`,
  `Cas de protection : un mineur non accompagné dit avoir été enlevé par des trafiquants sur la route de Tamanrasset. Merci à l'équipe MHPSS de le voir cet après-midi.`,
  `Pour la note de situation DTM : les déplacés arrivés à Kaya rapportent des enlèvements de civils dans leurs villages d'origine. Merci d'intégrer ce point à la section "facteurs de départ".`,
  `Plusieurs migrants de retour nous racontent que leurs ravisseurs exigeaient que leurs familles envoient de l'argent par mobile money. L'équipe recherche veut en faire une étude de cas pour le rapport régional.`,
  `Formulaire de référencement : la bénéficiaire (ID 2231) signale que son mari a été kidnappé au Mali il y a deux ans. Elle demande une assistance psychosociale.`,
  `Une famille du site de déplacés dit que leur fils de 15 ans a été enrôlé de force par un groupe armé la semaine dernière. Merci de référer le cas au partenaire protection de l'enfance.`,
  `D'après la radio locale, un commerçant a été enlevé hier au marché de Beni. Ça ne concerne pas notre personnel ; je l'ajoute seulement à la partie contexte du rapport mensuel DTM.`,
  `Dans les entretiens de l'étude sur les routes migratoires, 14 personnes sur 60 disent avoir été séquestrées par des passeurs jusqu'à ce que leur famille paie. Les chiffres sont dans l'annexe 2.`,
  `Rapport de protection : trois femmes migrantes arrivées au point de transit disent avoir été détenues par un groupe armé pendant le trajet. Elles ont été orientées vers le centre de santé et l'équipe VBG.`,
];

// Question about the IOM–UNDSS MOU: its text, scope, date, what it says (no refusal in the story).
const MOU: Item[] = [
  [
    `Notre nouveau chef de bureau voudrait lire le texte de l'accord qui lie l'OIM à l'UNDSS. Vous l'auriez en PDF ? Je n'ai trouvé que des résumés.`,
    ['Texte de l accord OIM-UNDSS', 'Copie du MOU svp'],
  ],
  `Le MOU de 2013 couvre-t-il aussi notre personnel national ou seulement les internationaux ? On a eu la question en réunion du personnel et je n'ai pas su répondre.`,
  `Existe-t-il une version française du mémorandum OIM-UNDSS ? Notre administrateur et le SA local, tous deux francophones, aimeraient le lire dans le texte.`,
  `Le mémorandum a été signé en 2013 ; a-t-il été renouvelé ou modifié depuis ? Dans un vieux classeur du bureau je trouve des références à un accord de 1998 et je ne sais plus lequel est en vigueur.`,
  `Est-ce que le MOU entre l'OIM et le DSS couvre aussi les personnes à charge de notre personnel (conjoints, enfants) ?`,
  `Nos partenaires de mise en œuvre (ONG locales) sont-ils couverts par le mémorandum entre l'OIM et l'UNDSS, ou seulement nos contrats OIM ?`,
  `Les consultants et les journaliers entrent-ils dans le champ du MOU avec l'UNDSS ? On en a beaucoup sur le projet de Maradi.`,
  [
    `Question pour ma compréhension : qu'est-ce que l'accord OIM-UNDSS prévoit exactement sur nos obligations ? On me dit qu'on doit "se conformer à toutes les politiques du SGSNU", c'est écrit où et en quels termes ?`,
    ['Obligations de l OIM selon le MOU', 'MOU - nos obligations'],
  ],
  `Avant ma première réunion avec le nouveau CSA la semaine prochaine, j'aimerais avoir sous la main le texte de l'accord OIM-DSS et un résumé des points clés. Vous avez ça quelque part ?`,
  `bonjour, c quoi la date exacte et la reference du MOU OIM-UNDSS ? on doit le citer dans notre plan de securite pays et je trouve pas`,
  `Le MOU dit-il quelque chose sur les évacuations ? En clair : est-ce que l'ONU est censée relocaliser notre personnel au même titre que le sien ? C'est pour mettre à jour notre plan, pas de problème en cours.`,
  `Est-ce que chaque chef de bureau doit avoir une copie du mémorandum d'accord avec l'UNDSS ? Notre audit interne l'a relevé comme manquant dans 3 sous-bureaux.`,
  [
    `Dans le cadre de l'induction des nouveaux responsables de sous-bureaux, nous souhaiterions inclure une présentation du mémorandum d'accord de 2013 entre l'OIM et le Département de la sûreté et de la sécurité. Disposez-vous d'un support de présentation ou d'une note explicative que nous pourrions utiliser ?`,
    ['Induction - présentation du MOU', "Support sur le mémorandum d'accord"],
  ],
  `Je croyais que l'accord avec l'UNDSS datait de 1998 ? Un collègue me dit 2013. C'est le même texte renouvelé ou un nouveau ?`,
  `Le MOU s'applique-t-il dans les pays où l'UNDSS n'a pas de bureau ? Chez nous il n'y a qu'un point focal d'une autre agence.`,
  `Y a-t-il dans le mémorandum une clause précise sur la participation de l'OIM à l'équipe de gestion de la sécurité, ou c'est seulement dans les politiques du SGSNU ? Je prépare une note pour le chef de mission.`,
  [`Salut, tu aurais le MOU avec DSS ? Je l'avais sur mon ancien ordi. Merci !`, ['MOU DSS', 'petit service']],
  `Le mémorandum prévoit-il un partage des coûts pour les services de sécurité de l'ONU, ou est-ce que ces services nous sont fournis sans contrepartie ? La finance me pose la question pour le budget 2026.`,
  `Le nouveau DO est très ouvert, il veut juste comprendre le statut exact de l'OIM dans le dispositif de sécurité de l'ONU. Quel passage du MOU lui envoyer pour qu'il ait la référence ?`,
  `Concrètement, l'engagement de l'OIM dans le mémorandum de "respecter les politiques et procédures du SGSNU" inclut-il les mesures de sécurité résidentielle pour tous nos logements ? J'aimerais comprendre la portée de ce texte.`,
  `Qui chez nous est le point focal pour le protocole d'accord avec l'UNDSS ? On voudrait le mentionner dans notre plan de sécurité pays et savoir à qui poser les questions d'interprétation.`,
  `Dans le mémorandum d'entente OIM/UNDSS, est-ce qu'il est précisé que l'ONU nous fournit "les mêmes services" que pour son propre personnel ? J'ai besoin de la formulation exacte pour une présentation aux chefs de bureau.`,
  `Le SLT et le MOU OIM-UNDSS, c'est la même chose ? Un nouveau collègue confond les deux et je ne suis pas sûr de savoir bien lui expliquer la différence.`,
  `On m'a demandé de faire un point de 10 minutes sur le MOU à la réunion des chefs de bureau. Qu'est-ce que je dois absolument dire, et y a-t-il des slides qui existent déjà ?`,
  `Le mémorandum d'accord OIM-UNDSS est-il un document public ? Un partenaire gouvernemental voudrait en avoir une copie.`,
  `Est-ce que le MOU avec l'UNDSS prévoit quelque chose de particulier pour les bureaux de l'OIM situés hors des capitales ?`,
  `D'après le MOU, est-ce qu'on doit payer quelque chose pour les cartes d'identité ONU ? La DSS ne nous a rien demandé, c'est juste pour que je sache quoi répondre à la finance.`,
  `Recommandation d'audit n° 7 : le bureau ne dispose pas d'une copie du mémorandum d'accord OIM-UNDSS et les responsables en connaissent mal le contenu. Action attendue : obtenir le document auprès du RSO et organiser une séance d'information pour les chefs d'unité.`,
];

// Air safety: airlines, UNHAS, charters, helicopters, airstrips, incidents in the air.
const AIR: Item[] = [
  [
    `Est-ce qu'on peut voler avec Sahel Air Express entre Niamey et Agadez ? Le vol UNHAS est complet jusqu'au 20 et l'équipe doit être sur place le 15.`,
    ['Sahel Air Express ?', 'Vol Niamey-Agadez'],
  ],
  `L'hélicoptère UNHAS pour Bambari a fait un atterrissage de précaution hier, sans blessés. Doit-on suspendre nos réservations sur cette rotation en attendant plus d'infos ?`,
  `Notre chef de mission veut affréter un petit avion pour la visite du bailleur à Kindu. Qui vérifie que l'opérateur est acceptable pour transporter notre personnel ?`,
  `La piste de Bol est-elle praticable en saison des pluies ? Le pilote du vol affrété a émis des doutes et l'équipe part lundi.`,
  `La compagnie "Air Kasaï Connect" est-elle sur la liste des compagnies autorisées pour le personnel ? On n'a que cette option pour Tshikapa.`,
  `Je dois aller à Kisangani et on me propose un vol commercial d'une compagnie qui figure sur la liste noire de l'UE. On a le droit de la prendre ?`,
  `Nos collègues prennent le petit avion de 9 places pour Jérémie chaque semaine. Quelqu'un a-t-il vérifié cet opérateur ? Certains ont peur depuis l'atterrissage brutal du mois dernier.`,
  `Question sécurité des vols : peut-on transporter des batteries lithium de rechange pour les téléphones satellites dans la soute de l'avion UNHAS ?`,
  `Le pilote a décollé de Kalemie malgré un orage annoncé et l'appareil a été fortement secoué, deux passagers ont vomi. Est-ce qu'il y a une procédure pour signaler ce genre de chose ?`,
  `Sur le vol charter de mardi, notre équipe a vu la porte cargo mal fermée au décollage, l'équipage a fait demi-tour. Doit-on faire un rapport d'incident aérien quelque part ?`,
  [
    `Y a-t-il une règle sur le nombre maximal de cadres qui peuvent voyager ensemble sur un même vol ? La direction régionale veut envoyer 7 chefs d'unité sur le même avion pour la retraite.`,
    ['Nombre de cadres sur un même vol', 'Retraite - voyage groupé'],
  ],
  `On nous propose un hélicoptère d'une société privée pour l'évaluation après le cyclone. L'opérateur n'a jamais travaillé avec l'ONU. Qui valide ?`,
  `L'OSS a-t-il une évaluation de la compagnie Trans-Sahel Aviation pour la ligne Bamako-Tombouctou ? On nous dit que leurs avions sont vieux.`,
  `UNHAS ou vol commercial pour Goma-Bunia : lequel est autorisé pour nous ?`,
  `Le vol ONU de Bangassou a été annulé trois fois, le pilote dit que la piste est en très mauvais état. On continue à l'utiliser ou on passe par la route ?`,
  `Suite au crash de l'avion cargo à Goma la semaine dernière, les collègues sont inquiets. Est-ce que les compagnies qu'on utilise sont contrôlées par quelqu'un ?`,
  `Pour le vol de retour affrété (160 migrants, Tripoli-Niamey), qui vérifie la compagnie aérienne du point de vue de la sécurité ? Le transitaire propose un opérateur qu'on ne connaît pas.`,
  `Les hélicoptères de la mission de paix peuvent-ils transporter notre personnel ? Quelles conditions côté sécurité aérienne ?`,
  `La compagnie minière propose de prendre deux de nos collègues à bord de son avion vers Kolwezi. Est-ce acceptable du point de vue de la sécurité aérienne ?`,
  `Est-il permis de voler de nuit avec une compagnie locale au Tchad ? Le seul vol pour Abéché jeudi part à 21h.`,
  `bjr, le vol affreté pour Ménaka a du se poser en urgence a Gao, moteur en panne. tout le monde va bien. on reprend ce meme operateur la semaine pro ou pas ?`,
  [
    `Nous organisons des missions régulières vers les îles (Anjouan, Mohéli) et la seule option est une petite compagnie locale avec deux appareils. Pourriez-vous nous dire si cet opérateur a été évalué et, sinon, comment demander une évaluation ?`,
    ['Compagnie locale - évaluation', 'Vols inter-îles'],
  ],
  `Entre le vol UNHAS du mardi et l'avion d'une ONG d'aviation humanitaire qui dessert aussi Bangassou, lequel est autorisé pour notre personnel ?`,
  `Notre équipe doit rejoindre Tombouctou et la seule option cette semaine est un vol d'une compagnie locale que personne ne connaît. Avez-vous des infos sur sa fiabilité ?`,
  `Le pilote de l'hélicoptère affrété voulait embarquer deux passagers de plus que prévu et du fret non déclaré. Notre collègue a refusé de monter. Elle a bien fait ? On signale ça à qui ?`,
  `Est-ce que les vols UNHAS sont considérés comme sûrs par défaut pour l'OIM, ou faut-il vérifier l'opérateur à chaque fois ?`,
  `La piste de Kalehe est envahie par l'herbe et les chèvres, le petit avion a failli percuter un animal à l'atterrissage hier. C'est une info à remonter à quelqu'un ?`,
  `Avis UNHAS : suite à un incident technique, l'appareil assurant la rotation Bangui-Birao est immobilisé. Les vols seront assurés par un opérateur sous-traitant jusqu'à nouvel ordre. Les passagers déjà confirmés seront recontactés.`,
];

// Security in procurement and finance: buying and paying for security goods and services.
const PROCUREMENT: Item[] = [
  [
    `Nous voulons acheter deux véhicules blindés pour Bunia. Quelle est la procédure, et est-ce que l'OSS doit valider les spécifications avant l'appel d'offres ?`,
    ['Achat véhicules blindés Bunia', 'Blindés - procédure'],
  ],
  `Le contrat de la société de gardiennage de la résidence de Bangui expire fin janvier. Faut-il relancer un appel d'offres ou peut-on prolonger de 6 mois ?`,
  `Dans le budget du nouveau projet, combien prévoir pour la sécurité (gardes, radios, formation, assurance) ? Le bailleur demande une justification ligne par ligne.`,
  `Peut-on imputer le coût des téléphones satellitaires sur le budget du projet ou c'est une ligne centrale ?`,
  `Le fournisseur du film anti-explosion pour les vitres du bureau de Diffa demande un acompte de 50 %. C'est autorisé chez nous pour ce genre d'achat ?`,
  `Qui paie les escortes de gendarmerie pour les convois ? On nous demande 15 000 FCFA par agent et par jour, sans reçu. La finance refuse de payer sans pièce justificative.`,
  `Nous devons remplacer les radios VHF du sous-bureau de Kaga-Bandoro. Faut-il passer par un fournisseur agréé ou un achat local est possible ?`,
  `La ligne "coûts de sécurité" du projet est dépassée à cause des escortes et des gardes supplémentaires. Comment on régularise avec le bailleur ?`,
  `Quelqu'un aurait des spécifications techniques pour des gilets pare-balles et casques (niveau IIIA) ? Le service achats ne sait pas quoi demander aux fournisseurs.`,
  `Est-ce que l'achat de caméras de surveillance pour l'entrepôt de Mopti peut passer sur le budget sécurité ou c'est de la logistique ?`,
  `Le bailleur refuse de financer des gardes armés dans le budget révisé. Comment présenter autrement le besoin de protection du site ?`,
  `Pour le contrat de location de véhicules avec chauffeurs, existe-t-il des clauses de sécurité types (tracking, assurance, conduite de nuit) à intégrer ?`,
  `Demande de prix en cours pour un groupe électrogène et un éclairage périmétrique à la maison de passage. Qui doit valider les spécifications sécurité ?`,
  `Notre contribution aux coûts de sécurité conjoints pour 2026 a été notifiée : sur quel code budgétaire la payer ? C'est la première fois que le bureau la reçoit directement.`,
  `Une société de gardiennage propose des gardes armés. Est-ce qu'on a le droit de contracter une société armée, et avec quelles conditions dans le contrat ?`,
  `achat de 10 trackers GPS pour les vehicules : on passe par le siège ou localement ? le fournisseur local est 30% moins cher`,
  `Est-ce que les frais d'escorte de la police peuvent être payés en espèces ? La finance bloque le paiement et la mission part demain.`,
  `La facture de la société de sécurité pour octobre ne correspond pas au contrat (12 gardes facturés, 9 présents d'après nos registres). On paie quand même et on régularise ou on bloque ?`,
  `On aimerait mutualiser la société de gardiennage avec deux autres agences à Kaya pour réduire les coûts. Y a-t-il des règles d'achat conjoint pour ce type de service ?`,
  [
    `Nous évaluons les offres pour le nouveau contrat de gardiennage des sites de Goma (3 lots). Serait-il possible qu'une personne de l'OSS participe au comité technique, ou au moins relise la grille d'évaluation ?`,
    ['Comité technique - gardiennage Goma', 'Évaluation des offres - sécurité'],
  ],
  `Les barrières anti-bélier et les sacs de sable pour le nouveau périmètre : on les achète sur le budget du bureau ou sur le budget du projet ? Le montant dépasse 20 000 USD.`,
  `Est-ce qu'il y a un accord-cadre pour l'achat de véhicules blindés ou on doit faire notre propre appel d'offres ? Le délai de livraison annoncé est de 9 mois.`,
  `Pour être conformes aux mesures de sécurité de la zone, on doit acheter 4 radios HF et 6 gilets. Le budget du projet ne le prévoit pas : qui finance, et on passe par quelle procédure d'achat ?`,
  `Le devis pour renforcer le mur d'enceinte du bureau (barbelés, surélévation, éclairage) est arrivé : 14 000 USD. Sur quel budget, et faut-il une procédure d'achat particulière ?`,
  `Peut-on louer un véhicule blindé à une autre agence pour la mission du chef de mission au lieu d'en acheter un ? Qui signe l'accord et comment on paie ?`,
  `L'assurance responsabilité civile des gardes est-elle comprise dans le contrat de gardiennage, ou faut-il la payer à part ? Le fournisseur est flou là-dessus.`,
  `Je prépare le budget 2026 : existe-t-il un pourcentage standard pour les coûts de sécurité dans les propositions de projets ?`,
  `DEVIS N° 118
Client : OIM - Bureau de Bunia
Objet : fourniture et pose de film anti-explosion sur 42 vitrages
Montant : 9 450 USD HT
Délai : 3 semaines après bon de commande
Validité de l'offre : 30 jours`,
];

// Security policy or training: BSAFE, SSAFE, HEAT, sessions, certificates, policy documents.
const TRAINING: Item[] = [
  `Mon BSAFE expire le mois prochain, je dois refaire tout le cours ou il y a une version courte de mise à jour ?`,
  [
    `Quand est la prochaine session SSAFE à Dakar ? Trois collègues partent à Ménaka en février et ils ne l'ont pas.`,
    ['SSAFE Dakar', 'Prochaine session SSAFE ?'],
  ],
  `Est-ce que la formation HEAT est obligatoire pour les consultants de courte durée qui vont au Nord-Kivu ?`,
  `Où trouver la politique de l'OIM sur la sécurité résidentielle ? Je ne la trouve pas sur l'intranet.`,
  `Le SA nous dit qu'aucun déplacement hors de Goma n'est possible sans SSAFE à jour. Comment inscrire nos 12 nouveaux collègues, et qui paie ?`,
  `Existe-t-il une formation pour les chefs de bureau sur la gestion d'une prise d'otages (la partie gestion de crise, cellule, communication avec les familles) ? Je n'ai jamais été formé à ça.`,
  `Le lien BSAFE ne marche pas en français pour nos chauffeurs, il existe une version française ?`,
  `Je voudrais organiser une séance de sensibilisation à la sécurité pour nos 40 staff nationaux à Kaya. L'OSS peut-il fournir des formateurs ou du matériel ?`,
  `Quelle est la procédure officielle pour déclarer un incident de sécurité à l'OIM ? Il y a un formulaire type ?`,
  `Le certificat SSAFE d'un collègue obtenu pendant qu'il était au HCR est-il reconnu chez nous ?`,
  `Y a-t-il un module de formation pour les wardens ? On vient d'en nommer 6 dans la ville et ils ne savent pas ce qu'on attend d'eux.`,
  `Existe-t-il un document OIM qui encadre l'usage des véhicules de service le week-end et la nuit ? On me demande de rédiger une note interne et je ne veux pas inventer.`,
  `Pouvez-vous m'envoyer les directives de l'OIM sur la sécurité des femmes en mission ? On prépare une session pour l'équipe.`,
  `Nous aimerions former nos gardes au contrôle d'accès et à la fouille des véhicules. Est-ce que l'OSS a un programme ou des supports ?`,
  `La politique de sécurité de l'OIM a-t-elle été mise à jour récemment ? On travaille toujours avec une version de 2019 dans le classeur du bureau.`,
  `SSAFE de Goma complet jusqu'en avril. Il y a une alternative (Kampala, Bujumbura, en ligne) ?`,
  `C'est quoi la procédure TRIP pour une mission de moins d'une journée dans la zone ? Faut-il quand même une demande d'autorisation ?`,
  `Qui donne le module de sensibilisation sécurité pour les nouveaux arrivants ? Nous avons 5 nouvelles recrues le 1er.`,
  `Est-ce que les chauffeurs doivent suivre une formation de conduite défensive ? Il y en a une de prévue dans la région ?`,
  `Je cherche la procédure OIM pour la gestion des clés, des badges et des accès au bureau. Elle existe ?`,
  `Les stagiaires doivent-ils faire le BSAFE avant leur arrivée ou pendant la première semaine ?`,
  [
    `Dans le cadre de notre plan de formation annuel, nous voudrions inscrire 8 collègues à la formation "Premiers secours en environnement hostile" et 4 à la formation de point focal sécurité. Pouvez-vous nous indiquer le calendrier 2026 et la marche à suivre pour l'inscription ?`,
    ['Plan de formation 2026 - sécurité', 'Inscriptions formations sécurité'],
  ],
  `Est-ce que le RFSO pourrait animer une session sur le SRM et les mesures de sécurité pour nos chefs de bureau pendant la retraite de mars ?`,
  `Le BSAFE a-t-il remplacé l'ancien cours de sécurité de base sur le terrain ? Mon certificat date de 2016, je ne sais pas s'il est encore valable.`,
  `Notre point focal sécurité voudrait suivre une formation pour être mieux préparé à son rôle. Qu'est-ce que l'OSS propose ?`,
  `Pouvez-vous m'envoyer la politique de l'OIM sur les armes dans les véhicules et les locaux ? Un garde a demandé à garder son arme pendant le service et je veux lui répondre texte en main.`,
  `Y a-t-il une formation HEAT en français prévue cette année ? Toutes celles que je trouve sont en anglais et plusieurs collègues ne sont pas à l'aise.`,
  `ANNONCE - Formation SSAFE
Dates : 9-13 mars
Lieu : Dakar
Places disponibles : 20
Inscriptions auprès du point focal sécurité avant le 15 février. Les participants doivent avoir un BSAFE valide.`,
];

// General question for OSS: contacts, services, and security events that are not an abduction.
const GENERAL: Item[] = [
  [
    `Qui est le RSO qui couvre l'Afrique centrale ? Je viens d'arriver à Brazzaville et je n'ai pas encore de contact.`,
    ['Contact RSO', 'Nouveau à Brazzaville'],
  ],
  `Quels services l'OSS peut-il offrir à un petit bureau pays comme le nôtre (8 personnes) ? Je voudrais savoir ce qui existe avant de demander.`,
  `Est-ce que l'OSS a une adresse générique pour les questions qui ne sont pas urgentes ? Je ne veux pas déranger le RSO pour tout.`,
  `Je suis la nouvelle assistante administrative à Kinshasa. Qui est mon interlocuteur à l'OSS pour les questions de sécurité du quotidien ?`,
  `Comment joindre le centre des opérations en dehors des heures de bureau ? Le numéro n'est pas dans notre annuaire.`,
  `Le gouverneur a décrété un couvre-feu à partir de 20h à Ségou. Qu'est-ce que ça change pour nous, et qui informe les équipes terrain ?`,
  `Quelle est la différence entre le rôle de l'OSS au siège et celui des bureaux régionaux ? Je prépare une présentation pour l'induction des nouveaux collègues.`,
  `L'OSS publie-t-il un rapport annuel ou une lettre d'information ? J'aimerais m'y abonner.`,
  `À qui dois-je m'adresser pour une question de sécurité concernant le logement d'un stagiaire ?`,
  `Qui dois-je mettre en copie quand j'écris à l'OSS : le RSO, le point focal pays, les deux ?`,
  `Le contact de l'OSS pour l'Afrique de l'Ouest a changé ? Mes mails à l'ancienne adresse reviennent.`,
  `Est-ce que l'OSS fait des visites de conseil dans les bureaux pays ? On aimerait un regard extérieur sur notre dispositif.`,
  `Est-ce que l'OSS peut conseiller notre bureau sur le choix d'un quartier pour la nouvelle maison de passage ? On hésite entre deux zones de la ville.`,
  `Le numéro du centre des opérations inscrit dans notre plan de contingence est-il toujours le bon ? Personne ne l'a vérifié depuis un an.`,
  `Comment recevoir les alertes sécurité de l'OSS sur mon téléphone ? Je suis nouveau point focal.`,
  `Quelqu'un à l'OSS parle-t-il français ? Notre chef de bureau n'est pas à l'aise en anglais et voudrait un échange sur la situation dans la région.`,
  `Où trouve-t-on la liste complète des services de l'OSS, avec le bon contact pour chacun ?`,
  `C'est pour une question simple : à quelle adresse envoyer nos rapports mensuels de sécurité ?`,
  `Qui est le point focal OSS pour Haïti en ce moment ? Nos messages au précédent restent sans réponse.`,
  `L'OSS a-t-il un annuaire des points focaux sécurité par pays ? J'ai besoin de contacter celui du Burundi.`,
  `Pouvez-vous nous conseiller sur l'emplacement du point de rassemblement du bureau ? Le parking actuel donne sur la route principale.`,
  `Est-ce que l'OSS organise des points d'information réguliers pour les chefs de bureau de la région ? On aimerait y participer.`,
  `Qui est notre RFSO maintenant ? L'ASC de Zinder voudrait un contact OIM pour la cellule de crise de la zone.`,
  `L'ASMT de Diffa a relevé le niveau de sécurité hier soir. Est-ce que l'OSS a une analyse ou des recommandations à partager avec nous ?`,
  `Quelle adresse utiliser pour écrire à l'OSS en dehors des urgences : celle du siège ou celle du bureau régional ?`,
  `Notre RSO est en congé jusqu'au 15 : qui le remplace en attendant ?`,
  `Qui est le point focal OSS pour le Sahel central ? On voudrait l'inviter à notre retraite de mars.`,
  `L'OSS pourrait-il nous envoyer une note d'analyse sur la situation sécuritaire dans le Liptako avant notre planification annuelle ?`,
];

// ---------------------------------------------------------------------------------------------
// Hard negatives (second part).
const NEG_MOU_OTHER: Item[] = [
  `Le protocole d'accord avec le ministère de l'Intérieur sur la gestion des frontières est prêt pour signature. Merci de relire l'article 7 (rôles et responsabilités) avant jeudi.`,
  `Signature du mémorandum d'accord avec l'université partenaire de Lomé pour le programme de stages : la cérémonie est fixée au 12, la représentante doit confirmer sa présence.`,
  `Le MOU avec la Direction de la protection civile expire en juin ; il faut prévoir le renouvellement dans le plan de travail.`,
  `Pour info, le ministère de la Santé a signé le protocole d'accord sur la surveillance sanitaire aux points d'entrée. La copie scannée est dans le dossier partagé.`,
  `Mémorandum d'entente avec la municipalité de Sfax pour le centre d'orientation : la version arabe est-elle prête pour la relecture juridique ?`,
  `Le MoU avec l'Institut national de la statistique pour le partage des données DTM doit passer par le bureau juridique. Qui suit le dossier ?`,
  `Le protocole d'accord avec l'université de Niamey pour l'étude sur les migrations climatiques : le recteur veut ajouter une clause sur la propriété des données. Le juridique peut regarder ?`,
  `Objet : Projet de protocole d'accord relatif à la gestion des frontières

Le Ministère accuse réception du projet transmis le 4 novembre et propose une réunion technique le 20 pour en examiner les articles 3 à 9. Les observations de la Direction générale de la police sont jointes.`,
];

const NEG_HR_REFUSAL: Item[] = [
  `Ma demande de congé annuel a été refusée par mon superviseur à cause de la période de rapport. Est-ce que je peux faire appel auprès des RH ?`,
  `Le remboursement de mes frais médicaux a été rejeté par l'assurance, il manque apparemment le tampon de la clinique. Je renvoie demain.`,
  `La RH a refusé ma demande de télétravail deux jours par semaine, je ne comprends pas le motif.`,
  `Mon visa pour le Canada a été refusé, je ne pourrai donc pas participer à l'atelier de Montréal. Qui peut me remplacer ?`,
  `Demande de prolongation de contrat de Mme Ilboudo rejetée faute de financement. Merci de préparer la lettre de fin de contrat.`,
  `Ma demande d'avance sur salaire a été refusée par la finance, ils disent que le plafond est atteint.`,
  `Le comité a rejeté ma candidature au poste de chargé de programme. Est-ce que je peux avoir un retour pour la prochaine fois ?`,
];

const NEG_ARRIVALS: Item[] = [
  `Afflux de migrants au point de transit d'Assamaka : 1 200 arrivées en 3 jours, on manque de rations et d'eau. Merci de valider la commande en urgence.`,
  `Pic d'arrivées de déplacés à Kalemie, nous avons besoin de renfort pour l'enregistrement biométrique : 5 enquêteurs supplémentaires pour deux semaines.`,
  `Hausse des arrivées de migrants expulsés à la frontière, le centre de transit est à 180 % de sa capacité. Le cluster abris se réunit demain.`,
  `Après les inondations, la demande en abris a explosé sur les sites de Maradi. Le cluster demande qui peut envoyer des kits supplémentaires cette semaine.`,
  `Renfort demandé pour l'équipe santé : épidémie de choléra sur le site de déplacés, 40 cas suspects. Il nous faudrait deux infirmiers de plus.`,
  `Afflux d'appels à la ligne verte depuis l'annonce du programme de retour volontaire : il faudrait deux opérateurs de plus pour le mois prochain.`,
];

const NEG_TRAINING_OFFICIALS: Item[] = [
  `Formation des agents de la police des frontières sur la détection des faux documents à Rosso, du 12 au 16. Merci de finaliser la liste des participants avec la Direction.`,
  `Atelier de renforcement des capacités pour la gendarmerie sur la lutte contre la traite : les modules sont prêts, il manque la traduction en wolof.`,
  `Le ministère de la Sécurité demande une session de formation sur la gestion intégrée des frontières pour 30 agents des douanes. Peut-on l'intégrer au plan du projet ?`,
  `Rapport de la formation sur la gestion des données migratoires donnée aux officiers de l'état civil : taux de satisfaction 92 %, à inclure dans le rapport au bailleur.`,
  `Dans le cadre du projet de stabilisation, nous formons les comités de sécurité communautaires de Kaya à la prévention des conflits. Prochaine session mardi.`,
  `Curriculum sur la gestion humanitaire des frontières pour l'école de police : le directeur de l'école veut le valider avant la rentrée.`,
  `Exercice de simulation de gestion des flux aux frontières avec les services de l'immigration prévu à Rosso le 20 : merci de préparer le scénario et les fiches des participants.`,
];

const NEG_ADMIN: Item[] = [
  `L'ordre du jour de la réunion SMT de mardi est en pièce jointe, merci de me faire parvenir vos points avant lundi midi.`,
  `Rappel : les déclarations de sécurité sociale du personnel national doivent être faites avant le 15.`,
  `Réunion du cluster sécurité alimentaire jeudi à 10h au bureau du PAM. Qui y va pour nous ?`,
  `Le nouveau code Wi-Fi du bureau est affiché à l'accueil. Merci de ne pas le partager avec les visiteurs.`,
  `Merci de réserver le vol Dakar-Bamako du 12 pour la mission de suivi du projet, retour le 16.`,
  `La caution de la maison de passage de Bangui (3 mois de loyer) doit être récupérée auprès du propriétaire avant la fin du bail.`,
  `Nous déménageons dans le nouveau bureau du 3e étage lundi : pensez à vider vos tiroirs et à étiqueter vos cartons.`,
  `Ouverture d'un compte bancaire pour le sous-bureau de Kaya : merci aux signataires de passer signer les formulaires avant vendredi.`,
  `Le vol de samedi est annulé par la compagnie, la mission de suivi est reportée à la semaine prochaine. Merci de refaire l'ordre de mission.`,
  `Pouvez-vous valider le bon de commande pour les fournitures de bureau (réf. 456) ? C'est urgent, il n'y a plus de papier.`,
  `Le bailleur demande une clarification sur la ligne budgétaire "personnel", qui diffère de l'an dernier. Qui peut préparer la note ?`,
  `On m'a refusé l'accès au dossier partagé de la finance, qui peut me le donner ? J'ai besoin des relevés pour le rapport.`,
  `Réunion SLT (Saving Lives Together) jeudi avec les ONG partenaires : l'ordre du jour est en PJ, merci d'envoyer vos points d'ici mardi.`,
  `Envoyez-moi un SMS quand vous êtes arrivés à l'hôtel, le réseau internet est très mauvais ici.`,
  `La nouvelle procédure de demande de véhicules entre en vigueur lundi : remplir le formulaire 48h à l'avance et le faire signer par le superviseur.`,
];

const NEG_ADDRESSEE: Item[] = [
  `Merci encore pour le dîner de samedi, cher RSO ! Ma femme a adoré ta recette de poulet yassa.`,
  `Petit rappel pour l'équipe OSS : le pot de départ de Mireille est vendredi à 17h au 2e étage. Venez nombreux.`,
  `Cc OSS pour info : le compte rendu de la réunion des chefs de bureau (points RH et finance uniquement) est en pièce jointe.`,
  `Je te renvoie, cher RSO, le livre que tu m'avais prêté par la valise de jeudi. Bonne lecture à toi aussi.`,
];

// ---------------------------------------------------------------------------------------------
// Wrapper parts (addressee words here appear around every scenario and every negative).
const SUBJECTS: Record<ScenarioId | 'none', string[]> = {
  'hostage-incident': [
    'URGENT',
    'TRÈS URGENT - collègue',
    'Incident grave - équipe terrain',
    'urgent svp appelez',
    'Situation de notre chauffeur',
    'Nouvelles de notre équipe',
    'Mise à jour - collègue',
    'Point de situation 14h',
    'Incident sécurité - personnel OIM',
    'URGENT - équipe sans contact',
    'Alerte',
    'incident cette nuit',
    'Besoin de conseils immédiats',
    'Confidentiel - situation en cours',
  ],
  'service-refused': [
    'Cartes ONU',
    "Problème avec l'UNDSS",
    'Réunion SMT',
    'Badges ONU pour notre personnel',
    'Clearance TRIP',
    'Accès au briefing sécurité',
    'Liste de relocalisation',
    'Réseau radio',
    'Participation OIM au SMT',
    'Refus DSS',
    'besoin de votre appui - DSS',
    'Cartes ID toujours en attente',
    "Statut de l'OIM auprès du DO",
  ],
  'policy-discrepancy': [
    'Quelle règle appliquer ?',
    'Question : UNDSS vs OIM',
    'Consignes contradictoires',
    'Demande de clarification',
    'Couvre-feu',
    'Déplacements - règles',
    'Question sur les procédures',
    'Doute sur les consignes',
    'MORSS',
    'Qui a raison ?',
    'Mouvements après 18h',
    'Procédures différentes',
  ],
  'new-operations': [
    'Ouverture nouveau bureau',
    'Nouvelle antenne',
    'SRA ?',
    'Installation équipe',
    'Démarrage des activités',
    'Nouveau sous-bureau',
    'Projet d ouverture',
    'Extension des opérations',
    'Évaluation des risques',
    'Déploiement équipe',
    'Base temporaire',
    'Nouvelle zone',
  ],
  'surge-support': [
    'Demande de renfort',
    'Appui sécurité',
    'Besoin de soutien',
    'Renfort sécurité svp',
    'Demande de déploiement',
    'Réponse urgence - sécurité',
    'SOS sécurité',
    'Surge',
    'Soutien OSS',
    'Appui temporaire',
    'Après le séisme',
    'Inondations - équipe',
  ],
  'mou-question': [
    'MOU',
    'Question sur le MOU',
    'Mémorandum OIM-UNDSS',
    "Protocole d'accord avec l'UNDSS",
    'Copie du MOU',
    'MOU 2013',
    "Mémorandum d'accord",
    'Question MOU - coûts',
    'MOU version française ?',
    'Ce que dit le MOU',
    'Renouvellement du MOU ?',
    'MOU - personnel national',
  ],
  'air-safety': [
    'Vol UNHAS',
    'Compagnie aérienne',
    'Hélicoptère',
    'Sécurité aérienne',
    'Question vol affrété',
    'Opérateur aérien',
    'Piste',
    'Avion mission',
    'Vol intérieur',
    'Question compagnie',
    'Charter',
    'Vols de la semaine prochaine',
  ],
  'procurement-finance': [
    'Véhicules blindés',
    'Gardiennage',
    'Contrat sécurité',
    'Budget sécurité',
    'Achat téléphones satellite',
    "Appel d'offres",
    'Équipement de sécurité',
    'Ligne budgétaire',
    'Radios',
    'Demande d achat',
    'Coûts de sécurité projet',
    'Film anti-explosion',
  ],
  'policy-or-training': [
    'Formation SSAFE',
    'BSAFE',
    'Formation sécurité',
    'Inscription formation',
    'Politique de sécurité',
    'HEAT',
    'Prochaine session',
    'Certificat BSAFE',
    'Question politique',
    'Formation',
    'Procédure',
    'Directives',
  ],
  'general-inquiry': [
    'Question',
    'Question pour OSS',
    'Renseignement',
    'Contact',
    'Info',
    'Situation sécuritaire',
    'Qui contacter ?',
    'Demande d information',
    'Petite question',
    'Point sécurité',
    'Question rapide',
    'Sécurité',
  ],
  none: [
    'Info',
    'Pour info',
    'Question',
    'Rappel',
    'Suite',
    'Merci',
    'Réunion',
    'Compte rendu',
    'Urgent',
    'Document',
    'Mise à jour',
    'Petite question',
    'Demande',
    'RE: suivi',
    'Important',
  ],
};

const GREETINGS: string[] = [
  'Bonjour,',
  'Bonjour à tous,',
  'Cher RSO,',
  'Bonjour Cher RSO,',
  'Chers collègues,',
  'Chers collègues de l’OSS,',
  'Madame, Monsieur,',
  'Bonjour Madame,',
  'Bonjour Monsieur,',
  'Salut,',
  'Salut Karim,',
  'Bonsoir,',
  'Bonjour Mme Ndiaye,',
  'Cher Olivier,',
  'Bonjour l’équipe OSS,',
  'Hello,',
  'Bonjour Jean-Marc,',
  'Bjr,',
  'Chère Aminata,',
  'Bonjour M. le RSO,',
  'Cc OSS',
  '',
  '',
  'Cher RFSO,',
  'Salam Karim,',
  'Bonjour à l’équipe sécurité,',
  'À l’attention du RSO,',
];

const SIGNATURES: string[] = [
  `Cordialement,
Mariam Koné
Chargée de programme
OIM - Sous-bureau de Mopti
mkone@example.org | +00 223 555 0112`,
  `Bien à vous,
Thierry Mbala
Chef de sous-bureau, Kalemie
tmbala@example.org`,
  `Merci
Abdou`,
  `Bien cordialement,

Sandrine Pierre-Louis
Assistante administrative
OIM Haïti - Bureau des Cayes
Tél. : +00 509 555 0184
spierrelouis@example.org`,
  `--
Ousmane Diarra
Assistant de terrain DTM
OIM Niger - Agadez
+00 227 555 0190 (mobile) | odiarra@example.org`,
  `Salutations,
Hélène Vasseur
Coordinatrice des opérations
OIM - Genève
hvasseur@example.org`,
  `Cdlt,
K. Ngoy`,
  `Merci d'avance,
Fatou Sarr
Responsable logistique - Dakar
+00 221 555 0133`,
  `Très cordialement,
Dr. Emmanuel Tshibangu
Chef de mission adjoint
OIM RDC
etshibangu@example.org | +00 243 555 0178`,
  `Respectueusement,
Youssef El Amrani
Assistant de projet, Oujda
yelamrani@example.org`,
  `Bonne journée,
Clémence
(point focal sécurité a.i.)`,
  `Amitiés,
Pascal`,
  `Cordialement
Aïcha Mahamat
Chargée des opérations terrain - Abéché
OIM Tchad
amahamat@example.org
Skype : amahamat.iom`,
  `Merci beaucoup
Jean-Baptiste Rakoto
OIM Madagascar - Toamasina
+00 261 555 0121`,
  `Bien à toi,
Nadia`,
  `Sincères salutations,
Boris Ngouabi
Chef de bureau - Bangui
OIM République centrafricaine
bngouabi@example.org | +00 236 555 0163 | www.example.org`,
  `Merci et bon week-end,
Lamine Traoré
Chargé DTM, Ouagadougou`,
];

const DISCLAIMERS: string[] = [
  'Envoyé de mon iPhone',
  'Envoyé depuis mon téléphone Android',
  'Envoyé de mon smartphone Samsung Galaxy.',
  'Envoyé depuis Outlook pour Android',
  'Sent from my iPhone',
  `Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer.`,
  `AVERTISSEMENT : Ce courriel peut contenir des informations confidentielles. Toute diffusion non autorisée est interdite.`,
  `Pensez à l'environnement avant d'imprimer ce courriel.`,
  `Merci de ne pas imprimer ce message sauf nécessité.`,
  `Ce courriel a été envoyé depuis une connexion à faible débit, veuillez excuser les fautes de frappe.`,
  `Les opinions exprimées dans ce message n'engagent que leur auteur et pas nécessairement l'Organisation.`,
  `Désolé pour la brièveté, envoyé depuis mon téléphone.`,
  `CONFIDENTIEL - Ne pas transférer sans l'accord de l'expéditeur.`,
];

const FORWARD_INTROS: string[] = [
  `---------- Message transféré ---------
De : Awa Camara <acamara@example.org>
Date : lun. 3 nov. 2025 à 09:12
Objet : {subject}
À : Bureau OIM <bureau.terrain@example.org>`,
  `-------- Message original --------
De : Serge Kabila <skabila@example.org>
Envoyé : mardi 14 octobre 2025 16:47
À : Équipe terrain
Objet : {subject}`,
  `De : Marie-Claire Dossou <mcdossou@example.org>
Envoyé : jeudi 6 novembre 2025 08:03
À : Lamine Traoré <ltraore@example.org>
Cc : Abdou Sow <asow@example.org>
Objet : {subject}`,
  `---------- Forwarded message ---------
From: Idrissa Maïga <imaiga@example.org>
Date: Wed, 12 Nov 2025 at 19:21
Subject: {subject}
To: <office.mopti@example.org>`,
  `Début du message réexpédié :

De: Guy Etienne <getienne@example.org>
Date: 2 décembre 2025 à 07:55:10 UTC-5
À: Sandrine Pierre-Louis <spierrelouis@example.org>
Objet: {subject}`,
  `________________________________
De : Mohamed Ould Ahmed <mouldahmed@example.org>
Envoyé : vendredi 21 novembre 2025 11:30
À : Hélène Vasseur
Objet : {subject}`,
  `----- Mail transféré -----
De: "K. Ngoy" <kngoy@example.org>
À: "Equipe Kalemie" <kalemie@example.org>
Date: sam. 15 nov. 2025 22:04
Objet: {subject}`,
  `-------- Message transféré --------
Sujet : {subject}
Date : Mon, 10 Nov 2025 14:18:33 +0000
De : Rokia Coulibaly <rcoulibaly@example.org>
Pour : terrain@example.org`,
  `From: Patrice Mukendi <pmukendi@example.org>
Sent: Tuesday, November 18, 2025 6:40 AM
To: Thierry Mbala <tmbala@example.org>
Subject: {subject}`,
  `>>> Message transféré
>>> De : Nafissatou Issoufou
>>> Date : 25/11/2025 13:02
>>> Objet : {subject}`,
  `-----Message d'origine-----
De : Yves Mabiala [mailto:ymabiala@example.org]
Envoyé : mercredi 19 novembre 2025 17:15
À : Bureau Pointe-Noire
Objet : {subject}`,
  `---------- Message transféré ---------
De : Alassane Kaboré <akabore@example.org>
Date : dim. 30 nov. 2025 à 21:47
Objet : {subject}
À : Lamine Traoré <ltraore@example.org>`,
  `Début du message transféré :

De: Bureau Jérémie <jeremie@example.org>
Date: 27 novembre 2025 à 10:12:44 UTC-5
Objet: {subject}`,
  `-------- Original Message --------
From: Esther Mutombo <emutombo@example.org>
Date: 24/11/2025 15:09
To: Patrice Mukendi <pmukendi@example.org>
Subject: {subject}`,
];

const FORWARD_NOTES: string[] = [
  'Voir ci-dessous.',
  'Pour info et action svp.',
  'Je te transfère le message reçu ce matin, merci de regarder.',
  'Voir le message ci-dessous, qu’en pensez-vous ?',
  'Transfert pour suite à donner.',
  'Ci-dessous le message de notre collègue, je n’ai rien à ajouter.',
  'FYI, voir plus bas.',
  'Merci de lire le message ci-dessous et de nous conseiller.',
  'Je vous fais suivre, c’est arrivé cette nuit.',
  'Bonjour, je transfère car je ne suis pas sûre d’être la bonne personne.',
  'Voir le mail de l’équipe terrain en dessous. Tu peux gérer ?',
  'Fwd pour votre attention.',
  'Reçu de notre bureau de terrain, voir en bas.',
  'Je remonte l’info ci-dessous.',
  'Pour votre information et suite à notre échange téléphonique, voir ci-dessous.',
];

const QUOTED_HISTORY: string[] = [
  `Bonjour à tous,
La réunion de coordination de jeudi est déplacée à 10h en salle B. Merci de confirmer votre présence.
Cordialement,
Mireille`,
  `Salut, peux-tu m'envoyer le tableau des stocks de kits NFI mis à jour avant midi ? Le cluster le demande pour la 4W.
Merci`,
  `Chers collègues,
Pour rappel, les feuilles de temps d'octobre doivent être validées dans le système avant vendredi 17h.
L'équipe RH`,
  `Bonjour Thierry,
Le camion de Kalemie est bien arrivé à l'entrepôt avec les 300 bâches. Il manque 12 jerrycans, je vérifie avec le fournisseur.
Bien à toi`,
  `Bonjour,
Ci-joint le projet d'agenda de l'atelier de planification annuelle (Saly, 8-10 décembre). Vos commentaires sont les bienvenus d'ici lundi.
Merci`,
  `Hello,
Le générateur du bureau est de nouveau en panne, le technicien passe demain matin. Pensez à sauvegarder vos fichiers.
Pascal`,
  `Chère Aminata,
Merci pour le rapport trimestriel. Juste deux petites corrections dans le tableau des indicateurs (lignes 4 et 9), sinon c'est parfait.
Cordialement`,
  `Bonjour,
Le paiement des per diem de la mission de Tillabéri a été validé par la finance. Les montants seront versés mercredi.
Salutations`,
  `Bonjour à tous,
N'oubliez pas le pot de départ de Jean-Paul vendredi à 16h30 sur la terrasse. Contribution libre pour le cadeau auprès de Nadia.`,
  `Madame,
Suite à notre échange, je vous confirme la réservation de la salle de conférence pour la formation des enquêteurs DTM du 20 au 22.
Respectueusement`,
  `Salut,
Le fichier des bénéficiaires de Maradi est dans le dossier partagé, onglet "nov". Il y a encore des doublons à nettoyer.
À plus`,
  `Bonjour Hélène,
Merci de trouver ci-joint le rapport de mission de la semaine dernière à Dosso. Les recommandations sont en page 3.
Bien cordialement`,
  `Chers collègues,
La connexion internet sera coupée samedi de 8h à 12h pour maintenance. Merci de votre compréhension.
IT Dakar`,
  `Bonjour,
Pouvez-vous me confirmer le nombre de participants pour le déjeuner de jeudi ? Le traiteur a besoin du chiffre avant mardi.
Merci, Fatou`,
  `Bonjour Boris,
La facture du loyer de la maison de passage de Bangui pour décembre est arrivée. Je la transmets à la finance pour paiement.
Cordialement`,
  `Bonjour à tous,
Le nouveau modèle de rapport mensuel est disponible sur SharePoint. Merci de l'utiliser à partir du mois prochain.
Suivi & évaluation`,
];

const REPLY_INTROS: string[] = [
  'Le lun. 3 nov. 2025 à 09:12, Mireille Tano <mtano@example.org> a écrit :',
  'Le 14/10/2025 à 16:47, Serge Kabila a écrit :',
  'De : Fatou Sarr <fsarr@example.org>\nEnvoyé : mardi 18 novembre 2025 10:05\nÀ : Équipe Dakar\nObjet : {subject}',
  '-----Message d’origine-----\nDe : Pascal Ouédraogo\nEnvoyé : jeudi 6 novembre 2025 14:22\nObjet : {subject}',
  'Le mer. 12 nov. 2025 à 19:21, Idrissa Maïga <imaiga@example.org> a écrit :',
  'On Wed, 19 Nov 2025 at 08:30, Hélène Vasseur <hvasseur@example.org> wrote:',
  'Le 21 nov. 2025 à 11:30, Mohamed Ould Ahmed <mouldahmed@example.org> a écrit :',
  '________________________________\nDe : Aminata Diop\nEnvoyé : vendredi 7 novembre 2025 17:58\nÀ : Nadia Benali\nObjet : RE: {subject}',
  'Le sam. 15 nov. 2025, 22:04, K. Ngoy <kngoy@example.org> a écrit :',
  'Le 02/12/2025 07:55, Guy Etienne a écrit :',
  'Le jeudi 27 novembre 2025, Rokia Coulibaly <rcoulibaly@example.org> a écrit :',
  'From: Patrice Mukendi <pmukendi@example.org>\nSent: Tuesday, November 18, 2025 6:40 AM\nSubject: {subject}',
  'Le 10 nov. 2025 à 14:18, "Yves Mabiala" <ymabiala@example.org> a écrit :',
  'Le ven. 28 nov. 2025 à 13:02, Nafissatou Issoufou <nissoufou@example.org> a écrit :',
];

export const MATERIALS: Materials = {
  lang: 'fr',
  scenarios: {
    'hostage-incident': cores('fr-hostage', [...HOSTAGE, ...more.HOSTAGE_MORE, ...r3.HOSTAGE_R3, ...r3.HOSTAGE_R3B]),
    'service-refused': cores('fr-refused', [...REFUSED, ...more.REFUSED_MORE, ...r3.REFUSED_R3]),
    'policy-discrepancy': cores('fr-discrepancy', [...DISCREPANCY, ...more.DISCREPANCY_MORE, ...r3.DISCREPANCY_R3]),
    'new-operations': cores('fr-newops', [...NEW_OPS, ...more.NEW_OPS_MORE]),
    'surge-support': cores('fr-surge', [...SURGE, ...more.SURGE_MORE]),
    'mou-question': cores('fr-mou', [...MOU, ...more.MOU_MORE, ...r3.MOU_R3, ...r3.MOU_R3B]),
    'air-safety': cores('fr-air', [...AIR, ...more.AIR_MORE, ...r3.AIR_R3]),
    'procurement-finance': cores('fr-procurement', [...PROCUREMENT, ...more.PROCUREMENT_MORE, ...r3.PROCUREMENT_R3]),
    'policy-or-training': cores('fr-training', [...TRAINING, ...more.TRAINING_MORE, ...r3.TRAINING_R3]),
    'general-inquiry': cores('fr-general', [...GENERAL, ...more.GENERAL_MORE, ...r3.GENERAL_R3, ...r3.GENERAL_R3B]),
  },
  negatives: [
    ...negatives('fr-neg-idiom', 'idiom', NEG_IDIOM),
    ...negatives('fr-neg-towing', 'towing', NEG_TOWING),
    ...negatives('fr-neg-waste', 'waste removal (enlèvement des ordures)', NEG_WASTE),
    ...negatives('fr-neg-hacked', 'hijacked account', NEG_HACKED),
    ...negatives('fr-neg-fiction', 'film/book/news', NEG_FICTION),
    ...negatives('fr-neg-negated', 'negated', NEG_NEGATED),
    ...negatives('fr-neg-beneficiary', 'beneficiary not staff', NEG_BENEFICIARY),
    ...negatives('fr-neg-mou', 'MOU with a ministry or a university', NEG_MOU_OTHER),
    ...negatives('fr-neg-hr', 'HR refusal', NEG_HR_REFUSAL),
    ...negatives('fr-neg-arrivals', 'surge in arrivals (not security)', NEG_ARRIVALS),
    ...negatives('fr-neg-training', 'training IOM delivers to officials', NEG_TRAINING_OFFICIALS),
    ...negatives('fr-neg-admin', 'routine admin', NEG_ADMIN),
    ...negatives('fr-neg-addressee', 'addressee words only', NEG_ADDRESSEE),
    ...negatives('fr-neg-allclear', 'negated (all-clear after a scare)', more.NEG_ALL_CLEAR),
    ...negatives('fr-neg-others', 'beneficiary or public not staff', more.NEG_OTHERS_TAKEN),
    ...negatives('fr-neg-senses', 'another sense of the words', more.NEG_SENSES_MORE),
    ...negatives('fr-neg-dependants', 'dependants in an HR or social matter', more.NEG_DEPENDANTS),
    ...negatives('fr-neg-near3', 'near miss of a scenario', r3.NEG_NEAR_R3),
    ...negatives('fr-neg-programme3', 'beneficiary or public not staff', r3.NEG_PROGRAMME_R3),
    ...negatives('fr-neg-more3', 'negated, news, idiom or beneficiary', r3.NEG_MORE_R3),
    ...negatives('fr-neg-routine3', 'routine admin', r3.NEG_ROUTINE_R3),
  ],
  subjects: SUBJECTS,
  greetings: GREETINGS,
  signatures: SIGNATURES,
  disclaimers: DISCLAIMERS,
  forwardIntros: FORWARD_INTROS,
  forwardNotes: FORWARD_NOTES,
  quotedHistory: QUOTED_HISTORY,
  replyIntros: REPLY_INTROS,
};

// French materials, second round (issue #9, after the first dev review): more paraphrase for every
// scenario (the event told without the keyword, missing accents, English acronyms inside French),
// and more hard negatives of the kinds that were raised as urgent or missed (an all-clear after a
// scare, people taken who are not staff, the words in another sense). fr.ts appends these at the
// END of its lists, so the ids of the first round (and so their splits) do not move.
import type { Item } from './helpers.ts';

export const HOSTAGE_MORE: Item[] = [
  `Notre agent de saisie Thierry n'est pas arrivé au site ce matin. Sa moto a été retrouvée au bord de la piste et des villageois disent que des hommes l'ont fait monter dans une voiture sans plaque. Son téléphone sonne mais personne ne répond.`,
  `Le fils de notre chef de sous-bureau (14 ans, sur sa liste de personnes à charge) a été emmené par des inconnus à la sortie du lycée. Un homme a appelé le père une heure plus tard pour réclamer de l'argent.`,
  `Mise à jour : ceux qui ont pris Aïcha ont envoyé une photo d'elle à son frère ce matin. Elle semble aller bien. Ils demandent que l'OIM "paie pour ses fautes". La famille est au bureau avec nous.`,
  `on a perdu le contact avec Pascal depuis le barrage de la RN2 hier 18h. le chauffeur du camion qui suivait dit que les hommes armés l'ont gardé et ont laissé repartir tout le monde. personne ne sait ou il est`,
  `Je vous écris de la part du chef de bureau qui est avec la famille : notre collègue Mariam a été forcée à monter dans un pick-up devant le marché de Diffa vers 9h. Les témoins parlent de quatre hommes armés. Aucune nouvelle depuis.`,
  `Notre gardien de nuit de la base de Kalehe a été emmené par des miliciens vers 3h du matin. Ils ont fouillé le bureau puis sont partis avec lui. Ils disent qu'ils le relâcheront "quand l'OIM viendra parler".`,
  [
    `URGENT - deux collègues retenus contre leur gré par un groupe armé à Markoye depuis ce midi, le groupe exige une rencontre avec "le patron". DO et ASC informés. Appelez-moi svp.`,
    ['URGENT Markoye', 'Deux collègues retenus'],
  ],
  `Suite à notre appel : le mari de notre collègue Rose, qui est sur sa fiche de personnes à charge, n'est pas rentré du marché. Un inconnu a rappelé Rose pour lui dire qu'ils le gardent et qu'il faudra "discuter du prix".`,
  `Notre équipe DTM (3 staff) a été arrêtée à un barrage non officiel près de Mbau. Le chauffeur a pu partir, mais les trois autres sont toujours gardés dans une maison du village. Les hommes veulent de l'argent et refusent qu'on les appelle.`,
  `Des hommes armés ont fait irruption chez notre assistante administrative cette nuit à Cité Soleil et l'ont emmenée. Ses voisins ont prévenu le bureau ce matin. Sa famille a déjà reçu un appel exigeant une somme en dollars.`,
  `Toujours rien de nouveau sur Hamadou : le véhicule a été retrouvé à 20 km de Téra, vide. Un intermédiaire dit que ceux qui le tiennent vont "faire connaître leurs conditions". On a besoin de l'équipe OSS qui gère ce genre de situation.`,
  `svp rappelez moi vite, ils ont enleve notre logisticien devant l'entrepot ce matin, je suis avec sa femme, ils demandent de l argent`,
  `Un de nos consultants internationaux, en mission à Tillabéri, est détenu depuis hier soir par des individus armés qui ont stoppé son véhicule. L'interprète a été relâché et est rentré à pied. Le centre des opérations est informé.`,
  `Suite au message de ce matin : nous avons la confirmation que notre collègue Didier est aux mains d'un gang à Martissant. Le gang a contacté sa sœur. Merci de nous dire qui doit parler à la famille et quoi dire.`,
];

export const REFUSED_MORE: Item[] = [
  `Le CSA de Niamey refuse d'inscrire nos nouveaux collègues sur la liste d'évacuation, il dit que l'OIM doit "gérer ses propres évacuations". On lui a dit qu'on est dans le dispositif de sécurité de l'ONU mais il ne veut rien entendre.`,
  `Au guichet badges de la MONUSCO on nous répond que les staff OIM ne peuvent pas avoir de carte ONU, seulement un badge visiteur. Cela bloque l'accès au camp pour nos équipes. Que faire ?`,
  `Depuis notre arrivée à Ndjamena le DO ne nous convie pas aux réunions de l'équipe de gestion de la sécurité, "réservées aux agences". On a une copie de l'accord OIM-UNDSS mais personne ne l'a lue.`,
  `la DSS locale refuse de nous donner les indicatifs radio et l'accès au réseau VHF de l'ONU, ils disent qu'on n'est pas une agence onusienne. nos convois partent sans radio`,
  `L'UNDSS de Bangassou ne nous délivre plus les autorisations de mouvement (TRIP) pour nos missions terrain, au motif que nous ne serions pas "couverts". Nos équipes sont bloquées en ville depuis une semaine.`,
  `Le fonctionnaire désigné de Bossangoa n'a pas voulu que notre équipe assiste au briefing sécurité de l'ONU hier, "réservé aux agences". On n'a reçu aucune consigne pour la zone.`,
  `On nous refuse l'entrée dans la zone protégée de l'ONU à Bria parce que nos collègues n'ont pas de carte ONU, et la DSS refuse de leur en faire une.`,
  `Le DO refuse d'ajouter notre chef de bureau au groupe WhatsApp de sécurité de l'équipe de pays, il dit que c'est pour les agences seulement.`,
];

export const DISCREPANCY_MORE: Item[] = [
  `L'UNDSS dit que le véhicule blindé est obligatoire sur l'axe Gao-Ansongo, notre procédure interne dit escorte seulement. Les deux textes ne disent pas la même chose, lequel s'applique à nos équipes ?`,
  `Les règles de l'UNDSS et celles de l'OIM se contredisent sur les mesures de sécurité résidentielle : gardes 24h/24 pour l'un, gardiennage de nuit seulement pour l'autre. Qui tranche ?`,
  `Petite question de fond : notre instruction sur le couvre-feu et celle de la DSS ne concordent pas (21h contre 19h). Le personnel ne sait plus laquelle respecter.`,
  `Le plan de sécurité du pays (UNSMS) et notre politique sur les déplacements en moto ne sont pas alignés : eux interdisent, nous autorisons avec casque. Besoin d'une clarification avant la mission de lundi.`,
];

export const NEW_OPS_MORE: Item[] = [
  `On nous demande de démarrer une réponse d'urgence à Pemba dans deux semaines, zone où l'OIM n'a jamais travaillé. Qui doit faire l'évaluation des risques de sécurité avant qu'on y envoie du monde ?`,
  `Installation d'un bureau temporaire à Ngouboua après les inondations : nous n'avons ni plan de sécurité ni SRA pour la zone. Avec qui faut-il se coordonner ?`,
  `Le projet prévoit l'ouverture de deux sous-bureaux à Djibo et Arbinda en janvier. Quelles sont les étapes sécurité à prévoir avant la signature des baux ?`,
  `nous allons deployer une equipe a Ménaka pour la réponse aux deplacés, premiere fois pour l OIM dans ce cercle. il faut contacter qui pour la sécurité ?`,
];

export const SURGE_MORE: Item[] = [
  `Après le cyclone, l'équipe de Beira est passée de 12 à 60 personnes en dix jours et notre seul assistant sécurité est épuisé. Peut-on avoir un renfort sécurité de l'OSS pour deux mois ?`,
  `Nous demandons le déploiement d'un conseiller sécurité en renfort pour la réponse à l'afflux de Renk : le poste de notre agent sécurité est vacant et la situation se dégrade.`,
  `L'OSS peut-elle envoyer quelqu'un en appui temporaire ? Avec l'épidémie et les nouvelles équipes, notre point focal sécurité ne peut plus couvrir les trois sites.`,
];

export const MOU_MORE: Item[] = [
  `Est-ce que le mémorandum OIM-UNDSS de 2013 couvre aussi nos consultants et nos chauffeurs sous contrat, ou seulement le personnel ? Le texte n'est pas clair pour nous.`,
  `Notre nouveau représentant voudrait savoir ce que l'OIM s'engage à faire en échange des services de sécurité de l'ONU d'après l'accord avec l'UNDSS. Y a-t-il un résumé officiel ?`,
  `Le protocole d'accord avec l'UNDSS a-t-il été renouvelé depuis 2013 ? On nous a demandé la date de la dernière version pour un audit.`,
  `Le partenaire nous demande si le MOU entre l'OIM et l'UNDSS mentionne la sécurité des partenaires d'exécution. Je ne trouve rien, pouvez-vous confirmer ?`,
  `Dans quel article du mémorandum avec l'UNDSS est-il question du partage des coûts de sécurité ? La finance me pose la question.`,
];

export const AIR_MORE: Item[] = [
  `La compagnie locale Air Kasaï est-elle autorisée pour nos déplacements ? Il n'y a pas d'autre vol vers Tshikapa cette semaine.`,
  `Peut-on affréter un petit porteur privé pour évacuer l'équipe de Kidal si UNHAS ne vole pas ? Qui vérifie que l'opérateur est sûr ?`,
  `question : l hélicoptère loué par le gouvernement propose de prendre nos 2 collègues jusqu a Bria. on a le droit de monter ou pas ?`,
  `Nos staff peuvent-ils voyager avec une compagnie qui figure sur la liste noire de l'UE si c'est la seule qui dessert Mbandaka ?`,
  `L'hélicoptère de la compagnie privée que nous utilisons pour Walikale a fait un atterrissage d'urgence hier, sans blessés. Doit-on continuer à l'utiliser ?`,
  `Le pilote de la compagnie charter n'avait pas l'air en état de voler ce matin. Peut-on refuser d'embarquer et qui prévenir ?`,
];

export const PROCUREMENT_MORE: Item[] = [
  `Le contrat de la société de gardiennage du bureau de Goma arrive à échéance. Y a-t-il des critères de sécurité de l'OSS à inclure dans le nouvel appel d'offres ?`,
  `Combien prévoir dans le budget du projet pour la sécurité (gardes, radios, blindage) ? Le bailleur demande une justification ligne par ligne.`,
  `Nous voulons acheter des téléphones satellites et des trackers pour les véhicules : faut-il passer par l'OSS pour les spécifications ?`,
  `Nous devons acheter des gilets pare-balles et des casques pour l'équipe de Kidal. Y a-t-il un fournisseur agréé ou des normes à respecter ?`,
  `Le bailleur refuse la ligne "gardiennage" dans le budget du projet ; est-ce que l'OSS a une note sur les coûts de sécurité à présenter ?`,
];

export const TRAINING_MORE: Item[] = [
  `Y a-t-il une version française du cours BSAFE ? Nos chauffeurs ont du mal avec l'anglais.`,
  `Qui organise le prochain SSAFE pour l'Afrique de l'Ouest ? Cinq nouveaux collègues doivent le suivre avant de partir sur le terrain.`,
  `Où trouver la politique de l'OIM sur la sécurité des déplacements ? On révise nos procédures opérationnelles et je veux citer la dernière version.`,
  `Quelle est la règle de l'OIM sur les visiteurs dans les résidences du personnel ? On révise le règlement de la maison de passage et je veux citer la politique.`,
  `Le cours en ligne BSAFE bloque à 80 % pour trois collègues de Mopti. À qui signaler le problème pour valider leur certificat ?`,
  `Est-ce que l'OSS propose une formation à la gestion des incidents pour les chefs de bureau ? Je viens d'être nommée à Kaga-Bandoro.`,
  `Le certificat SSAFE de deux collègues a expiré, doivent-ils refaire toute la formation avant de repartir à Kidal ?`,
  `Les personnes à charge de nos collègues internationaux doivent-elles aussi suivre le BSAFE ? Je ne trouve pas la règle dans la politique.`,
  `Existe-t-il une fiche de l'OIM sur les mesures de sécurité pour les familles du personnel qui vivent dans la maison de passage ?`,
];

export const GENERAL_MORE: Item[] = [
  `Bonjour, je ne sais pas à qui poser la question : à qui faut-il envoyer le rapport mensuel de sécurité du bureau ?`,
  `Pour notre plan de continuité, qui faut-il inscrire comme contact OSS au siège ? Le nom de l'an dernier n'est plus valable.`,
  `Petite question pratique : l'OSS a-t-elle un organigramme à jour avec les points focaux par région ?`,
  `Je prépare l'annuaire du bureau : quelle adresse de l'OSS faut-il indiquer pour les questions générales de sécurité ?`,
  `Bonjour, je viens de prendre mes fonctions à Lubumbashi. Pouvez-vous me dire qui contacter à l'OSS pour les questions courantes ?`,
  `Est-ce que l'OSS publie une lettre d'information ? J'aimerais que toute l'équipe de Kinshasa la reçoive.`,
  `qui est le point focal securite pour l afrique de l ouest maintenant ? l ancien est parti et je n ai pas de nom`,
  `Est-ce que l'OSS a un bulletin ou une liste de diffusion sur la sécurité ? Je voudrais y inscrire nos chefs d'antenne.`,
  `Nouvelle cheffe de bureau à Bouaké : à qui dois-je me présenter côté OSS, et existe-t-il un dossier d'accueil ?`,
  `Quelqu'un de l'OSS pourrait-il intervenir à notre réunion du personnel le mois prochain pour présenter vos services ?`,
];

export const NEG_ALL_CLEAR: Item[] = [
  `Point de 18h : l'équipe qu'on n'arrivait pas à joindre à Kaya est rentrée, ils étaient sans réseau sur la piste. Rien de grave, tout le monde va bien.`,
  `Tout le personnel est en sécurité après l'attaque du marché de Mopti cette nuit. Aucun collègue n'était sur place. On reste au bureau ce matin par précaution.`,
  `Je clos l'alerte de ce matin : Justin n'a pas été emmené, il était à l'hôpital avec sa fille et son téléphone était déchargé. Il est rentré chez lui.`,
  `Les passagers enlevés hier sur la route de Bouar étaient des commerçants ; aucun membre du personnel de l'OIM ni de leur famille ne se trouvait dans le bus. On garde l'axe fermé jusqu'à nouvel ordre.`,
  `Le bruit qui court sur un "agent de l'OIM kidnappé à Gao" est faux : il s'agit d'un employé d'une entreprise de BTP. Merci de ne pas relayer.`,
];

export const NEG_OTHERS_TAKEN: Item[] = [
  `Rapport hebdomadaire DTM : plusieurs cas d'enlèvements de déplacés par des groupes armés signalés autour de Djibo. Tableau en annexe pour la section protection.`,
  `Un migrant accueilli au centre d'Agadez raconte que ses ravisseurs en Libye ont appelé sa mère pour exiger une rançon. Le cas est suivi par l'équipe de protection.`,
  `Selon la presse, un prêtre a été enlevé hier dans le diocèse voisin. Ce n'est pas notre zone d'intervention ; je le mets dans la revue de contexte de la semaine.`,
  `Les chefs coutumiers demandent à l'OIM d'appuyer la réinsertion des jeunes libérés par un groupe armé qui les avait enrôlés de force. Proposition de projet à préparer.`,
];

export const NEG_SENSES_MORE: Item[] = [
  `La mairie a ordonné l'enlèvement des conteneurs abandonnés devant l'entrepôt d'ici vendredi. Qui s'occupe de la logistique ?`,
  `Ce rapport bailleur me tient en otage depuis trois jours, je ne suis disponible qu'à partir de jeudi.`,
  `Le pirate informatique qui a piraté le site du projet demande une rançon en cryptomonnaie ; l'IT a tout restauré depuis la sauvegarde.`,
  `Réunion de l'équipe de gestion de la sécurité alimentaire jeudi : merci d'apporter les chiffres de distribution.`,
];

export const NEG_DEPENDANTS: Item[] = [
  `Rappel RH : les allocations pour frais de scolarité des personnes à charge doivent être demandées avant le 30 septembre, avec les certificats de l'école.`,
  `Pour l'assurance médicale, merci de mettre à jour la liste de vos personnes à charge (conjoint, enfants) sur le portail avant la fin du mois.`,
  `Les familles du personnel sont invitées à la fête de fin d'année du bureau samedi à partir de 16h. Merci de confirmer le nombre d'enfants.`,
];

// French materials, third round (issue #9, after the second dev review), for the kinds of failure
// left in French, the weakest language: questions générales et incidents sans enlèvement pris pour
// « pas une question de sécurité », divergences OIM/UNSMS sur les formations et les exigences prises
// pour une question de formation, demandes d'exercices et de documents de politique, questions sur
// le MOU, confirmations et informations qui citent l'UNDSS ou l'UNHAS sans rien demander, et
// enlèvements racontés avec « détenir », « tenir », « garder », « être avec eux ». Appended at the
// end of the lists in fr.ts, so earlier ids (and so their splits) do not move.
import type { Item } from './helpers.ts';

export const GENERAL_R3: Item[] = [
  `Pendant l'absence du conseiller sécurité régional, à qui peut-on s'adresser pour un avis sur nos déplacements vers Kidal ?`,
  `Le numéro du centre des opérations 24/7, il est valable aussi pour le personnel national ou ils doivent passer par le bureau pays ?`,
  `Une collègue a été agressée en rentrant chez elle hier soir, rien de volé mais elle est choquée. Elle a vu le médecin. Qu'est-ce qu'on doit déclarer et à qui ?`,
  `Des hommes à moto ont suivi notre véhicule depuis le site de distribution jusqu'en ville. Rien ne s'est passé mais l'équipe est inquiète. Faut-il changer d'itinéraire ?`,
  `Tirs entendus toute la matinée vers la route de l'aéroport. Les collègues demandent s'ils peuvent aller à la réunion au compound de l'ONU. Des consignes ?`,
  `ou trouver le niveau de securite actuel pour la region nord ? celui de l'intranet date de l'an dernier`,
  `Petite question : le couvre-feu pour le personnel à Bangui, c'est 22h ou minuit cette semaine ? On entend les deux.`,
  `Depuis l'émission radio sur les retours, nos agents nationaux reçoivent des SMS de menaces. Personne n'a été blessé. Qui à l'OSS peut regarder ça avec nous ?`,
  `Des manifestants ont jeté des pierres sur notre voiture à un barrage cet après-midi. Pare-brise cassé, chauffeur et passager indemnes. Est-ce qu'on doit le signaler comme incident de sécurité ?`,
  `Pourriez-vous me donner le contact de la personne sécurité qui couvre l'Afrique de l'Ouest ? J'ai besoin d'un avis sur les hôtels pour un atelier à Niamey.`,
  `Deux de nos agents se sont retrouvés pris entre la police et une bande armée au centre-ville. Ils se sont cachés dans une boutique et sont rentrés au bureau. Quel suivi est attendu de notre part ?`,
  `Notre directrice visite les sites du nord la semaine prochaine. Quelqu'un peut-il lui faire un briefing sécurité avant le départ ?`,
  `Bonjour, je suis la nouvelle assistante administrative à Mopti. Quand le personnel sort de la ville, je préviens qui : le bureau régional ou l'OSS à Genève ?`,
  `La tension monte en ville avant la proclamation des résultats. Que dire au personnel pour les déplacements ce week-end, et faut-il préparer une liste d'hibernation ?`,
  `Quelqu'un a essayé de forcer la porte du magasin du sous-bureau cette nuit, le gardien les a fait fuir. Faut-il ajouter de l'éclairage ou un gardien de plus ? Qui peut nous conseiller ?`,
  `Le point de rassemblement en cas d'alerte, c'est à nous de le choisir ou l'OSS peut valider notre proposition ? On hésite entre la cour et le parking arrière.`,
  `Qui est notre contact sécurité maintenant que le point focal de Dakar est parti ? On a une question sur la sécurité des logements du personnel.`,
  `Un véhicule de l'OIM a été braqué par des coupeurs de route ce matin ; l'équipe a été relâchée sur place sans blessure, mais le véhicule est perdu. Quelle procédure suivre ?`,
];

export const DISCREPANCY_R3: Item[] = [
  `L'UNDSS à Bamako exige le certificat HEAT pour toute mission hors de la capitale, mais la directive OIM que nous avons ne le demande qu'au personnel international. Nos enquêteurs nationaux sont bloqués. Quelle règle s'applique ?`,
  `Le plan de sécurité du DO n'inscrit sur la liste de relocalisation que le personnel qui a le SSAFE ; notre instruction OIM dit que le BSAFE suffit. Messages contradictoires des deux côtés, merci de clarifier.`,
  `Le DSS nous dit que les véhicules blindés sont obligatoires sur la route de l'aéroport, nos instructions régionales n'en parlent pas et le budget ne le couvre pas. Qui a raison ?`,
  `Selon les règles UNSMS locales le personnel doit être rentré à 19h, notre SOP OIM de l'an dernier dit 21h. Les collègues ne savent plus quel couvre-feu suivre.`,
  `Le SMT a décidé que seul le personnel essentiel reste dans le secteur 3, mais notre chef de mission dit que l'évaluation de criticité OIM permet plus. Je suis coincé entre les deux, qu'est-ce qui prime ?`,
  `l'undss impose un convoi escorté pour chaque mission terrain alors que notre propre analyse de risque dit que le profil bas est plus sûr ici. les équipes reçoivent des consignes contradictoires`,
  `Les règles d'autorisation dans TRIP et notre guide de voyage OIM ne disent pas la même chose pour le personnel national en mission locale. Faut-il une autorisation ou pas ?`,
  `Les consignes de l'UNDSS et celles de l'OIM ne concordent pas sur le nombre de gardes par résidence. On applique lesquelles en attendant ?`,
];

export const TRAINING_R3: Item[] = [
  `On voudrait faire un exercice d'évacuation incendie au bureau le mois prochain. L'OSS a-t-elle un modèle ou quelqu'un pour nous guider ?`,
  `Un partenaire nous propose une escorte de police pour nos convois. Y a-t-il une politique OIM sur les escortes armées que je peux lire avant de répondre ?`,
  `Nos nouveaux chauffeurs ont besoin d'une induction sécurité. Existe-t-il un module court ou une présentation à utiliser la première semaine ?`,
  `Où trouver les règles OIM sur le transport des membres de la famille dans les véhicules officiels ? Je rédige une note de service et je veux citer le bon texte.`,
  `Le BSAFE doit être renouvelé tous les combien ? Certains certificats au bureau datent de 2019.`,
  `L'OSS peut-elle organiser une session de sensibilisation sur les prises d'otages pour nos chefs d'équipe, ou nous conseiller un cours en ligne ?`,
  `Les consultants en contrat court doivent-ils suivre la formation sécurité avant les missions terrain, ou seulement le personnel ?`,
  `Bonjour, on organise une simulation de gestion de crise pour l'équipe de direction. Est-ce que l'OSS fournit un scénario ou un facilitateur ?`,
];

export const MOU_R3: Item[] = [
  `Que dit le protocole d'accord OIM–UNDSS sur la prise en charge des formations sécurité du personnel OIM sur le terrain ?`,
  `Notre part du budget sécurité local est-elle fixée dans le mémorandum avec l'UNDSS ou négociée pays par pays ?`,
  `Le MOU avec l'UNDSS couvre-t-il aussi les consultants et les stagiaires de l'OIM, ou seulement le personnel sous contrat ?`,
  `Le nouveau DO veut voir l'accord qui fait de l'OIM un membre du système de sécurité de l'ONU. Pouvez-vous m'envoyer le MOU avec une note sur ce qu'il engage de chaque côté ?`,
];

export const HOSTAGE_R3: Item[] = [
  `Ceux qui détiennent Moussa l'ont laissé parler à sa femme une minute ce soir. Il dit qu'il va bien. Ils ont rappelé au sujet du « montant ». Il nous faut vos conseils avant le prochain appel.`,
  `Notre moniteur et son fils ne sont jamais arrivés à la gare routière. Un homme qui appelle depuis son téléphone dit qu'ils sont « les invités » du groupe tant que l'OIM ne coopère pas.`,
  `Deuxième jour sans nouvelles de Joseph. Les notables disent qu'on le garde dans un campement en brousse et qu'il sera relâché si l'organisation paie.`,
  `Un homme qui dit tenir notre chauffeur a appelé le sous-bureau et demandé à parler au chef de l'OIM. On n'a rien promis. Que faisons-nous maintenant ?`,
  `Le chef d'équipe et l'interprète ont été arrêtés par des hommes armés, seul l'interprète a pu repartir. À 18h notre collègue est toujours avec eux.`,
  `Ils retiennent notre agent de saisie depuis hier soir dans un village près de Tillia et refusent de le laisser partir avant l'arrivée « d'un responsable de l'OIM ».`,
];

export const NEG_NEAR_R3: Item[] = [
  `Merci à tous, les autorisations de sécurité pour la mission de demain à Kaga Bandoro sont arrivées dans TRIP. Départ 6h30 du compound.`,
  `Manifeste UNHAS de vendredi en pièce jointe. Soyez à l'aérodrome à 7h, 15 kg de bagages par personne.`,
  `Rappel RH : les certificats BSAFE des nouveaux agents doivent être dans le dossier personnel avant la signature du contrat.`,
  `Compte rendu du SMT de cette semaine en pièce jointe pour vos dossiers. Pas d'action pour l'OIM cette fois.`,
  `Les nouvelles cartes ONU sont à retirer à la Maison des Nations Unies à partir de mardi, de 9h à 12h. Apportez l'ancienne carte.`,
  `Pour la retraite du personnel on a réservé la salle de l'hôtel ; l'hôtel fournit ses propres gardiens et le parking.`,
  `L'UNDSS a mis à jour le plan de sécurité et l'a partagé avec toutes les agences ; je l'ai rangé dans le dossier de l'équipe pour référence.`,
  `La formation sur la gestion des frontières que nous donnons aux policiers commence lundi à Dosso ; liste des participants en pièce jointe.`,
];

export const NEG_PROGRAMME_R3: Item[] = [
  `Le projet de réinsertion des enfants sortis des groupes armés est prêt pour la revue du bailleur. Merci d'envoyer vos commentaires sur le budget d'ici jeudi.`,
  `Monitoring de protection : des rapatriés signalent que des hommes armés arrêtent les bus sur la route du nord et prennent l'argent des passagers. C'est dans les tendances du mois.`,
];

export const AIR_R3: Item[] = [
  `Le seul vol pour Bol cette semaine est assuré par une petite compagnie locale. Est-elle sur la liste approuvée pour le personnel OIM, ou on attend UNHAS ?`,
  `Le pilote de l'avion affrété dit que la piste est trop molle après les pluies mais l'opérateur veut quand même atterrir. Qui décide si c'est assez sûr pour notre équipe ?`,
  `Atterrissage brutal à Bunia ce matin avec l'avion du partenaire : un pneu a éclaté, personne de blessé. On doit le signaler ? À qui ?`,
  `Un hélicoptère du gouvernement propose d'emmener deux de nos agents sur les îles demain. A-t-on le droit de monter à bord ?`,
  `Le vol humanitaire du PAM est-il autorisé pour le personnel de l'OIM ? On nous le propose pour aller à Kalemie jeudi.`,
];

export const PROCUREMENT_R3: Item[] = [
  `Peut-on imputer le coût des gardes aux points de distribution sur le budget du projet, ou cela doit venir de la ligne sécurité du bureau ? Finances et programme ne sont pas d'accord.`,
  `Existe-t-il un accord-cadre OIM pour les radios VHF et le temps satellite, pour éviter de lancer notre propre appel d'offres ?`,
  `Nous recrutons une société de gardiennage pour l'entrepôt de Diffa. L'OSS a-t-elle des exigences à mettre dans le dossier d'appel d'offres ?`,
  `Le bailleur veut les coûts de sécurité du projet ventilés par site (gardes, radios, films anti-éclats). Y a-t-il un modèle standard ?`,
  `Qui valide la dépense pour le gardiennage de la maison de passage ? Les finances hésitent et le contrat commence lundi.`,
];

export const GENERAL_R3B: Item[] = [
  `Comment joindre l'OSS en dehors des heures de bureau pour un conseil qui n'est pas une urgence ? Notre adjoint a une question sur la sécurité d'un visiteur ce week-end.`,
  `Alerte à la bombe téléphonée à l'hôtel de notre atelier. Tout le monde a été évacué, c'était une fausse alerte. Faut-il changer de lieu pour la suite ?`,
  `Notre conseiller sécurité régional quitte son poste à la fin du mois. Qui sera notre interlocuteur en attendant son remplaçant ?`,
];

export const MOU_R3B: Item[] = [
  `Avant ma réunion avec le nouveau conseiller sécurité de l'UNDSS, j'aimerais relire l'accord OIM–UNDSS. Quelqu'un peut-il me l'envoyer avec les points essentiels ?`,
  `L'accord de 2013 avec l'UNDSS remplace-t-il l'adhésion de 1998 ou les deux textes s'appliquent-ils ?`,
];

export const NEG_MORE_R3: Item[] = [
  `Tout va bien : l'agent signalé disparu par sa famille hier soir avait dormi chez un cousin. Il est au bureau ce matin.`,
  `Revue de presse : un commerçant libanais a été enlevé à Bamako la nuit dernière, l'affaire est suivie par la gendarmerie. Pas de lien avec nos activités.`,
  `Le bailleur a encore gelé les fonds du projet : on est pris en otage par leurs délais de validation depuis deux mois.`,
  `Pour la formation des agents de l'état civil, merci de prévoir les pauses-café et la salle de Dosso du 12 au 14.`,
  `Les bénéficiaires du programme de retour volontaire racontent avoir été retenus plusieurs semaines par des passeurs en Libye ; les témoignages sont dans le rapport.`,
];

export const HOSTAGE_R3B: Item[] = [
  `Quelle procédure suivre ? Notre chauffeur a été sorti du véhicule au barrage et emmené dans une autre voiture. Les autres ont continué à pied jusqu'au village.`,
  `Deux hommes à moto ont intercepté l'animatrice à la sortie du centre et sont partis avec elle. Son téléphone est éteint. Qui appelle-t-on en premier ?`,
  `on nous confirme que la collègue a été poussée de force dans un taxi devant le marché, plus de réponse depuis 10 min. la police est prévenue, on fait quoi ?`,
];

export const NEG_ROUTINE_R3: Item[] = [
  `Merci d'approuver le bon de commande pour le toner et le papier du sous-bureau (DA 4471). La ligne budgétaire est vérifiée.`,
  `La chaleur dans le bureau conteneur est insupportable cette semaine ; la logistique peut-elle réparer la climatisation avant lundi ?`,
  `Demande de carburant pour le groupe électrogène en pièce jointe, 400 litres pour décembre. Signature avant jeudi svp.`,
];

export const REFUSED_R3: Item[] = [
  `L'UNDSS a encore refusé nos demandes de cartes ONU, même après qu'on leur a montré le MOU. On a aussi une question sur ce que dit le MOU pour les cartes.`,
  `La cellule sécurité refuse d'ajouter nos nouveaux collègues au réseau des gardiens (wardens) et dit que le mémorandum « ne s'applique pas ici ». Comment régler ça ?`,
];

// Spanish materials, second round (issue #9, after the first dev review): more paraphrase for every
// scenario (the event told without the keyword, no accents, English acronyms inside Spanish) and
// more hard negatives of the kinds that were raised as urgent or missed. es.ts appends these at the
// END of its lists, so the ids of the first round (and so their splits) do not move.
import type { Item } from './item.ts';
import type { NegativeGroup } from './negatives.ts';

export const HOSTAGE_MORE: Item[] = [
  'A nuestro promotor lo bajaron del bus en el retén de la vía a El Tarra y se lo llevaron. Los demás pasajeros siguieron. Desde las 10 no contesta y su esposa ya recibió una llamada pidiendo plata.',
  'Buenas, les escribo por lo de Yamile, la asistente de protección: unos tipos la metieron a la fuerza en una camioneta al salir de la oficina. Una vecina lo vio todo. Ya avisamos a la policía y al DO.',
  'Actualización 16:00 – la persona que tiene a Germán volvió a llamar a la familia, ahora pide que la OIM "se haga cargo". Germán pudo hablar unos segundos. Nadie ha prometido nada. Esperamos instrucciones.',
  'El esposo de nuestra colega Liliana (está registrado como dependiente) fue interceptado camino al trabajo en Soyapango. Desde anoche lo retienen y a ella le exigen dinero por WhatsApp.',
  [
    'URGENTE: nuestro vigilante de la bodega de Tumaco fue sacado de su casa anoche por hombres armados. La familia dice que se lo llevaron en lancha. No sabemos nada más.',
    ['URGENTE vigilante bodega Tumaco', 'Vigilante - se lo llevaron anoche'],
  ],
  'se llevaron a la enfermera del equipo movil en la trocha, la tienen unos armados y dicen que la sueltan cuando la OIM pague, estoy con el resto del equipo en el puesto de salud',
  'Les confirmo lo que dije por teléfono: los dos monitores que no llegaron a Acandí están en poder de un grupo que controla el paso. Piden hablar con "el jefe de la ONU". El ASC ya está al tanto.',
  'Perdimos contacto con el conductor Rubén en la salida de Cúcuta; encontraron la camioneta abandonada con la puerta abierta. Un testigo dice que dos hombres lo obligaron a subir a un carro gris.',
  'La hija menor de nuestro oficial de logística no volvió del colegio en Comayagüela. Hace una hora llamaron al papá exigiendo una suma para devolverla. El colega está aquí en la oficina.',
  'Reporte rápido: personal nacional de la OIM retenido por civiles armados en la comunidad de Puerto Bello desde las 8. No los dejan salir y exigen la presencia de "los de arriba". Comunicación intermitente.',
  'Necesito que alguien de la OSS me llame, tienen a nuestro compañero Esteban desde el domingo y la familia quiere negociar por su cuenta. No sé qué decirles.',
];

export const REFUSED_MORE: Item[] = [
  'El oficial designado en Tegucigalpa no nos deja participar en las reuniones del equipo de gestión de la seguridad, dice que solo son para agencias de la ONU. Ya le mostramos el memorando, sin resultado.',
  'La oficina de UNDSS en Cúcuta se niega a tramitar los carnés de las Naciones Unidas para el personal nacional de la OIM. Dicen que "no somos agencia". ¿Cómo procedemos?',
  'nos negaron el acceso a la red de radio de la ONU y a las alertas SMS de seguridad en Tapachula, segun UNDSS la OIM no esta en el sistema. el equipo sale al terreno sin aviso de incidentes',
  'El CSA no quiere incluir a nuestro personal en la lista de reubicación del plan de seguridad del país. Argumenta que la OIM "tiene su propio plan". ¿Qué hacemos?',
];

export const DISCREPANCY_MORE: Item[] = [
  'Lo que dice el UNDSS no cuadra con nuestras normas: ellos exigen escolta armada en la vía al Catatumbo y nuestra instrucción interna la desaconseja. ¿Cuál seguimos?',
  'Tenemos dos reglas distintas para el toque de queda: la de la DSS (18:00) y la de la OIM (20:00). El personal está confundido, necesitamos una aclaración.',
  'Las instrucciones del SMT sobre uso de vehículos blindados y nuestra política de movimientos no coinciden para la zona rural de Arauca. ¿A quién consultamos?',
];

export const NEW_OPS_MORE: Item[] = [
  'Vamos a abrir una oficina temporal en Bajo Chiquito por la llegada de personas por el Darién; la OIM nunca ha estado ahí. ¿Quién hace la evaluación de riesgos de seguridad antes de instalarnos?',
  'Nos piden montar una respuesta de emergencia en la costa de Nariño tras las inundaciones. No tenemos presencia ni SRA en la zona. ¿Con quién coordinamos la seguridad?',
  'El proyecto contempla dos nuevas suboficinas en la frontera sur de México para enero. ¿Qué requisitos de seguridad debemos cumplir antes de firmar los arriendos?',
];

export const SURGE_MORE: Item[] = [
  'Con la emergencia en la frontera pasamos de 8 a 45 personas en dos semanas y el oficial de seguridad está solo. ¿Puede la OSS enviar un apoyo temporal de seguridad?',
  'Solicitamos un despliegue de refuerzo en seguridad para la respuesta al terremoto: nuestro punto focal está herido y no hay quien cubra los tres sitios.',
  'La OSS tiene capacidad de enviar a alguien por un mes? El asistente de seguridad renunció y la operación de retornos sigue creciendo.',
];

export const MOU_MORE: Item[] = [
  '¿El memorando de entendimiento OIM-UNDSS aplica también a los consultores y al personal contratado por terceros, o solo a los funcionarios? Nos lo pregunta la auditoría.',
  'Quisiera saber qué obligaciones tiene la OIM según el acuerdo con el UNDSS de 2013. ¿Hay una versión en español o un resumen oficial?',
  '¿Sigue vigente el MOU de 2013 con UNDSS o hubo una actualización? Lo necesito para el plan de seguridad de la oficina.',
];

export const AIR_MORE: Item[] = [
  '¿Podemos contratar una avioneta privada para llevar al equipo a Puerto Carreño? No hay vuelo de UNHAS esta semana. ¿Quién revisa si la empresa es segura?',
  'La aerolínea regional que vuela a Bluefields, ¿está autorizada para viajes de personal de la OIM? Es la única opción para la misión del lunes.',
  'el gobierno nos ofrece lugar en su helicoptero hasta la zona afectada, podemos subir al personal o hay que pedir autorizacion?',
];

export const PROCUREMENT_MORE: Item[] = [
  'Estamos por contratar una empresa de vigilancia para la bodega de Maicao. ¿La OSS tiene requisitos o criterios de seguridad que debamos poner en el pliego?',
  '¿Cuánto presupuestar para seguridad (guardias, radios, chalecos) en la propuesta al donante? Nos piden el detalle por rubro.',
  'Queremos comprar rastreadores GPS para la flota y teléfonos satelitales. ¿Las especificaciones las aprueba la OSS?',
];

export const TRAINING_MORE: Item[] = [
  '¿Hay fechas para el próximo curso SSAFE en la región? Tenemos cuatro colegas nuevos que van a terreno en febrero.',
  'El BSAFE está disponible en español? Algunos conductores no leen bien en inglés.',
  'Busco la versión vigente de la política de seguridad de la OIM sobre viajes por carretera para actualizar nuestros procedimientos.',
  '¿Los familiares dependientes del personal internacional también tienen que hacer el BSAFE? No encuentro la regla en la política.',
  '¿Hay alguna guía de la OIM sobre medidas de seguridad para las familias del personal que viven en la casa de huéspedes?',
];

export const GENERAL_MORE: Item[] = [
  'Para el plan de contingencia de la oficina, ¿qué contacto de la OSS en la sede ponemos? El que teníamos ya no trabaja ahí.',
  'Hola, soy nueva en la oficina de Quito. ¿Quién es el contacto de seguridad regional para nosotros?',
  'Una duda práctica: ¿la OSS tiene un directorio actualizado de puntos focales de seguridad por país?',
  'Soy el nuevo jefe de oficina en Esmeraldas. ¿A quién de la OSS debo presentarme y hay algún material de inducción?',
  '¿Alguien de la OSS podría participar en nuestra reunión de personal del próximo mes para presentar sus servicios?',
  '¿La OSS tiene un boletín o lista de correo sobre seguridad? Quisiera suscribir a los jefes de suboficina.',
];

export const NEGATIVES_MORE: NegativeGroup[] = [
  {
    slug: 'allclear',
    why: 'negated (all-clear after a scare)',
    items: [
      'Cierre del reporte de las 9: el equipo que no respondía en Tibú ya llegó a la base, estaban sin señal en la vía. No pasó nada, todos bien.',
      'Todo el personal está a salvo tras el enfrentamiento de anoche en el centro de Quibdó. Ningún colega estaba en la zona. Hoy trabajamos desde casa.',
      'Los pasajeros que retuvieron ayer en la vía a Ocaña eran comerciantes; ningún funcionario de la OIM ni sus familiares iban en el bus.',
      'Desmiento el audio que circula: no es cierto que hayan retenido a un conductor de la OIM en Arauca, era de otra organización.',
    ],
  },
  {
    slug: 'others',
    why: 'beneficiary or public not staff',
    items: [
      'Informe de protección: en el albergue de Tapachula tres familias cuentan que las tuvieron retenidas en una casa de seguridad hasta que pagaron. Los casos se remiten al socio de protección.',
      'Según la prensa local secuestraron a un comerciante en el mercado de Cúcuta. No tiene relación con nuestro personal; lo dejo en el contexto del informe semanal.',
      'En las entrevistas DTM, 12 de 50 migrantes dicen que los bajaron del bus y les exigieron dinero para dejarlos seguir. Cifras en el anexo.',
    ],
  },
  {
    slug: 'dependants',
    why: 'dependants in an HR or social matter',
    items: [
      'Recordatorio de RR. HH.: el subsidio de educación para los hijos dependientes se solicita antes del 30 de septiembre con la constancia del colegio.',
      'Para el seguro médico, actualicen por favor la lista de sus dependientes (cónyuge, hijos) en el portal antes de fin de mes.',
      'Las familias del personal están invitadas a la fiesta de fin de año de la oficina el sábado desde las 4 pm. Confirmen cuántos niños vienen.',
    ],
  },
  {
    slug: 'senses2',
    why: 'another sense of the words',
    items: [
      'La grúa de tránsito se llevó la camioneta de la oficina por estar mal parqueada; hay que pagar la multa en el patio antes de las 5.',
      'Este informe para el donante me tiene secuestrada toda la semana, hablamos el jueves.',
      'Reunión del equipo de gestión de la seguridad alimentaria el martes: traigan las cifras de entregas.',
    ],
  },
];

// After an emergency (earthquake, hurricane, flood, mass displacement): asking OSS for security
// staff or security support to be sent, because the office has none or too little.
import type { Item } from './item.ts';

export const SURGE: Item[] = [
  [
    'Tras el terremoto necesitamos que nos manden un oficial de seguridad por lo menos tres semanas. El nuestro está de licencia médica y tenemos 40 personas en terreno.',
    ['Oficial de seguridad temporal - terremoto', 'Se necesita oficial de seguridad'],
  ],
  'Las inundaciones en el Bajo Cauca nos desbordaron. Pedimos a la OSS un refuerzo en seguridad: hay un solo asistente de seguridad para tres bases y no da abasto.',
  'Buenas, tras el paso del huracán por la costa de Honduras la oficina se quedó sin nadie de seguridad (la colega está damnificada). ¿Pueden desplegar a alguien de apoyo mientras tanto?',
  'Estimado RSO: con la respuesta a la emergencia en Pedernales crecimos de 12 a 60 personas en dos semanas y no tenemos capacidad para hacer el seguimiento de movimientos. Solicito apoyo de la OSS con personal de seguridad adicional.',
  [
    'Solicitamos capacidad de refuerzo en seguridad para la respuesta al deslizamiento en Mocoa. Necesitamos a alguien que maneje comunicaciones y rastreo de vehículos las 24 horas.',
    ['Refuerzo seguridad Mocoa', 'Apoyo 24 h - respuesta Mocoa'],
  ],
  'Tenemos equipos en cinco albergues tras el sismo y nadie que se ocupe de la seguridad. ¿La OSS tiene alguien que pueda venir ya? Podemos cubrir alojamiento.',
  'Hola equipo OSS, ¿hay algún oficial de seguridad disponible para despliegue rápido? El volcán obligó a evacuar la zona y tenemos que reforzar las medidas para el personal durante al menos un mes.',
  'Con el desplazamiento masivo por los combates en el Catatumbo, la misión no da abasto. Necesitamos apoyo en seguridad: alguien que coordine con el DSS y el ejército y que lleve el control de movimientos.',
  'Después de la tormenta tropical nuestro único oficial de seguridad se fue a la capital para apoyar allí. Aquí quedamos sin nadie. Pido que se considere un despliegue temporal.',
  'El DO activó el plan de emergencia por el huracán y la OIM debe responder en tres departamentos. Sin un oficial de seguridad dedicado no podemos cumplir los requisitos del EGS. Solicitamos refuerzo.',
  'Pedimos a la OSS apoyo urgente en seguridad para la operación de respuesta al terremoto: evaluación rápida, comunicaciones y planes de reubicación. La oficina no tiene personal de seguridad propio.',
  [
    'Buen día, con la crisis en la frontera (cierre y enfrentamientos) necesitamos un refuerzo de seguridad por 6–8 semanas en Cúcuta. El equipo local está agotado.',
    ['Refuerzo temporal Cúcuta', 'Crisis frontera: apoyo de seguridad'],
  ],
  '¿Cómo se pide el despliegue de la capacidad de respuesta de la OSS? Tenemos una emergencia por inundaciones en Tabasco y ningún especialista de seguridad en el país.',
  'La oficina de Guatemala solicita apoyo de seguridad tras la erupción. Vamos a tener brigadas en zonas de exclusión y no contamos con quien las acompañe desde seguridad.',
  'urgente: tras el terremoto tenemos 3 equipos en terreno y ningun oficial de seguridad, el ASC de la ONU está desbordado. necesitamos a alguien de la OSS ya',
  'Estimados, tras los deslizamientos en la carretera al Pacífico la respuesta se amplía y el RSO nos sugirió pedir a la OSS un refuerzo. ¿Qué información necesitan para procesar la solicitud?',
  'La misión de Haití no podrá prestar su oficial de seguridad como habíamos acordado. Necesitamos otra persona para apoyar la respuesta al ciclón en la frontera dominicana a partir del lunes.',
  'Para la respuesta a la sequía y los movimientos de población en el Corredor Seco necesitamos reforzar la seguridad: hoy tenemos un punto focal a medio tiempo para 25 personas en terreno.',
  'Después del sismo de anoche hay réplicas y daños en la oficina. El personal está bien, pero vamos a necesitar apoyo de seguridad para la evaluación de edificios y el seguimiento del personal. No tenemos oficial de seguridad aquí.',
  'Les escribo desde Manabí: la emergencia por el fenómeno de El Niño nos obliga a mover equipos a zonas inundadas. Solicito un oficial de seguridad de refuerzo mientras dure la fase aguda.',
  'Buenas noches, el huracán tocó tierra hace 6 horas en Bilwi. Vamos a desplegar equipos mañana y no hay personal de seguridad en la oficina. ¿Puede la OSS enviar a alguien o darnos apoyo remoto inmediato?',
  'Pedimos refuerzo de la OSS para la respuesta en el Darién: con el aumento de personal por la emergencia, el oficial de seguridad no puede cubrir Metetí, Lajas Blancas y San Vicente a la vez.',
  'Necesitamos un oficial de seguridad ya. Huracán. Estamos solos.',
  'Tras el sismo de magnitud 7,1 de esta mañana, la oficina de Esmeraldas está operativa pero con daños. Todo el personal está localizado.\n\nLa misión va a escalar la respuesta de inmediato: se prevé duplicar el personal en terreno en los próximos diez días. Nuestra oficial de seguridad está cubriendo también Manabí y no puede con todo.\n\nSolicitamos formalmente a la OSS el despliegue de personal de seguridad de refuerzo por un mínimo de seis semanas, y apoyo remoto mientras tanto.',
  'tras el terremoto no tenemos a nadie de seguridad, porfa manden refuerzo, tenemos 30 personas en terreno',
  'Solicito formalmente capacidad de refuerzo en seguridad (surge) para la respuesta al huracán en la costa atlántica, por un periodo de cuatro a seis semanas.',
  'Tras el terremoto estamos desbordados. ¿Nos podéis mandar a alguien de seguridad unas semanas? Aquí no tenemos a nadie.',
  'El RFSO nos dijo que pidiéramos el despliegue de un oficial de seguridad para la emergencia por inundaciones. ¿A quién dirigimos la solicitud y qué datos hacen falta?',
  'Con el desplazamiento masivo hacia Cúcuta tras los combates vamos a duplicar el personal en terreno. Necesitamos personal de seguridad adicional ya; el punto focal actual no da abasto.',
  'huracan categoria 4, oficina de Roatán sin oficial de seguridad y 20 personas desplegadas. pedimos apoyo de seguridad urgente',
];

// General questions for OSS and security reports that fit no narrower route: who is the RSO, what OSS
// offers, roadblocks, shootings, curfews, robberies and threats that are not an abduction.
import type { Item } from './item.ts';

export const GENERAL: Item[] = [
  [
    '¿Quién es el RSO que cubre Centroamérica ahora? El anterior se jubiló y no tengo el contacto del nuevo.',
    ['Contacto del RSO', '¿Quién es el nuevo RSO?'],
  ],
  '¿Qué servicios ofrece la Office of Staff Security a las oficinas de país? Soy nuevo como jefe de oficina y quiero saber qué puedo pedir.',
  'Un grupo armado instaló un retén en la vía a Saravena; se suspenden los movimientos del equipo hasta nuevo aviso.',
  'Hubo disparos cerca de la oficina de Tumaco esta tarde. El personal está en casa, todos bien. Informo para su conocimiento.',
  '¿Cuál es el número del centro de operaciones 24/7? Lo necesito para la tarjeta de contactos de emergencia del personal.',
  'Hay un paro armado anunciado para el fin de semana en el Chocó. ¿Qué recomiendan para el personal que está en Quibdó?',
  'Asaltaron a dos colegas a mano armada en la parada del bus a la salida de la oficina; están bien, solo se llevaron los celulares y una cartera.',
  '¿A quién debo informar un incidente de seguridad menor? ¿Al RSO, a la OSS o al DSS local? No quiero duplicar.',
  'Consulta: ¿la OSS tiene recomendaciones de seguridad para el personal que vive solo en Tegucigalpa? Varias colegas nuevas preguntan.',
  'Se decretó toque de queda en la ciudad desde las 18:00 por los disturbios. La oficina cierra mañana. ¿Hay algo más que debamos hacer?',
  'Las manifestaciones bloquean la vía al aeropuerto de Quito. ¿Recomiendan suspender las misiones de esta semana?',
  'Hola, ¿alguien de la OSS nos podría dar una orientación general sobre la situación en la frontera con Venezuela? Estamos planificando el próximo trimestre.',
  'Me amenazaron por teléfono después de la jornada en el barrio; me dijeron que no vuelva. ¿Qué hago? Estoy bien, pero asustada.',
  '¿La OIM tiene un punto focal de seguridad en Panamá? No sé a quién dirigirme con una duda sobre la casa que voy a alquilar.',
  'Informo: intento de robo anoche en la casa de una colega en Maracaibo, sin heridos. ¿Hay que llenar algún formulario de incidente?',
  '¿Cuál es la diferencia entre el RSO y el punto focal de seguridad de la oficina? Me confundo con quién hace qué.',
  'Nos llegó un panfleto de un grupo armado con amenazas generales a "las ONG y organizaciones extranjeras". ¿Cómo lo manejamos?',
  '¿Es seguro viajar por tierra de Guatemala a San Salvador esta semana? Nos dijeron que hay bloqueos en la frontera.',
  'Evacuaron el edificio por una amenaza de bomba. Todo el personal está afuera y bien. Les aviso para su conocimiento.',
  'Pregunta general: ¿los dependientes del personal nacional están incluidos en los planes de seguridad de la oficina?',
  '¿A qué correo envío los reportes semanales de seguridad de la suboficina? Antes iban a una persona que ya no está.',
  'Buenas, soy la nueva punto focal de seguridad en Ciudad Hidalgo. ¿Con quién de la OSS me presento y qué se espera de mí?',
  '¿Cuál es el correo de la OSS?',
  'Informe breve de la situación en Tibú: desde el domingo hay enfrentamientos entre dos grupos armados en la zona rural. Ayer la alcaldía decretó toque de queda desde las 19:00. Nuestro equipo está completo en el casco urbano y hemos suspendido las visitas a veredas.\n\nNo hay afectación directa al personal ni a las instalaciones. Seguimos en contacto con el DSS y la policía.\n\nLes mantengo informados.',
  'bloqueos en la via al mar desde esta mañana, equipo se queda en la ciudad. cualquier cosa aviso',
  'Buen día, ¿el centro de operaciones también atiende llamadas en español?',
  'Enfrentamientos en la carretera entre Ocaña y Cúcuta esta mañana, movimientos suspendidos. Personal bien. FYI.',
  '¿A quién tenemos que avisar cuando el personal sale de la ciudad? ¿Al RSO o a vosotros?',
  'Hola, soy nuevo: ¿qué hace exactamente el RFSO de Panamá y en qué puede apoyar a una oficina pequeña como la nuestra?',
  'Explotó un artefacto cerca de la estación de policía, a dos cuadras de nuestra oficina de Jamundí. Personal resguardado, sin heridos. Informamos para su conocimiento.',
];

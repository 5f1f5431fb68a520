// Air safety: airlines and operators, charters, helicopters, airstrips. Operators are invented.
import type { Item } from './item.ts';

export const AIR: Item[] = [
  [
    '¿Es seguro volar con la aerolínea regional que cubre Bilwi–Managua? El equipo tiene que viajar el lunes y no sé si está en la lista aprobada.',
    ['Aerolínea Bilwi-Managua', '¿Podemos volar con esta aerolínea?'],
  ],
  'Necesitamos contratar un vuelo chárter para llevar kits a La Mosquitia hondureña. ¿Qué operadores están autorizados para transportar personal de la OIM?',
  'Pregunta: ¿podemos usar las avionetas de la empresa local que vuela a Puerto Obaldía o es mejor ir por lancha? Nadie aquí sabe si esa empresa fue revisada.',
  '¿UNHAS opera en Colombia o en Venezuela? Nos ofrecieron cupo en un vuelo humanitario y no sé si nuestro personal puede usarlo.',
  'El helicóptero que ofrece la gobernación para llegar a la zona del deslave, ¿lo podemos usar? Es de la fuerza aérea y el piloto dice que hay espacio para dos personas nuestras.',
  '¿Dónde está la lista de aerolíneas aprobadas para el personal de la OIM en Centroamérica? La que tengo es de hace tres años.',
  'Hola, un proveedor nos ofrece vuelos en avioneta a Mitú desde Villavicencio. ¿Quién revisa si el operador aéreo cumple los requisitos antes de contratarlo?',
  'Para la misión a la isla de Providencia, ¿está aprobada la compañía AeroSelva Caribe? Es la única con vuelos diarios.',
  'El chárter canceló dos veces por mal tiempo y ahora el operador ofrece otra aeronave, bastante más vieja. ¿Deberíamos aceptar o esperar?',
  '¿Cuáles son los requisitos de la OIM para contratar un helicóptero para evacuación médica en el Darién? Estamos preparando el plan de contingencia.',
  'Tengo dudas sobre aterrizar de noche en la pista de tierra de Puerto Carreño; el operador dice que lo hace seguido. ¿Existe alguna regla para nosotros?',
  'La fuerza aérea nos presta un avión para trasladar personal a la costa. ¿La OSS tiene algún criterio sobre volar en aeronaves militares?',
  '¿Existe un límite de personal de la OIM que puede viajar en el mismo vuelo? Vamos 12 a un taller y todos en el mismo avión.',
  'Necesito saber si el operador "Vuelos del Istmo" ya fue evaluado desde el punto de vista de seguridad aérea antes de firmar el contrato del chárter.',
  'La empresa de helicópteros que contrató el gobierno para llevar ayuda a la sierra tuvo un accidente el mes pasado. ¿Podemos seguir usando sus vuelos?',
  'hola, pregunta rapida: ¿las avionetas monomotor estan permitidas para el personal? nos ofrecen una para ir a Bahía Solano mañana',
  'Estamos evaluando alquilar una aeronave para la respuesta al huracán. ¿Qué documentos debe presentar el operador para que la OSS lo revise?',
  '¿El vuelo humanitario del PMA está autorizado para el personal de la OIM? Lo ofrecen para ir a la zona afectada el jueves.',
  'Un colega pregunta si puede tomar la aerolínea estatal para la misión a Puerto Ayacucho porque no hay otra opción. ¿Hay restricciones de seguridad aérea para ese operador?',
  'El aeródromo de Capurganá está en malas condiciones después de las lluvias. ¿Hay alguna recomendación de la OSS sobre pistas no pavimentadas para vuelos con personal?',
  'Consulta seguridad aérea: el operador de la avioneta no nos quiere dar copia del certificado de aeronavegabilidad. ¿Es motivo para no volar con ellos?',
  'Para el traslado del equipo a Guanaja nos cotizaron una avioneta de Aerotaxis Bahía. ¿Está en la lista de operadores aceptados o hay que pedir revisión?',
  '¿AeroSelva está aprobada para personal OIM?',
  'Hola equipo,\n\nPara la respuesta en La Mosquitia tenemos dos opciones de transporte: (a) una avioneta bimotor de un operador local que vuela a Puerto Lempira tres veces por semana, o (b) un helicóptero que ofrece alquilar una empresa de San Pedro Sula, con piloto y mantenimiento propios.\n\nNinguno de los dos está en la lista que tenemos. Antes de pedir cotizaciones formales quisiera saber si la OSS puede revisar a estos operadores y qué información debemos pedirles.\n\nSaludos.',
  'es seguro volar con la avioneta de la empresa de Yaviza?? el piloto no me dio mucha confianza',
];

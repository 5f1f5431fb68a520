// Questions about the IOM–UNDSS MOU itself: a copy, what it says, whom it covers. A refusal that
// mentions the MOU belongs to service-refused; these ask about the text.
import type { Item } from './item.ts';

export const MOU: Item[] = [
  [
    '¿Dónde puedo conseguir una copia del memorando de entendimiento entre la OIM y el UNDSS? La nueva jefa de oficina nunca lo ha visto y quiere leerlo antes de la reunión con el DO.',
    ['Copia del memorando OIM-UNDSS', 'MOU para la nueva jefa'],
  ],
  'Pregunta: ¿el MOU de 2013 cubre también al personal nacional contratado por proyecto, o solo a los funcionarios con contrato de plazo fijo?',
  'Hola, ¿el acuerdo con el Departamento de Seguridad de la ONU dice algo sobre cómo se reparten los costos? El tema salió en la última reunión y nadie sabía qué dice el texto.',
  'Estimado RSO: para la inducción de los nuevos jefes de suboficina quisiera incluir un resumen del memorando con el UNDSS. ¿Tiene una versión que podamos compartir internamente?',
  '¿Qué obligaciones tiene la OIM según el MOU con DSS? En el EGS nos preguntaron qué nos toca cumplir a nosotros y no supe responder bien.',
  'Según el memorándum, ¿la ONU debe darnos los mismos servicios de seguridad que a su propio personal? Me lo preguntaron en una reunión interagencial y quiero citar el texto correcto.',
  'Buenas, ¿sigue vigente el MOU de 2013 o hay una versión más reciente? Leí que la OIM pasó a formar parte del sistema de la ONU en 2016 y no sé si eso cambió el acuerdo.',
  'Nos recomiendan tener el memorando a mano en la oficina. ¿Existe en español? El documento que tengo está en inglés y el equipo no lo maneja.',
  '¿El memorando de entendimiento con el UNDSS aplica también a los socios implementadores que trabajan con nosotros en los albergues, o solo al personal de la OIM?',
  [
    'Un colega dice que el MOU nos obliga a pedir autorización TRIP para todo viaje. ¿Eso lo dice el texto o es una interpretación? Quisiera ver la parte exacta.',
    ['Qué dice el MOU sobre TRIP', 'MOU y autorizaciones de viaje'],
  ],
  '¿Quién firmó el MOU con DSS por parte de la OIM y dónde está archivado? Necesito citarlo correctamente en un informe para la sede.',
  'Hola, estoy preparando una presentación para el SMT sobre la membresía de la OIM en el sistema; ¿me podrían mandar el MOU o al menos el extracto relevante?',
  '¿El MOU dice algo sobre la participación de la OIM en el equipo de gestión de la seguridad, o eso queda a criterio de cada DO? Es una pregunta general, por ahora no hay problema.',
  'pregunta tonta: MOU y memorando de entendimiento es lo mismo? y el de la OIM con el UNDSS donde lo encuentro',
  'Para la auditoría nos piden evidencia de que la OIM cumple con las políticas del SGSNU según el memorando. ¿Qué dice exactamente el MOU sobre el cumplimiento?',
  '¿Hay alguna guía o resumen del memorando OIM–UNDSS para jefes de oficina? El documento completo es largo y la gente no lo lee.',
  'El nuevo oficial de seguridad pregunta si el MOU contempla la evacuación de los dependientes del personal nacional. ¿Me pueden ayudar con la respuesta?',
  'Estimados, ¿el MOU se renueva cada cierto tiempo? ¿Hasta cuándo es válido el actual y quién lleva ese tema?',
  'Me gustaría entender mejor la relación entre la OIM y el UNDSS: ¿qué nos da el memorando y qué nos pide a cambio? Soy nueva en la misión.',
  'Consulta de la jefa de misión: ¿podemos compartir el MOU con el oficial designado si nos lo pide, o es un documento de uso interno?',
  '¿El acuerdo de 1998 con lo que entonces era UNSECOORD sigue teniendo alguna validez, o todo quedó reemplazado por el MOU de 2013?',
  '¿Qué parte del MOU habla de los servicios que el DSS debe prestar a la OIM (carné, participación en el EGS, etc.)? Quiero tenerla lista por si algún día nos hace falta; por ahora todo va bien.',
  '¿Me pasan el MOU con el UNDSS?',
  'Estoy preparando la carpeta de inducción para los nuevos jefes de suboficina en México y quisiera incluir una sección sobre la pertenencia de la OIM al sistema de gestión de la seguridad de la ONU.\n\nTengo tres preguntas: (1) ¿podemos incluir el texto completo del memorando de entendimiento con el UNDSS o solo un resumen?; (2) ¿existe una traducción oficial al español?; (3) ¿hay alguna nota que explique en palabras sencillas qué servicios nos corresponden y qué obligaciones tenemos?',
  'alguien tiene el memorando de entendimiento oim-undss en pdf? lo necesito para mañana',
  'Para preparar la reunión con el nuevo CSA me vendría bien el texto del MOU OIM-UNDSS. ¿Me lo podéis enviar?',
  '¿En qué parte del memorando se dice que la OIM debe cumplir las políticas del SGSNU? Nos lo citaron en el SMT y quiero leerlo yo misma.',
  '¿El MOU cubre al personal de proyecto de la OIM contratado por una agencia de empleo? Recursos Humanos no sabe responder.',
  'Quick question: ¿el MOU dice algo del sistema de guardianes (wardens)? Es curiosidad, no hay ningún problema.',
  'Buenas, ¿la OSS tiene una nota explicativa del memorando con el UNDSS en español, para el personal que pregunta qué relación tenemos con la ONU en seguridad?',
];

// Spanish materials, third round (issue #9, after the second dev review), for the kinds of failure
// left: preguntas generales e incidentes sin secuestro tomados por «no es un asunto de seguridad»,
// discrepancias OIM/UNSMS sobre cursos y requisitos tomadas por una pregunta de formación, pedidos
// de simulacros y de documentos de política, preguntas sobre el memorando, confirmaciones que
// nombran al UNDSS o a UNHAS sin pedir nada, y secuestros contados con «tener», «retener», «en
// poder de», «siguen con ellos». Appended at the end of the lists in es.ts, so earlier ids (and so
// their splits) do not move.
import type { Item } from './item.ts';
import type { NegativeGroup } from './negatives.ts';

export const GENERAL_R3: Item[] = [
  'Mientras el oficial regional de seguridad está de misión, ¿a quién le pedimos consejo sobre los guardias de la casa de huéspedes?',
  '¿El número del centro de operaciones 24/7 sirve también para el personal nacional o tienen que pasar primero por la oficina de país?',
  'A una colega la golpearon anoche camino a su casa; no le robaron nada pero está muy afectada. Ya la vio un médico. ¿Qué reportamos y a quién?',
  'Unos tipos en moto siguieron nuestra camioneta desde el punto de distribución hasta el pueblo. No pasó nada más, pero el equipo está nervioso. ¿Cambiamos de ruta?',
  'Se oyen disparos desde la mañana por la vía al aeropuerto. Los colegas preguntan si pueden ir a la reunión en el complejo de la ONU. ¿Alguna indicación?',
  'donde veo el nivel de seguridad actual para el norte? el de la intranet es del año pasado',
  'Pregunta rápida: ¿el toque de queda para el personal en Tegucigalpa es a las 22:00 o a medianoche esta semana? Hay versiones distintas.',
  'Desde el programa de radio sobre retornos, nuestros promotores reciben mensajes amenazantes por WhatsApp. Nadie ha resultado herido. ¿Quién en la OSS puede revisarlo con nosotros?',
  'Manifestantes le tiraron piedras a nuestro carro en un bloqueo esta tarde. Parabrisas roto, conductor y pasajera bien. ¿Hay que reportarlo como incidente de seguridad?',
  '¿Me pueden pasar el contacto de la persona de seguridad que cubre Centroamérica? Necesito consejo sobre hoteles para un taller en San Pedro Sula.',
  'Dos colegas quedaron en medio de un enfrentamiento entre la policía y una pandilla en el centro. Se escondieron en una tienda y ya están en la oficina. ¿Qué seguimiento nos toca hacer?',
  'Nuestra directora visita los sitios del norte la próxima semana. ¿Alguien le puede dar un briefing de seguridad antes del viaje?',
  'Hola, soy el nuevo asistente administrativo en Tumaco. Cuando el personal sale del municipio, ¿a quién aviso: a la oficina regional o a la OSS en Ginebra?',
  'Sube la tensión en la ciudad antes del conteo de votos. ¿Qué le decimos al personal sobre desplazamientos este fin de semana? ¿Preparamos una lista para hibernación?',
  'Anoche intentaron forzar la puerta de la bodega de la suboficina; el vigilante los espantó. ¿Ponemos más luz o un guardia más? ¿Quién nos puede asesorar?',
  '¿Quién es ahora nuestro contacto de seguridad, ya que la persona de la oficina regional se fue? Tenemos una duda sobre la seguridad de las viviendas del personal.',
];

export const DISCREPANCY_R3: Item[] = [
  'El UNDSS en Bogotá exige el certificado HEAT para cada misión fuera de la capital, pero la guía de la OIM solo lo pide al personal internacional. Nuestros encuestadores nacionales están frenados. ¿Qué norma aplica?',
  'El plan de seguridad del DO solo incluye en la lista de reubicación al personal con SSAFE; nuestra instrucción de la OIM dice que basta con el BSAFE. Recibimos mensajes contradictorios, por favor aclaren.',
  'El DSS dice que los vehículos blindados son obligatorios en la vía al aeropuerto; nuestras instrucciones regionales no dicen nada y el presupuesto no lo cubre. ¿Quién tiene razón?',
  'Según las reglas locales del UNSMS el personal debe estar en casa a las 19:00, el procedimiento de la OIM del año pasado dice 21:00. Los colegas no saben qué horario seguir.',
  'El SMT decidió que solo el personal esencial se queda en el sector 3, pero nuestra jefa de misión dice que la evaluación de criticidad de la OIM permite más gente. Estoy entre los dos, ¿qué prevalece?',
  'el undss exige convoy con escolta para cada salida a terreno y nuestro propio análisis de riesgo dice que el perfil bajo es más seguro aquí. los equipos reciben instrucciones que se contradicen',
  'Las reglas de autorización en TRIP y la guía de viajes de la OIM no coinciden para el personal nacional en misiones locales. ¿Se necesita autorización o no?',
];

export const TRAINING_R3: Item[] = [
  'Queremos hacer un simulacro de incendio y evacuación en la oficina el mes que viene. ¿La OSS tiene un formato o alguien que nos oriente?',
  'Un socio nos ofrece escolta policial para los convoyes. ¿Hay una política de la OIM sobre escoltas armadas que pueda leer antes de responder?',
  'Los conductores nuevos necesitan una inducción de seguridad. ¿Existe un módulo corto o una presentación para su primera semana?',
  '¿Dónde encuentro las reglas de la OIM sobre llevar familiares en vehículos oficiales? Estoy redactando un memorando interno y quiero citar el documento correcto.',
  '¿Cada cuánto hay que renovar el BSAFE? Algunos certificados de la oficina son de 2019.',
  '¿La OSS puede dar una sesión de sensibilización sobre secuestros a nuestros jefes de equipo, o recomendarnos un curso en línea?',
  '¿Los consultores con contrato corto tienen que hacer el curso de seguridad antes de ir a terreno, o solo el personal?',
];

export const MOU_R3: Item[] = [
  '¿Qué dice el memorando de entendimiento OIM–UNDSS sobre quién paga la capacitación en seguridad del personal de la OIM en terreno?',
  '¿Nuestra parte del presupuesto local de seguridad está fijada en el memorando con el UNDSS o se acuerda país por país?',
  '¿El MOU con el UNDSS cubre también a consultores y pasantes de la OIM, o solo al personal con contrato?',
  'El nuevo DO pidió ver el acuerdo que hace a la OIM parte del sistema de seguridad de la ONU. ¿Me envían el MOU y una nota corta sobre lo que compromete a cada parte?',
];

export const HOSTAGE_R3: Item[] = [
  'Los que tienen a Moisés lo dejaron hablar un minuto con su esposa esta noche. Dice que está bien. Volvieron a llamar por «el monto». Necesitamos orientación antes de la próxima llamada.',
  'Nuestra monitora y su hijo nunca llegaron a la terminal. Un hombre que llama desde su teléfono dice que son «invitados» del grupo hasta que la OIM colabore.',
  'Segundo día sin saber nada de José. Los líderes dicen que lo retienen en un campamento en el monte y que lo sueltan si la organización paga.',
  'Un hombre que dice tener a nuestro conductor llamó a la suboficina y pidió hablar con el jefe de la OIM. No prometimos nada. ¿Qué hacemos ahora?',
  'Al jefe de equipo y al intérprete los pararon hombres armados; solo dejaron ir al intérprete. A las 18:00 nuestro colega sigue con ellos.',
];

export const NEGATIVES_R3: NegativeGroup[] = [
  {
    slug: 'near3',
    why: 'near miss of a scenario',
    items: [
      'Gracias a todos: las autorizaciones de seguridad para la misión de mañana a Tibú ya salieron en TRIP. Salida 6:30 desde la base.',
      'Adjunto el manifiesto de UNHAS del viernes. Estar en la pista a las 7:00, 15 kg de equipaje por persona.',
      'Recordatorio de RR. HH.: los certificados BSAFE del personal nuevo deben estar en el expediente antes de firmar el contrato.',
      'Adjunto el acta del SMT de esta semana para sus archivos. Esta vez no hay acciones para la OIM.',
      'Los nuevos carnés de la ONU se pueden recoger en la Casa de la ONU desde el martes, de 9:00 a 12:00. Traigan el carné anterior.',
      'Para el retiro del personal reservamos el salón del hotel; el hotel pone sus propios vigilantes y el parqueadero.',
      'El UNDSS actualizó el plan de seguridad y lo compartió con todas las agencias; lo guardé en la carpeta del equipo como referencia.',
    ],
  },
  {
    slug: 'programme3',
    why: 'beneficiary or public not staff',
    items: [
      'El proyecto de reintegración de niños desvinculados de grupos armados está listo para la revisión del donante. Comentarios al presupuesto hasta el jueves.',
      'Monitoreo de protección: retornados cuentan que hombres armados paran los buses en la vía del norte y les quitan la plata a los pasajeros. Va en las tendencias del mes.',
    ],
  },
];

export const AIR_R3: Item[] = [
  'El único vuelo a Puerto Carreño esta semana es de una aerolínea local pequeña. ¿Está en la lista aprobada para el personal de la OIM o esperamos a UNHAS?',
  'El piloto de la avioneta fletada dice que la pista está blanda por las lluvias, pero el operador quiere aterrizar igual. ¿Quién decide si es seguro para el equipo?',
  'Aterrizaje brusco en Mitú esta mañana en el avión del socio: se reventó una llanta, nadie herido. ¿Hay que reportarlo? ¿A quién?',
  'Un helicóptero de la gobernación ofrece llevar a dos compañeros a las islas mañana. ¿Podemos subirnos?',
];

export const PROCUREMENT_R3: Item[] = [
  '¿Los guardias de los puntos de distribución se pueden cargar al presupuesto del proyecto o tienen que salir de la línea de seguridad de la oficina? Finanzas y programa no se ponen de acuerdo.',
  '¿Hay un acuerdo marco de la OIM para radios VHF y minutos satelitales, para no hacer nuestra propia licitación?',
  'Estamos contratando una empresa de seguridad para la bodega de Cúcuta. ¿La OSS tiene requisitos que debamos incluir en los términos de la licitación?',
  'El donante quiere los costos de seguridad de la propuesta desglosados por sitio (guardias, radios, lámina antiexplosión). ¿Existe una plantilla?',
];

export const GENERAL_R3B: Item[] = [
  '¿Cómo contacto a la OSS fuera de horario para una consulta que no es emergencia? El adjunto tiene una duda sobre la seguridad de una visita el fin de semana.',
  'Llamaron al hotel del taller con una amenaza de bomba. Evacuaron a todos y fue falsa alarma. ¿Cambiamos de lugar para los días que quedan?',
];

export const NEGATIVES_R3B: NegativeGroup[] = [
  {
    slug: 'more3',
    why: 'negated, news, idiom or beneficiary',
    items: [
      'Todo bien: el promotor que la familia reportó como desaparecido anoche se quedó donde un primo. Ya está en la oficina.',
      'Según la prensa, secuestraron a un comerciante en Cúcuta anoche; lo sigue la policía. No tiene relación con nuestras actividades.',
      'El donante volvió a congelar los fondos: estamos secuestrados por sus plazos de aprobación desde hace dos meses.',
      'Para el taller con funcionarios de migración, reserven el salón del hotel del 12 al 14 y los refrigerios.',
      'Los beneficiarios del programa de retorno cuentan que los coyotes los retuvieron varias semanas en Tapachula; los testimonios van en el informe.',
    ],
  },
];

export const HOSTAGE_R3B: Item[] = [
  '¿Qué procedimiento seguimos? A nuestro conductor lo bajaron de la camioneta en el retén y se lo llevaron en otro carro. Los demás siguieron a pie hasta el pueblo.',
  'Dos tipos en moto interceptaron a la promotora a la salida del albergue y se la llevaron. Su teléfono da apagado. ¿A quién llamamos primero?',
  'nos confirman que a la colega la metieron en un taxi a la fuerza frente al mercado, dejó de responder a los 10 min. ya avisamos a la policia, que hacemos?',
  'Al técnico de agua se lo llevaron de la comunidad unos encapuchados esta madrugada. La familia recibió una llamada pidiendo dinero.',
  'Actualización: siguen sin soltar al conductor. Los que lo tienen quieren hablar con «alguien de arriba» de la OIM. ¿Cómo manejamos la próxima llamada?',
  '¿Cuál es el protocolo? Un grupo armado retiene a dos encuestadores nuestros en la vereda desde ayer y no los deja salir.',
];

export const NEGATIVES_R3C: NegativeGroup[] = [
  {
    slug: 'routine3',
    why: 'routine admin',
    items: [
      'Favor aprobar la orden de compra de tóner y papel para la suboficina (SC 4471). La línea de presupuesto ya está revisada.',
      'El calor en la oficina contenedor es insoportable esta semana; ¿logística puede arreglar el aire acondicionado antes del lunes?',
      'Adjunto la solicitud de combustible para la planta eléctrica, 400 litros para diciembre. Firmar antes del jueves, por favor.',
    ],
  },
];

export const REFUSED_R3: Item[] = [
  'El UNDSS volvió a rechazar nuestras solicitudes de carné de la ONU, aunque les mostramos el MOU. También tenemos una pregunta sobre lo que dice el MOU de los carnés.',
  'La célula de seguridad se niega a incluir al personal nuevo en la red de wardens y dice que el memorando «no aplica aquí». ¿Cómo lo resolvemos?',
];

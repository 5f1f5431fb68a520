// IOM and UNSMS rules that differ or are unclear, and staff asking which one applies.
import type { Item } from './item.ts';

export const DISCREPANCY: Item[] = [
  [
    'Lo que dice el UNDSS no cuadra con nuestras normas: ellos exigen dos vehículos para cualquier movimiento al Catatumbo y nuestra instrucción interna dice que basta uno con radio. ¿A qué nos atenemos?',
    ['Dos vehículos o uno - ¿qué aplica?', 'Norma de movimientos Catatumbo'],
  ],
  'Consulta: el toque de queda del SGSNU en Tegucigalpa es a las 20:00, pero la circular de la OIM que recibimos el mes pasado dice 22:00. ¿Cuál vale para nuestro personal nacional?',
  '¿Debemos seguir las medidas de seguridad residencial de la ONU o las de la OIM? El ASC nos dijo que las de la OIM "no valen acá", pero nuestra jefa de misión insiste en que sí.',
  'Hay contradicción entre el procedimiento de viaje de la OIM (aprobación del jefe de misión y listo) y lo que pide el DSS (TRIP con 72 horas de anticipación). El personal ya no sabe qué hacer antes de salir.',
  'El nivel de seguridad en Cauca subió a 4 según el SLS y el DSS dice que no se permiten viajes por carretera; nuestra guia interna no menciona restricciones por carretera para nivel 4. No está claro qué hacemos con la ruta a Popayán.',
  'No me queda claro si el MOSS del país aplica también a las suboficinas de la OIM que están fuera del área del DO, o si nos regimos por nuestra propia política.',
  'Las reglas del sistema de la ONU y las de la OIM dicen cosas distintas sobre ir con escolta armada a la entrega en la frontera. Unos dicen obligatoria, otros dicen prohibida. ¿Qué hacemos?',
  'Buenas tardes, una consulta que nos tiene de cabeza: para las misiones en Darién el DSS exige chalecos balísticos, pero el procedimiento de la OIM no lo menciona. ¿Es obligatorio para nosotros o no?',
  [
    'Recibimos dos versiones: según la ONU el personal internacional no puede pernoctar en la estación de Lajas Blancas; según nuestra directiva interna sí, si hay guardia. ¿A cuál le hacemos caso?',
    ['Pernocta en Lajas Blancas - dos versiones', 'Dos normas distintas'],
  ],
  '¿La política de viajes de la OIM prevalece sobre las restricciones de movimiento del SGSNU? Nos están diciendo dos cosas diferentes desde Panamá y desde aquí.',
  'Entre la OIM y la ONU no hay acuerdo sobre quién autoriza la reubicación del personal nacional en caso de alerta. La normativa no está clara y en una emergencia eso es un problema serio.',
  'El plan de seguridad del país indica que los dependientes del personal internacional deben salir a nivel 5; lo que tenemos de la OIM dice otra cosa. Esto afecta a tres colegas con familia aquí.',
  'El jefe de seguridad de la ONU nos dice que nuestras motos no cumplen la norma (prohibidas para el personal del sistema), pero la OIM las usa en la frontera desde hace años con visto bueno regional. ¿Quién tiene la razón?',
  'Pregunta para la OSS: ¿las reglas del SGSNU sobre uso de vehículos blindados son obligatorias para la OIM o son una recomendación? Aquí se interpretan de dos maneras y cada agencia hace lo suyo.',
  'Hay un desfase entre la matriz de riesgos que publicó el DSS y las medidas que exige nuestra oficina regional. Con una hacemos A, con la otra B. Necesito saber cuál manda.',
  'Las instrucciones que recibí de la sede de la OIM contradicen las del DSS sobre el transporte público en Caracas (ellos lo prohiben, nosotros lo permitimos de dia). ¿Qué aplico para el personal local?',
  'En la reunión del EGS el CSA dijo que las normas de la OIM "no existen" para el sistema y que aplica solo lo suyo; la jefa de misión nos dice que sigamos las nuestras. Estamos en medio.',
  '¿Qué norma aplicamos para los conductores: la de la ONU que prohíbe manejar después de las 18:00 o la de la OIM que lo permite en zona urbana? Perdón si es obvio, pero aquí nadie se pone de acuerdo.',
  'No hay coherencia entre lo que exige el UNDSS para la oficina (barreras, CCTV, cuarto seguro) y lo que dice nuestro manual. Nos pidieron ajustarnos en 30 días y no sé si eso nos obliga.',
  'Buenos días equipo OSS, los requisitos que pide el DSS para viajar a zonas de nivel 4 no son los mismos que pide la OIM: ellos piden SSAFE vigente, nosotros solo BSAFE. ¿Cuál prevalece para nuestro personal?',
  'Mi pregunta es simple: ¿mandan las normas de la OIM o las del sistema de la ONU cuando se contradicen? Caso concreto: el número mínimo de personas por misión en terreno.',
  'El SGSNU y la OIM no definen igual quién es "personal" a efectos de seguridad: a nuestros consultores el DSS no los cuenta, la OIM sí. ¿Qué régimen se les aplica si hay que evacuar?',
  'UNDSS dice una cosa y nuestras instrucciones otra. ¿Cuál seguimos?',
  'Hola equipo,\n\nLes planteo una duda que tenemos desde hace semanas. El plan de seguridad de la ONU para el departamento fija que el personal solo puede circular entre las 6:00 y las 18:00 y siempre con dos vehículos. La guía que nos llegó de la oficina regional de la OIM permite salir con un solo vehículo si hay comunicación satelital.\n\nEl DSS nos dice que su regla se aplica a todo el sistema, incluida la OIM; nuestra coordinación dice que sigamos la guía regional. Mientras tanto, los equipos no saben qué hacer y algunas salidas se han cancelado.\n\n¿Nos pueden aclarar qué norma manda en este caso?',
  'las normas de la onu y las nuestras se contradicen en lo del toque de queda, alguien me explica cual aplica para los nacionales??',
];

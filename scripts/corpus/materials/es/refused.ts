// Local UNDSS, the Designated Official or the CSA refusing IOM a UN safety and security service
// (UN ID, SMT, briefings, radio, SMS alerts, TRIP clearance, evacuation plan), because they do not know IOM is a member.
import type { Item } from './item.ts';

export const REFUSED: Item[] = [
  'El UNDSS en Tapachula nos dijo que los carnés de Naciones Unidas son solo para las agencias "de verdad" de la ONU y que la OIM no entra. Tenemos 14 colegas sin carné y con misiones en la frontera la semana que viene.',
  [
    'Buenas, el oficial designado no nos incluyó en la reunión del EGS de esta semana. Cuando preguntamos, su asistente contestó que la OIM "asiste solo como observador cuando se la invita". Es la segunda vez que pasa.',
    ['No invitados al EGS otra vez', 'Reunión EGS sin la OIM'],
  ],
  'El asesor de seguridad de DSS en Maracaibo se negó a registrar a nuestro personal en el sistema de alertas por SMS y en la lista de radio porque, según él, no formamos parte del SGSNU.',
  [
    'Estimado RSO: le comento que el CSA nos informó que no pueden darnos autorización de seguridad en TRIP para los viajes a Arauca porque nuestro personal "no es personal de Naciones Unidas". ¿Cómo procedemos? Las misiones están paradas.',
    ['TRIP - autorizaciones rechazadas', 'Autorización de seguridad negada para Arauca'],
  ],
  'En Ciudad de Panamá no dejan que nuestro personal recién llegado asista a la sesión informativa de seguridad del DSS; dicen que primero la sede tiene que confirmarles que la OIM es miembro del sistema.',
  'la oficina de DSS no quiere expedirnos los pases de acceso al complejo de la ONU, dicen que no aparecemos en su lista de organizaciones. mientras tanto nuestra gente tiene que esperar en la garita cada vez que hay reunion',
  '¿Es normal que el DO nos deje fuera del plan de evacuación? En la última actualización del plan nos dijeron que la OIM tiene que organizar su propia salida porque no estamos cubiertos por la ONU.',
  'Seguimos sin invitación al equipo de gestión de la seguridad en Honduras aunque ya mandamos dos notas formales. Mientras tanto las decisiones sobre los movimientos a Choluteca se toman sin nosotros y nos enteramos después.',
  'Les escribo porque el nuevo jefe de DSS en Quito no sabía que somos miembros del sistema y nos negó el acceso a la red de radio VHF. Le mostramos la página web pero dice que eso "no le basta".',
  'El responsable del UNDSS dice que los carnets de nuestros consultores no se renuevan porque "la OIM es una organización relacionada, no una agencia". Los carnets vencen el 30 de este mes.',
  'Hola, consulta rápida: DSS nos niega la escolta para la misión conjunta a la frontera, mientras a ACNUR y a UNICEF sí se la asignan. Nos dicen que no somos ONU. ¿Tienen razón?',
  'Durante la alerta de ayer no dejaron entrar a nuestro personal nacional al refugio del complejo de la ONU: "solo para agencias del sistema", dijo el guardia siguiendo instrucciones del DSS.',
  'El oficial designado se niega a incluir a la OIM en el sistema de guardianes (wardens) de la ciudad. Tenemos 30 colegas que no reciben ningún aviso cuando hay disturbios.',
  'Se nos informó que no podemos usar el acompañamiento del UNDSS para la ruta Cúcuta–Tibú. Cuando preguntamos el motivo, la respuesta fue que la OIM no figura entre las organizaciones cubiertas.',
  'Situación en Tegucigalpa: el ASC dejó de mandarnos los informes de seguridad semanales y las alertas; dice que son "solo para personal cubierto por el SGSNU". Desde entonces estamos a ciegas.',
  'Por favor, ayuda: en la reunión del SMT de hoy el DO le pidió a nuestra jefa de oficina que se retirara de la sala porque "la OIM no es miembro". Fue muy incómodo y delante de todas las agencias.',
  [
    'No nos quieren dar el carné ONU ni dejarnos entrar al EGS. Ya les mostramos el MOU y nada. ¿Qué sigue?',
    ['Carné ONU y EGS - seguimos igual', 'Negativa del DSS pese al MOU'],
  ],
  'La unidad de DSS en Guatemala rechazó las solicitudes de autorización de seguridad de seis colegas para viajar a Huehuetenango, alegando que la OIM no está en la lista de organizaciones del SGSNU.',
  'Desde que cambió el jefe de seguridad de la ONU en Caracas, nuestros colegas ya no reciben los mensajes del sistema de notificación de emergencias. Preguntamos y nos dijeron que la OIM no tiene derecho a ese servicio.',
  'El DSS no nos convoca a la evaluación de riesgos de seguridad del área ni nos comparte el documento final, dicen que es "interno de la ONU". Trabajamos en los mismos municipios que ellos.',
  'Hola Carmen, te cuento que en Bluefields la gente de seguridad de la ONU no nos reconoce como parte del sistema: no hay carnés, no hay radio, no hay invitación a nada. Te paso los detalles abajo para que veas si el RSO puede intervenir.',
  'Nos rechazaron otra vez las tarjetas de identificación de la ONU para el personal nacional de Esmeraldas. Ahora el argumento es que solo el personal internacional de la OIM tendría derecho, lo cual no tiene sentido.',
  'DSS no nos da carné. Otra vez.',
  'Le resumo la situación en Puerto Ayacucho. Desde que abrimos hace dos meses, hemos pedido tres veces al oficial de seguridad del sistema que registre a nuestro personal en la lista de guardianes y en el árbol de comunicaciones. La primera vez no contestó; la segunda dijo que estaba "consultando con Caracas"; ayer nos respondió por escrito que la OIM "no es una entidad del sistema de la ONU" y que no puede incluirnos.\n\nTampoco nos convocan a la reunión de seguridad de los martes. Tenemos seis personas en terreno sin recibir ninguna alerta.\n\nAgradecería que interviniera o me dijera qué enviarle.',
  'el asc dice q la oim no es parte de la onu y q por eso no nos invita al smt, ni nos da radio. q hacemos??',
  'El ASC dice que la OIM no es miembro del SMS de la ONU y que por eso no nos puede invitar al ASMT de Cúcuta. Las demás agencias sí están. ¿Cómo lo resolvemos?',
  'En la ventanilla del DSS nos dijeron que los pases ONU se emiten solo con nota de una agencia "del sistema" y que la nota de la OIM no vale. Tenemos cinco colegas nuevos sin pase.',
  'El oficial de seguridad del PNUD que hace de ASC no nos da acceso a TRIP; dice que primero tenemos que pedir permiso a Nueva York. Mientras, no podemos pedir autorizaciones de viaje.',
  'Os cuento: el CSA ha decidido que el personal nacional de la OIM no entra en la lista de reubicación del plan de seguridad. A las demás agencias sí las incluye. ¿Esto es correcto?',
  'Aquí el DSS insiste en que no nos corresponde el carné de Naciones Unidas porque no seríamos "parte de la ONU", y tampoco nos llaman a las reuniones del equipo de seguridad.',
];

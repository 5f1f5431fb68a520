// What surrounds a body in real mail: greetings, signatures, footers, forward and reply intros, and
// quoted history about other things. Addressee words (RSO, OSS, the mailboxes) appear here on purpose:
// they are never evidence of a route. Names are invented; addresses are example.org, phones +00.

export const GREETINGS: string[] = [
  'Estimado RSO:',
  'Estimado RSO,',
  'Estimada Sra. Ortega:',
  'Estimado Sr. Villalba,',
  'Estimados colegas:',
  'Estimados/as:',
  'Hola equipo,',
  'Hola equipo OSS,',
  'Hola Carmen,',
  'Buenos días,',
  'Buenas tardes:',
  'Buenas noches, disculpen la hora.',
  'Buen día a todos,',
  'Querido Esteban:',
  'Apreciados colegas de la OSS,',
  'A quien corresponda:',
  'Estimado equipo de la Office of Staff Security,',
  'Hola, ¿qué tal?',
  'Estimados (con copia a OSS):',
  'Hola Diego, te escribo también en copia al RSO.',
  'Señores OSS,',
  'Hola a todos',
];

export const SIGNATURES: string[] = [
  'Saludos,\nMarisol Quintero\nAsistente de Programa | OIM Cúcuta\nm.quintero@example.org | +00 57 300 000 0101',
  'Atentamente,\n\nRodrigo Pérez Alarcón\nJefe de Suboficina\nOrganización Internacional para las Migraciones (OIM)\nTapachula, Chiapas\nTel. +00 52 962 000 0202',
  'Un abrazo,\nLucía',
  'Quedo atenta,\nAna Beatriz Salcedo\nOficial de Protección – Tegucigalpa\nab.salcedo@example.org',
  'Gracias de antemano.\n\nJorge Villalba\nPunto focal de seguridad\nOIM Panamá – Darién\n+00 507 6000 0303',
  'Cordialmente,\nCarlos Andrés Mejía M.\nCoordinador de Terreno | Field Coordinator\nOIM Colombia – Suboficina Riohacha\nc.mejia@example.org\nMóvil: +00 57 310 000 0404',
  'Saludos cordiales,\n\nDra. Patricia Lozano\nJefa de Misión a.i.\nOIM Guatemala',
  'Mil gracias,\nFer',
  'Enviado por: Esteban Ríos Duarte\nAsistente de Logística, OIM Quito\ne.rios@example.org',
  'Muchas gracias y quedo pendiente.\n--\nValentina Herrera\nOficial Nacional de Operaciones\nOIM – Oficina de Maracaibo\nv.herrera@example.org | Skype: v.herrera.example',
  'Atte.\nJ. Manuel Ordóñez\nConductor / Asistente administrativo\nOIM San Pedro Sula',
  'Saludos desde Bluefields,\nKaren Hodgson\nAsistente de Campo\n+00 505 8000 0505',
  'Reciba un cordial saludo,\n\nIgnacio Bermúdez Sáez\nSenior Programme Officer\nIOM Panama City – Regional Office\ni.bermudez@example.org',
  'Slds,\nDiana',
  'Gracias,\nMaría José Cárdenas | Oficial de M&E | OIM Ecuador\nmj.cardenas@example.org | +00 593 99 000 0606',
  'Un saludo,\nAlberto Gil\n(desde el terreno, con poca señal)',
  'Cordialmente,\nNatalia Rincón\nAsistente de Recursos Humanos\nOIM Bogotá',
  'Atentamente,\nOficina de la OIM en Ciudad Hidalgo\noim.ciudadhidalgo@example.org',
];

export const DISCLAIMERS: string[] = [
  'Enviado desde mi iPhone',
  'Enviado desde mi teléfono Huawei',
  'Enviado desde Outlook para Android',
  'Obtener Outlook para Android',
  'Enviado desde mi smartphone Samsung Galaxy.',
  'Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted lo ha recibido por error, por favor notifique al remitente y elimínelo.',
  'AVISO DE CONFIDENCIALIDAD: La información contenida en este correo es privilegiada y de uso exclusivo de la persona o entidad a la que se dirige.',
  'Antes de imprimir este correo, piense en el medio ambiente.',
  'Este correo fue enviado desde una conexión satelital de bajo ancho de banda; por favor no responda con archivos adjuntos pesados.',
  'Disculpe la brevedad y los errores, escrito desde el celular.',
  'La OIM está comprometida con el principio de que la migración humana y ordenada beneficia a los migrantes y a la sociedad.',
  'Confidencialidad: este correo puede contener información sensible. No reenviar sin autorización.',
  'Sent from my iPhone',
];

export const FORWARD_INTROS: string[] = [
  '---------- Mensaje reenviado ---------\nDe: Héctor Salas <h.salas@example.org>\nDate: lun, 3 nov 2025 a las 9:12\nSubject: {subject}\nTo: OIM Cúcuta <oim.cucuta@example.org>',
  '---------- Forwarded message ---------\nFrom: Rosa Elena Duarte <re.duarte@example.org>\nDate: mar, 11 feb 2025, 18:40\nSubject: {subject}\nTo: <oss@example.org>',
  'De: Julián Castaño <j.castano@example.org>\nEnviado el: miércoles, 5 de marzo de 2025 7:55\nPara: Equipo de Terreno <terreno@example.org>\nAsunto: {subject}',
  'De: Oficina Tapachula\nEnviado: jueves, 12 de junio de 2025 16:03\nPara: Rodrigo Pérez Alarcón\nCC: Lucía Benítez\nAsunto: {subject}',
  '-----Mensaje original-----\nDe: Valentina Herrera [mailto:v.herrera@example.org]\nEnviado el: viernes, 17 de enero de 2025 11:20 a.m.\nPara: Jorge Villalba\nAsunto: {subject}',
  'Inicio del mensaje reenviado:\n\nDe: "Karen Hodgson" <k.hodgson@example.org>\nFecha: 22 de agosto de 2025, 20:14:33 GMT-6\nPara: "Oficina Managua" <oim.managua@example.org>\nAsunto: {subject}',
  '-------- Mensaje reenviado --------\nAsunto: {subject}\nFecha: Sat, 4 Oct 2025 06:45:10 -0500\nDe: Alberto Gil <a.gil@example.org>\nPara: rso.panama@example.org',
  '________________________________\nDe: Ana Beatriz Salcedo <ab.salcedo@example.org>\nEnviado: domingo, 9 de noviembre de 2025 22:31\nPara: Patricia Lozano <p.lozano@example.org>\nAsunto: {subject}',
  'Begin forwarded message:\n\nFrom: Carlos Andrés Mejía <c.mejia@example.org>\nDate: 14 April 2025 at 08:02:11 GMT-5\nTo: OSS <oss@example.org>\nSubject: {subject}',
  '---------- Mensaje reenviado ----------\nDe: María José Cárdenas <mj.cardenas@example.org>\nFecha: 30 de julio de 2025, 13:17\nAsunto: {subject}\nPara: Diana Rosales <d.rosales@example.org>',
  'Reenviado por Esteban Ríos el 2 de diciembre de 2025 a las 10:05\n\nDe: Oficina Quito <oim.quito@example.org>\nAsunto: {subject}',
  '---------- Forwarded message ---------\nDe: Natalia Rincón <n.rincon@example.org>\nDate: vie., 6 jun. 2025 15:48\nSubject: {subject}\nTo: Ignacio Bermúdez <i.bermudez@example.org>',
];

/** Neutral notes above a forward: they pass the matter on without naming it, so the forward decides. */
export const FORWARD_NOTES: string[] = [
  'Ver abajo.',
  'Para su información y fines pertinentes.',
  'Reenvío lo que nos llegó esta mañana. ¿Me pueden orientar?',
  'Les reenvío el correo de abajo, favor revisar.',
  'FYI, ver correo de abajo.',
  'Reenvío para conocimiento del RSO y de la OSS.',
  'Estimados, les hago llegar el mensaje que recibimos. Quedo atenta a sus comentarios.',
  'Ver lo que nos escribieron. ¿Cómo respondemos?',
  'Comparto este mensaje de la suboficina. Agradecería su orientación.',
  'Hola, te reenvío esto que me pasaron ayer. ¿Quién lo debería ver?',
  'Para su atención, por favor.',
  'Reenvío tal cual lo recibí.',
  'Buen día, les comparto el correo de la colega (abajo).',
  'Fwd para OSS, gracias.',
  'Te paso el hilo. Me dices.',
];

/** Earlier messages about something else, quoted under a reply: they must not decide the route. */
export const QUOTED_HISTORY: string[] = [
  'Hola Marisol, ¿me confirmas si la reunión de planificación sigue el jueves a las 10? Necesito reservar la sala grande.\nGracias,\nLucía',
  'Estimados, adjunto el cronograma de entregas de kits de higiene para noviembre. Por favor revisen las fechas de su zona y me avisan si hay cambios antes del viernes.\nSaludos,\nCarlos',
  'Buenos días, les recuerdo que las hojas de tiempo de octubre deben estar firmadas a más tardar el día 3. Quien no las envíe no entra en la nómina.\nRR. HH.',
  'Hola Jorge, el carro blanco (placa ABC-000) entra al taller el lunes para el cambio de aceite. Usen la camioneta gris mientras tanto.\nLogística',
  'Equipo, el informe trimestral para el donante sale el 15. Necesito sus cifras de atención desagregadas por sexo y edad.\nMaría José',
  'Hola, te paso el contacto del proveedor de sillas y mesas para el evento del 20. Cotizaron más barato que el año pasado.',
  'Querida Ana, muchas gracias por la presentación de ayer, quedó muy clara. ¿Me la puedes mandar en PDF para compartirla con la alcaldía?',
  'Recordatorio: mañana no hay servicio de cafetería por mantenimiento. Traigan su almuerzo.',
  'Estimados colegas, la nueva versión de la plantilla de informe de misión está en la carpeta compartida. Por favor usen esta a partir de hoy.',
  'Hola Diego, ¿pudiste revisar el borrador de los términos de referencia del consultor de datos? Tengo que enviarlo a adquisiciones mañana.',
  'Buenas tardes, confirmo que el taller de gestión de casos se mueve al 12 de diciembre por la disponibilidad de la sala.\nSaludos',
  'Hola a todos, bienvenida a Sofía, que se une al equipo de comunicaciones. Estará en la oficina del segundo piso.',
  'Natalia, ¿me confirmas cuántos días de vacaciones me quedan para este año? Gracias.',
  'Estimados, por favor actualicen sus datos de contacto de emergencia en el sistema antes de fin de mes.',
  'Hola equipo, la distribución en el albergue de Pamplona salió bien, 320 familias atendidas. Mañana subo las fotos.',
  'Te envío el acta de la reunión con la Defensoría. Cualquier comentario, antes del martes.',
];

export const REPLY_INTROS: string[] = [
  'El lun, 3 nov 2025 a las 9:12, Lucía Benítez <l.benitez@example.org> escribió:',
  'El mar., 11 feb. 2025 18:40, Carlos Mejía <c.mejia@example.org> escribió:',
  'De: Natalia Rincón <n.rincon@example.org>\nEnviado el: miércoles, 5 de marzo de 2025 7:55\nPara: Equipo OIM <equipo@example.org>\nAsunto: RE: {subject}',
  'El 22/08/2025, a las 20:14, Karen Hodgson <k.hodgson@example.org> escribió:',
  'On Fri, 17 Jan 2025 at 11:20, Valentina Herrera <v.herrera@example.org> wrote:',
  '-----Mensaje original-----\nDe: María José Cárdenas\nEnviado el: jueves, 12 de junio de 2025 16:03\nAsunto: {subject}',
  'El vie, 6 jun 2025 a las 15:48, Diego Armando Suárez (<d.suarez@example.org>) escribió:',
  '________________________________\nDe: Logística Cúcuta <logistica.cucuta@example.org>\nEnviado: domingo, 9 de noviembre de 2025 22:31\nAsunto: {subject}',
  'El 30 jul 2025, a las 13:17, Ana Beatriz Salcedo escribió:',
  'El día sáb, 4 oct 2025 06:45, Alberto Gil <a.gil@example.org> escribió:',
  'De: Recursos Humanos\nFecha: martes, 14 de octubre de 2025 8:02\nAsunto: {subject}',
  'En respuesta a su mensaje del 2 de diciembre:',
];

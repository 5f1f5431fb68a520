// Abduction or hostage taking of IOM staff or their dependants, told as field staff tell it:
// paraphrase ("se lo llevaron", "lo tienen"), ransom calls, lost contact after armed men, a relative writing.
import type { Item } from './item.ts';

export const HOSTAGE: Item[] = [
  [
    'Se llevaron a dos compañeros a la fuerza a la salida del albergue en Cúcuta, eran como las 7 de la mañana. Dos hombres en moto, armados. No contestan los teléfonos. Ya llamé al centro de operaciones, necesito instrucciones.',
    ['URGENTE - dos compañeros Cúcuta', 'Incidente grave personal OIM Cúcuta'],
  ],
  'URGENTE. Nuestro conductor Julián R. fue interceptado en la vía a Tibú por un grupo armado y se lo llevaron junto con el carro. No sabemos nada de él desde las 14:30. El punto de la ultima señal GPS está a 12 km del casco urbano.',
  [
    'Los captores llamaron a la oficina esta mañana pidiendo dinero por la liberación de nuestra colega de protección. Dijeron que vuelven a llamar a las 6 pm. ¿Qué hacemos? ¿Quién debe contestar esa llamada? Nadie aquí sabe cómo manejar esto.',
    ['Llamada a la oficina - colega de protección', 'URGENTE llamada pidiendo dinero'],
  ],
  'Estimado RSO, le escribo para informarle que el hijo de nuestro asistente administrativo en San Pedro Sula fue privado de libertad anoche al salir del colegio; la familia recibió un mensaje exigiendo plata para soltarlo. El colega está en la oficina, muy afectado. Le agradezco orientación sobre los pasos a seguir.',
  'Perdimos comunicación con el equipo móvil (3 personas de la OIM) en zona rural de Arauca desde las 11:00. Un poblador nos dice que hombres armados los bajaron de la camioneta y se los llevaron monte adentro. Teléfonos apagados, el GPS del vehículo quedó quieto en el mismo punto desde entonces.',
  'secuestrdo nuestro monitor de campo en el Catatumbo, confirmado por la junta de accion comunal. el grupo dice que lo tienen "retenido" hasta que la OIM "de explicaciones" sobre el proyecto. avisen al DO porfa, estoy sin señal casi todo el tiempo',
  'Buenas noches. Tenemos a una consultora de la OIM retenida en un retén ilegal en la Panamericana, la tienen desde hace 5 horas y no la dejan irse; los hombres no son policía ni ejército. Su esposo nos llamó desesperado. Solicito orientación inmediata.',
  'Confirmamos que el enumerador de la OIM que desapareció el martes está en manos de una banda en Tapachula. Ayer le mandaron una foto de él a la esposa y piden 20 mil dólares. La esposa no ha denunciado por miedo.',
  [
    '¿Cuál es el procedimiento? A una colega la subieron a la fuerza a un taxi en zona 1 de Ciudad de Guatemala, alcanzó a mandar su ubicación por WhatsApp y después nada. Ya avisamos a la policía.',
    ['colega subida a la fuerza a un taxi', 'URGENTE colega Guatemala'],
  ],
  'Hola equipo, para su conocimiento inmediato: la misión a Riohacha no regresó. El chofer y la oficial de terreno fueron detenidos por un grupo irregular en el sur del Cesar y siguen allá. Los del grupo dicen que los van a "soltar cuando llegue el comandante". Estamos en contacto con el ASC.',
  'Ayer en la tarde unos hombres encapuchados entraron al punto de atención de Necoclí y se llevaron a nuestro promotor comunitario. Según la comunidad lo tienen amarrado en una finca. Pido activar el apoyo de la OSS para manejo de este tipo de incidentes lo antes posible.',
  'Favor llamarme a mi celular +00 57 300 000 1234 a cualquier hora. Tenemos personal nuestro en poder de un grupo armado en el sur de Bolívar desde anoche. No quiero poner más detalles por correo.',
  'Te escribo rápido desde el teléfono: a Marisol y al conductor los tienen en una casa a las afueras de Reynosa. Los que los tienen llamaron al número fijo de la oficina y quieren hablar con "el jefe de la ONU". Marisol alcanzó a decir que están bien.',
  'Les informo que nuestra colega de la suboficina de Paraguachón fue raptada cuando volvía a su casa en Maicao después del trabajo. La familia recibió una llamada con exigencias económicas hace una hora. Seguimos sin saber dónde está.',
  'Desde anoche no sabemos nada de Andrés, el asistente de logística. Su moto apareció tirada en la vía a Mocoa con el casco al lado, y un vecino vio cuando dos tipos armados lo obligaban a subirse a una camioneta sin placas.',
  [
    'Estimada Sra. Ortega: como le comenté por teléfono, confirmo por escrito que el jefe de la suboficina de Tumaco sigue en poder de sus captores. Todavía no hay exigencias. El CSA y el DO están informados. Adjunto la cronología de los hechos.',
    ['Confirmación por escrito - jefe de suboficina Tumaco', 'Seguimiento incidente Tumaco'],
  ],
  'Buenas, soy la esposa de Ramiro, que trabaja con ustedes en Barranquilla. Me llamaron unos hombres diciendo que lo tienen y que si quiero volver a verlo tengo que depositar dinero antes del viernes. No sé a quién más acudir, en la oficina me dieron este correo.',
  'Situación en curso en Darién: una funcionaria de la OIM quedó retenida por personas armadas en la comunidad de Bajo Chiquito durante la distribución. Dejaron ir al resto del equipo y a ella se la quedaron "como garantía". Se pide apoyo urgente.',
  'Incidente crítico Honduras – una oficial nacional y su hija de 8 años fueron interceptadas al salir del colegio en la colonia Kennedy. Los delincuentes exigen rescate. Ya se avisó al EGS de emergencia y al centro de operaciones.',
  'Sin noticias de nuestro equipo de DTM desde el sábado en la zona norte de Chiapas; esta mañana un hombre nos contactó desde el celular de uno de ellos y dijo que "los tenemos y ya saben lo que queremos".',
  'Solicitamos a la OSS el acompañamiento del equipo de gestión de incidentes con rehenes: nuestro colega Luis Z. lleva tres días cautivo, los secuestradores volvieron a escribir por WhatsApp y la negociación la está llevando la familia sola, sin ninguna orientación.',
  'FYI URGENT – staff member abducted en la vía Panamericana a la altura de El Bordo, hace una hora. DO informed. Necesitamos el Ops Centre ya.',
  'Se llevaron a Toño, el conductor. Hombres armados en la salida a Ocaña. Sin contacto desde las 3.',
  'Les escribo para dejar constancia de lo ocurrido hoy. A las 9:40 el vehículo de la OIM con placa oficial salió de Ocaña hacia Ábrego con el conductor (Hernán) y la asistente de protección (Yesenia). A las 10:15 dejaron de responder la radio. A las 11:30 un comerciante llamó a la suboficina y dijo que un grupo de hombres con brazaletes los hizo bajar y se los llevó caminando hacia la montaña; el carro quedó en la vía con las llaves puestas.\n\nA las 13:00 recibimos una llamada de un número desconocido: "los muchachos están con nosotros, no manden a nadie".\n\nYa informamos al centro de operaciones y al ASC. La familia de Yesenia está en la oficina. Quedo atento a instrucciones, no hemos hecho más contactos.',
  'urgente nos tienen a la colega de la oficina de Mazatenango, la sacaron del coche a punta de pistola y los tipos piden dinero por telefono, no se que hacer, llamenme',
  'El ASMT de Arauca confirma que nuestro técnico de terreno, que no llegó a la base el jueves, está en poder de un grupo armado ilegal. Piden que la OIM no haga declaraciones públicas. La familia está informada. RFSO en copia.',
  'El hijo de un colega (16 años) lleva dos noches fuera de casa y hoy la familia recibió fotos de él atado, con un número para negociar. El colega trabaja en nuestra bodega de Ciudad Juárez. Necesitamos orientación hoy mismo.',
  'Buenas tardes. Os escribo desde la oficina de Tegucigalpa: a nuestro compañero Álvaro lo han metido en un coche a la fuerza esta mañana delante de su casa. Los que se lo han llevado han llamado a su mujer pidiendo dinero. Ya está avisado el DO. ¿Qué pasos seguimos?',
  'Retienen nuestra camioneta con tres compañeros en un punto de control de un grupo armado sobre el río Atrato desde hace 26 horas; no los dejan salir y no dicen qué quieren. Sin comunicación desde anoche.',
  'Seguimiento: los captores de Eliana volvieron a escribir por mensaje de texto, ahora con una cifra más alta. La familia quiere pagar ya. Necesitamos con urgencia al equipo de la OSS que lleva estos casos.',
  '[SMS 06:12] Jefe, a Wilmer y a mí nos pararon en la vía. A él se lo llevaron. A mí me dejaron ir con el carro. No sé para dónde. Llámeme.',
  'Mensaje de WhatsApp de la esposa de nuestro conductor, tal cual: "Buenas, me llamaron del teléfono de Hernán, un señor dice que lo tienen y que no avise a nadie, que mañana me dicen cuánto".',
  'Reporte de incidente – Hora: 17:40. Lugar: vereda La Esperanza, Tibú. Personas: 2 (personal nacional de la OIM). Hechos: interceptados por seis hombres armados y llevados a pie con rumbo desconocido. Último contacto: 17:35. Acciones: DO, ASC y centro de operaciones informados.',
  'La jefa de misión me pide que les haga llegar esto cuanto antes: nuestro oficial de retornos en Paraguachón está en manos de un grupo que cobra "vacuna" en la trocha; piden dinero a la familia y a la OIM.',
  'Audio transcrito de la colega que logró volver: "nos bajaron a las dos, a mí me soltaron en la bomba, a Yuli se la llevaron en la moto, dijeron que la OIM tiene plata".',
];

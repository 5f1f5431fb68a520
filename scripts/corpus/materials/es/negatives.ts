// Hard negatives: security words in another sense, events about migrants or the public rather than
// IOM staff, denied events, MOUs with others, HR refusals, arrivals, trainings IOM gives to officials.
import type { Item } from './item.ts';

export interface NegativeGroup {
  /** Short and stable: part of the ids ('es-neg-<slug>-001'). */
  slug: string;
  why: string;
  items: Item[];
}

export const NEGATIVES: NegativeGroup[] = [
  {
    slug: 'idiom',
    why: 'idiom',
    items: [
      'Somos rehenes de los trámites de adquisiciones: tres semanas esperando la firma para comprar tóner. ¿Alguien sabe cómo acelerar esto?',
      'Con este sistema nuevo de nómina estamos secuestrados por el proveedor, cualquier cambio cuesta una fortuna. Lo discutimos en la reunión del martes.',
      'Jaja, el jefe nos tuvo secuestrados en la sala de juntas hasta las 8 de la noche revisando el marco lógico.',
      'No quiero que el informe quede rehén de la aprobación del donante; mandemos la versión preliminar y ajustamos después.',
      'La agenda del taller está secuestrada por el tema de presupuesto, no nos va a quedar tiempo para lo de comunicaciones.',
      'Me siento prisionera del Excel este mes, perdón la demora en contestar. El lunes te mando las cifras.',
    ],
  },
  {
    slug: 'account',
    why: 'hijacked account',
    items: [
      [
        'Aviso: hubo un secuestro de la cuenta de correo del proyecto (proyecto.frontera@example.org). Si reciben mensajes pidiendo transferencias o datos bancarios, no respondan. TI ya está restableciendo la contraseña.',
        ['Cuenta de correo comprometida', 'Aviso TI'],
      ],
      'Nos hackearon la página de Facebook de la oficina y están publicando anuncios falsos de "visas gratis". ¿Quién de comunicaciones puede reportarlo?',
      'Alguien secuestró el WhatsApp de la coordinadora y está escribiendo a los contactos pidiendo plata prestada. No le crean, ella está bien y ya recuperó el número.',
      'TI informa: se detectó un intento de suplantación (phishing) con un correo que parece de Recursos Humanos. No hagan clic en el enlace "actualice su contrato".',
      'La cuenta de Twitter de la campaña fue tomada por terceros anoche. Ya se recuperó el acceso y se borraron las publicaciones.',
    ],
  },
  {
    slug: 'towing',
    why: 'towing',
    items: [
      'La grúa de tránsito se llevó el vehículo de la oficina porque estaba mal estacionado frente al banco. Hay que ir a pagar la multa a los patios; ¿quién tiene la tarjeta de propiedad?',
      'Se llevaron la camioneta al corralón por la placa vencida. Logística, por favor gestionar la liberación antes del jueves que hay distribución.',
      'Ayer la policía municipal inmovilizó el carro alquilado por falta del SOAT. Ya lo sacamos de los patios, les dejo el recibo para el reembolso.',
      'El coche del proyecto quedó retenido en el depósito municipal por una multa antigua; la agencia de alquiler dice que el pago nos corresponde.',
    ],
  },
  {
    slug: 'media',
    why: 'film/book/news',
    items: [
      'Para el cineforo del viernes propongo "Secuestro Express" o una película sobre migración. ¿Votamos?',
      'Estoy leyendo "Noticia de un secuestro" de García Márquez, recomendadísimo para el club de lectura de la oficina.',
      'Vieron la noticia? En el periódico de hoy sale que detuvieron a una banda de secuestradores en el estado vecino. Qué horror.',
      'La serie que les comenté trata de una toma de rehenes en un banco; la ponen en la plataforma desde el viernes.',
      'Resumen de prensa del día: el gobierno anuncia un nuevo plan contra el secuestro y la extorsión; el congreso debate la reforma migratoria.',
      'Para el podcast de la campaña vamos a entrevistar a la autora de la novela sobre los rehenes del avión. ¿Alguien tiene su contacto?',
      'Un periodista local fue secuestrado ayer en Tamaulipas según la prensa; la red de medios pide a las agencias pronunciarse. No hay relación con nuestro personal.',
    ],
  },
  {
    slug: 'beneficiary',
    why: 'beneficiary or public not staff',
    items: [
      [
        'Buenas, en el punto de atención recibimos a una familia venezolana que nos contó que los secuestraron en el Darién durante cuatro días y que pagaron para que los soltaran. Los referimos a protección y a salud mental.',
        ['Caso de protección - familia', 'Referencia de caso'],
      ],
      'Un migrante hondureño que atendimos en el albergue dice que lo tuvieron encerrado en una casa de seguridad en Reynosa hasta que su familia mandó dinero. Necesita atención médica. ¿Quién de protección puede darle seguimiento?',
      'Caso de protección: una mujer de 24 años relató que la bajaron del bus en Tapachula y la retuvieron por dos semanas. Ya está en el albergue, pide asistencia para el retorno voluntario.',
      'En las entrevistas del DTM de esta semana, 37% de las personas encuestadas dijo haber sufrido extorsión o secuestro en la ruta. Les comparto el tablero para el informe.',
      'Los migrantes que llegan a Necoclí cuentan que los "coyotes" los retienen hasta que pagan. ¿Podemos incluir este tema en el mensaje de sensibilización?',
      'Referimos al programa de asistencia a víctimas a un joven guatemalteco que fue secuestrado junto con otras 20 personas en Coahuila. Ya declaró ante la fiscalía.',
      'Según la Defensoría, en lo que va del año hay 12 denuncias de secuestro de migrantes en la frontera. Piden a la OIM apoyo con kits y alojamiento temporal para los sobrevivientes.',
      'La señora que atendimos ayer nos dijo que a su esposo se lo llevaron hombres armados en la trocha y que la llamaron pidiendo rescate. La acompañamos a la denuncia y la referimos al ICBF por los niños.',
      'Para el informe de protección: se identificaron 8 casos de personas retenidas por grupos criminales durante el tránsito por Chiapas. Todas recibieron atención psicosocial.',
      'Un grupo de migrantes cubanos fue liberado por la policía tras estar cautivos en una bodega; el albergue de la diócesis nos pide colchonetas y kits de higiene para 30 personas.',
      'Hola, una beneficiaria del programa de medios de vida no vino a la capacitación porque dice que su hermano fue secuestrado en Honduras. Le dimos el número de la línea de atención.',
      'Necesito orientación de protección: un adolescente no acompañado dice que lo tuvieron secuestrado en Tapachula y que lo obligaban a trabajar. ¿Lo referimos a la Procuraduría de Protección o a nuestro programa de trata?',
      'El ministerio reportó el rescate de 40 migrantes secuestrados en un tráiler en Veracruz. Nos pidieron apoyo con alimentación y documentación. Coordina el equipo de asistencia directa.',
      'Les comparto el testimonio de una sobreviviente de trata que estuvo retenida en Panamá, para la campaña (con consentimiento firmado y nombre cambiado).',
      'Hola equipo de protección: en la ruta por Chiapas un grupo de 15 migrantes fue privado de libertad por una banda y liberado tras el pago. Llegaron hoy al albergue; tres necesitan atención médica.',
      'La madre de un niño no acompañado nos llamó desde Honduras: dice que a su hijo lo tienen retenido en la frontera norte y le piden dinero. Lo canalizamos a la línea de protección consular.',
      'En el grupo focal con mujeres migrantes en Necoclí varias contaron que en la selva hombres armados las retuvieron y les quitaron el dinero. Lo incluimos en el análisis de riesgos de protección para el donante.',
      'Mensaje del promotor: al albergue llegó una familia que dice que los tuvieron secuestrados tres días en la frontera. Ya los atendió protección y tienen cita médica mañana.',
    ],
  },
  {
    slug: 'negated',
    why: 'negated',
    items: [
      [
        'Aclaración: ningún colega fue secuestrado en Arauca, la información que circuló en los grupos de WhatsApp era falsa. Todo el equipo está localizado y bien.',
        ['Aclaración - información falsa', 'Desmentido rumor Arauca'],
      ],
      'Falsa alarma: el conductor no estaba desaparecido, se le descargó el teléfono y se quedó en casa de su familia en Ocaña. Ya está en la oficina.',
      'Confirmo que el equipo que no contestaba está bien; estaban en una zona sin cobertura y llegaron a la base a las 17:30. Nadie fue retenido.',
      'Sobre el audio que circula: no es cierto que hayan secuestrado a personal de la OIM en Tapachula. Se trata de una cadena falsa que ya circuló el año pasado.',
      'La noticia del portal local confundió a nuestra organización con otra; no hubo ningún miembro del personal de la OIM involucrado en el incidente de la carretera.',
      'Buenas, solo para cerrar el tema: la colega que creíamos extraviada en el Darién simplemente se quedó una noche más en la comunidad por la lluvia. No pasó nada.',
      'Actualización: se cierra el reporte de esta mañana. La colega que figuraba sin contacto apareció; estaba en una reunión con el teléfono apagado. No hubo ningún incidente.',
    ],
  },
  {
    slug: 'mou',
    why: 'MOU with a ministry or a university',
    items: [
      'Adjunto el borrador del memorando de entendimiento con el Ministerio de Salud para la vacunación en los albergues. Por favor revisar la cláusula 5 antes de la firma del jueves.',
      'La universidad nos envió su versión del memorando de entendimiento para las pasantías de estudiantes de psicología. ¿Legal lo puede revisar?',
      'Firmamos ayer el MOU con la Alcaldía de Cúcuta para el centro de atención integral. Les comparto las fotos para redes.',
      '¿Alguien tiene la plantilla del memorando con gobiernos locales? La Gobernación de Nariño quiere formalizar la cooperación en el paso de Rumichaca.',
      'Recordatorio: el MOU con la Cruz Roja vence en diciembre y hay que renovarlo antes de la siguiente fase del proyecto.',
      'Estimado Jefe de Misión: el Ministerio de Relaciones Exteriores le remite el memorando de entendimiento sobre cooperación en gestión migratoria para su revisión antes de la firma.',
    ],
  },
  {
    slug: 'hr',
    why: 'HR refusal',
    items: [
      'Me negaron las vacaciones de diciembre porque coinciden con el cierre del proyecto. ¿Puedo apelar a RR. HH. o tengo que hablarlo con mi supervisor?',
      'RR. HH. rechazó mi solicitud de teletrabajo por razones familiares. ¿Alguien sabe si existe una política distinta para personal nacional?',
      'No me autorizaron la licencia de estudios; dicen que el curso no está relacionado con mis funciones.',
      'Nos denegaron el reembolso de los viáticos del taller porque las facturas no tenían NIT. ¿Qué hacemos?',
      'Lamentablemente la solicitud de extensión de contrato de la consultora no fue aprobada por la oficina regional.',
      'Estimada colega: lamentamos informarle que su solicitud de reasignación a la oficina de Panamá no ha sido aprobada en esta ocasión.',
    ],
  },
  {
    slug: 'arrivals',
    why: 'surge in arrivals',
    items: [
      'Aumento de llegadas a Lajas Blancas: esta semana pasaron 4.300 personas, el doble que la anterior. Adjunto el flujo diario para el informe de situación.',
      'Se registra un repunte de llegadas de familias con niños pequeños al albergue de Tapachula; necesitamos más pañales y leche de fórmula.',
      'La estación migratoria está al 180% de su capacidad por el incremento de flujos. ¿Podemos reforzar la entrega de kits?',
      'El DTM muestra un pico de ingresos por Rumichaca tras el anuncio del cierre de la frontera peruana. Les paso los datos.',
      'Con el aumento de retornos desde México, el centro de recepción de San Pedro Sula pide apoyo con transporte para las personas retornadas.',
    ],
  },
  {
    slug: 'training',
    why: 'training IOM delivers to officials',
    items: [
      'Esta semana damos el taller sobre trata de personas a 35 agentes de la Policía Nacional en Ipiales. Falta imprimir los certificados.',
      'La capacitación en gestión de fronteras para funcionarios de Migración Panamá se hará en el hotel de David del 3 al 5. Enviar la lista de participantes al donante.',
      'El curso de seguridad fronteriza y derechos humanos que la OIM imparte a la guardia nacional del Darién ya tiene fecha. Necesitamos un facilitador más.',
      'Informe de actividad: 120 oficiales de migración capacitados en detección de documentos fraudulentos en Tegucigalpa y San Pedro Sula.',
      'Para el proyecto de gestión integrada de fronteras, ¿podemos cotizar el salón para el taller con los inspectores del Instituto Nacional de Migración?',
      'Los materiales del módulo de protección para personal de la policía fronteriza están listos, falta validarlos con el ministerio.',
      'Invitación: la OIM y la Dirección de Migración les invitan a la clausura del curso de seguridad en pasos fronterizos para 40 oficiales. Jueves a las 10:00.',
    ],
  },
  {
    slug: 'admin',
    why: 'routine admin',
    items: [
      'Adjunto el acta de la reunión de coordinación del lunes. Los compromisos quedaron en la tabla del final.',
      'Por favor enviar las planillas de asistencia del mes antes del viernes para procesar los pagos a facilitadores.',
      'La reunión del EGS de mañana se cambió a las 10:00; la agenda la comparte el DSS. Yo no podré ir, ¿alguien me reemplaza?',
      'Recordatorio: renovación de los carnés de parqueadero del edificio. Traer foto y copia de la tarjeta del vehículo.',
      'Solicito aprobar la compra de papelería para la suboficina (referencia de compra 2025-118). Adjunto tres cotizaciones.',
      'Necesitamos actualizar el inventario de sillas y computadores de la oficina de Riohacha antes de la auditoría.',
      'La semana de seguridad alimentaria organizada por el PMA empieza el lunes; ¿quién va de nuestra parte?',
      'Les recuerdo que el seguro médico del personal nacional cambia de proveedor en enero. Habrá sesión informativa con RR. HH.',
      'Este fin de semana estoy de guardia en el punto de atención por el turno rotativo; si necesitan algo del informe, llámenme el lunes.',
      'El presupuesto del proyecto difiere de las cifras del año pasado por el tipo de cambio; envío la conciliación mañana.',
      'Circular de la oficina del DO: la reunión ordinaria del EGS de diciembre se celebrará el día 11 a las 9:00 en la sala 2. Se ruega confirmar asistencia.',
    ],
  },
  {
    slug: 'sense',
    why: 'other sense of an incident word',
    items: [
      'Contabilidad recuerda: la retención en la fuente de los contratistas se aplica desde este mes. Revisen las facturas antes de mandarlas a pago.',
      'Les mando la captura de pantalla del error del sistema de viajes; a mí tampoco me deja cargar la solicitud.',
      'El banco rechazó la transferencia a la proveedora de alimentos porque el número de cuenta no coincide. ¿Alguien puede llamar a finanzas?',
      'Las cifras del informe de octubre no cuadran con las del tablero; hay una discrepancia de 200 atenciones en Riohacha.',
      'Seguimos esperando que el Instituto de Seguridad Social nos confirme la afiliación del personal nuevo.',
      'La nueva oficina de Recursos Humanos queda en el tercer piso a partir del lunes; la antigua sala se usará como bodega.',
      'La aerolínea me perdió la maleta en el viaje al taller de Panamá. ¿El seguro de viaje de la OIM cubre esto?',
      'El curso de Excel avanzado empieza el martes; todavía quedan cupos para el personal administrativo.',
      'Necesitamos refuerzo en el equipo de registro del centro de atención: dos digitadores más por el volumen de casos.',
      'Para las vacaciones de fin de año, ¿alguien recomienda una aerolínea barata para ir de Bogotá a Cartagena?',
      'El rescate de los mineros atrapados en el socavón fue la noticia del día; la alcaldía pidió apoyo con kits para las familias.',
      'La guardia costera rescató a 60 personas migrantes cuyo bote naufragó frente a Acandí; el equipo de asistencia directa ya está en el muelle con agua y mantas.',
      'Les llegará un SMS con un código para firmar el contrato en línea; es normal, no lo borren.',
    ],
  },
  {
    slug: 'addressee',
    why: 'addressee words only',
    items: [
      'Estimado RSO: le adjunto las fotos del almuerzo de despedida de Diana. ¡Gracias por acompañarnos!',
      'cc OSS: la reunión mensual de coordinación pasa al jueves 14 a las 9:00, misma sala.',
      'Hola equipo OSS, les envío el enlace a las fotos del taller regional de comunicaciones, por si quieren usar alguna en el boletín.',
      'Estimado RSO, feliz cumpleaños de parte de todo el equipo de Cúcuta. ¡Que lo pase muy bien!',
      'Para el RSO y la OSS: cambio de dirección postal de la oficina de Quito. A partir del 1 de enero la correspondencia llega a la nueva dirección (adjunta).',
      'Hola, te escribo a ti como RSO de la zona porque estoy organizando el amigo secreto de fin de año de la oficina regional. ¿Te apuntas?',
    ],
  },
];

// Questions on IOM's own security policies and on security trainings for IOM staff
// (BSAFE, SSAFE, HEAT, hostage incident management training). Trainings IOM gives to officials are negatives.
import type { Item } from './item.ts';

export const TRAINING: Item[] = [
  [
    '¿Cuándo es el próximo curso SSAFE en la región? Tengo cuatro colegas que deben ir a Arauca en febrero y todavía no lo tienen.',
    ['Próximo SSAFE', 'Cupos SSAFE febrero'],
  ],
  'Hola, el BSAFE de mi equipo vence este mes. ¿Lo tienen que hacer completo otra vez o hay una versión corta de actualización?',
  '¿Dónde encuentro la política de seguridad de la OIM sobre viajes del personal a zonas de nivel 3? No la veo en la intranet.',
  'Quiero inscribir a los nuevos conductores en algún curso de manejo defensivo y seguridad vial. ¿La OSS ofrece algo así?',
  'Buen día, ¿hay una versión en español del curso HEAT, o algo equivalente, para el personal que va al Darién?',
  '¿Los consultores también tienen que hacer el BSAFE antes de salir a terreno, o solo el personal con contrato?',
  'Consulta: ¿existe una política de la OIM sobre el uso de redes sociales por razones de seguridad (publicar ubicación, fotos en terreno)?',
  'Nos gustaría organizar una capacitación de seguridad para todo el personal de la suboficina. ¿La OSS puede facilitarla o mandarnos los materiales?',
  '¿Qué dice la política de la OIM sobre el uso de mototaxis por el personal en terreno? Aquí es el único transporte en varios municipios.',
  'El certificado SSAFE de Carlos es de 2021. ¿Sigue válido o tiene que repetir el curso antes de la misión?',
  'Me inscribí en el curso de seguridad pero no me llegó el enlace de conexión. ¿A quién le escribo?',
  '¿Hay alguna capacitación sobre gestión de incidentes con rehenes para jefes de oficina? Nos parece importante por el contexto de la zona.',
  '¿La OSS tiene un taller de seguridad para mujeres en terreno? Varias colegas lo han pedido después de la última misión.',
  'Necesito la política de seguridad residencial de la OIM para la inducción del personal nuevo. ¿Me la pueden enviar?',
  'Solicito dos cupos para el próximo SSAFE en Panamá para dos oficiales de protección de la oficina de Costa Rica.',
  '¿Qué cursos de seguridad son obligatorios para el personal nuevo de la OIM? RR. HH. dice que solo BSAFE, pero mi supervisor pide más.',
  '¿Existe un procedimiento estándar de la OIM para reportar incidentes de seguridad? Quiero entrenar al equipo para que lo apliquen bien.',
  'Hola, ¿me confirman si el curso de primeros auxilios y seguridad en terreno de la semana que viene es presencial o virtual?',
  '¿La OIM tiene una política sobre familiares que acompañan al personal en misiones a terreno? No la encuentro por ningún lado.',
  '¿La OSS ofrece apoyo para hacer simulacros de evacuación en las oficinas? Queremos hacer uno con todo el personal en marzo.',
  'Los nuevos pasantes necesitan inducción de seguridad. ¿Hay un módulo corto que les podamos dar la primera semana?',
  'hay capacitacion en comunicaciones por radio para el personal de campo? la mayoria nunca ha usado un VHF y salimos a terreno el mes que viene',
  '¿Próximo SSAFE en Bogotá?',
  'Con la llegada de 15 personas nuevas a la misión entre enero y marzo, quisiera planificar su formación en seguridad.\n\n¿Podrían indicarme qué cursos son obligatorios según la política de la OIM antes de viajar a terreno (BSAFE, SSAFE u otros), si hay fechas previstas de SSAFE en la región para el primer trimestre y si existe material de inducción de seguridad en español que podamos usar nosotros mismos?',
  'el bsafe me da error al descargar el certificado, a quien le escribo?',
  '¿Hay un curso SSAFE previsto en Centroamérica antes de junio?',
  '¿Me podéis decir si el BSAFE hecho en español cuenta igual que el de inglés?',
  '¿Dónde se consulta la política de la OIM sobre viajes de personal con dependientes a zonas de riesgo?',
  'Solicito información sobre el próximo taller de gestión de incidentes críticos para jefes de oficina. ¿Hay cupos para México?',
  'Quiero inscribir a mi equipo en una formación de primeros auxilios y seguridad en terreno; ¿la organiza la OSS o la buscamos localmente?',
];

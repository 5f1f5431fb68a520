// Opening an office or starting operations where IOM had no presence, often in an emergency area:
// the RSO and the Security Risk Assessment come first.
import type { Item } from './item.ts';

export const NEW_OPERATIONS: Item[] = [
  [
    'Vamos a abrir una oficina en Arauca en enero; nunca hemos tenido presencia allá. ¿Nos pueden ayudar con la evaluación de riesgos antes de contratar el local?',
    ['Oficina en Arauca - enero', 'Apertura Arauca: evaluación de riesgos'],
  ],
  'Por la llegada de personas por el Darién la misión decidió instalar un equipo permanente en Metetí a partir del 1 de marzo. Es la primera vez que la OIM tendrá gente fija allí. ¿Qué necesitamos coordinar con seguridad?',
  'Buenas tardes, queremos empezar actividades en el municipio de Tibú, donde no hemos estado antes. ¿Qué pasos de seguridad hay que cumplir antes de desplegar al personal?',
  'Después del huracán la OIM va a montar un centro logístico temporal en Bilwi. Es zona afectada y nunca tuvimos oficina ahí. Solicito coordinar con el RSO los requisitos y la SRA lo más pronto posible.',
  'Estamos por firmar el arriendo de una casa para la nueva sede de Tapachula. ¿Hace falta una evaluación de riesgos de seguridad antes de firmar, o se hace una vez instalados?',
  'El proyecto de retornos nos obliga a desplegar dos personas en San Cristóbal (Táchira), donde no hay oficina de la OIM. Me gustaría hablar con el RSO sobre lo que hay que tener listo antes de que lleguen.',
  'Plan: abrir un punto de atención en El Ceibo, en la frontera con Guatemala. Es la primera vez que vamos. ¿A quién le pido la evaluación de riesgos y cuánto tiempo toma?',
  'Queremos ampliar la respuesta al norte del Chocó, lo que implicaría una base temporal en Bahía Solano por unos seis meses. No tenemos a nadie en la zona todavía.',
  [
    'Se aprobó la apertura de la oficina de terreno en Esmeraldas. Arrancamos en cuanto tengamos el visto bueno de seguridad. ¿Con quién coordino?',
    ['Oficina de terreno Esmeraldas aprobada', 'Esmeraldas - inicio'],
  ],
  'Nos piden iniciar operaciones en la zona del deslave en las próximas 72 horas. Es un área donde la OIM no ha trabajado nunca y las vías siguen cortadas. ¿Qué requisitos de seguridad mínimos debemos cumplir?',
  '¿Qué condiciones de seguridad tiene que cumplir la casa que vamos a alquilar para la nueva suboficina de Puerto Carreño? Es el primer local de la OIM en el Vichada.',
  'Estimado RSO, la jefatura aprobó abrir una antena en Ipiales para el flujo de la frontera sur. Le escribo para coordinar desde ahora los temas de seguridad, incluida la evaluación de riesgos.',
  'hola, la semana que viene mandamos un equipo de 4 a Villa del Rosario para montar la oficina nueva. no conocemos la zona. que tenemos que hacer con seguridad antes?',
  'Con la emergencia por las lluvias en La Mojana vamos a trasladar un equipo y abrir un espacio de trabajo en Majagual. No hay presencia previa de la OIM. Agradezco orientación sobre la SRA.',
  'Para el nuevo programa en la costa Caribe de Nicaragua necesitaremos una suboficina en Bluefields a partir de abril. ¿Cuál es el proceso con el RSO para una oficina nueva?',
  'La sede regional nos pidió establecer presencia en Tapachula y en Ciudad Hidalgo antes de fin de año. Ninguna de las dos tiene oficina de la OIM. ¿Qué evaluación de seguridad se necesita y quién la hace?',
  'Consulta: si abrimos una oficina compartida con ACNUR en Cúcuta, ¿nos cubre su evaluación de riesgos o necesitamos la nuestra? Es la primera vez que la OIM opera en ese barrio.',
  'Tras el terremoto en la zona andina, la misión va a poner en marcha operaciones en Pedernales donde no tenemos presencia. Hay que ver alojamiento, comunicaciones y rutas. ¿Podemos tener una llamada con el RSO esta semana?',
  'Estamos evaluando abrir un centro de atención a migrantes en Danlí, en la frontera con Nicaragua. Nadie de la OIM ha trabajado allí. Antes de decidir quisiéramos saber qué exige seguridad.',
  'Les confirmo que desde el lunes arrancamos con un equipo móvil en Puerto Obaldía, zona nueva para nosotros. Solicito que el RSO revise el plan de despliegue y nos diga si falta algo.',
  'Nueva oficina en Riohacha: tenemos el local elegido, faltan guardias, radios y la evaluación de riesgos. ¿Por dónde empezamos para no atrasar la apertura?',
  'Buen día. La misión quiere extender la operación al sur de Lara (Venezuela) el próximo trimestre, sin presencia previa. ¿Qué coordinación de seguridad tenemos que hacer desde ya con la oficina regional?',
  'Abrimos oficina nueva en Sabanalarga en marzo. ¿Coordinamos con el RSO?',
  'Le escribo para informarle que la misión ha decidido abrir una suboficina en Guasdualito (Apure) para atender el corredor fronterizo. La OIM nunca ha tenido presencia en la zona y la información de seguridad que tenemos es de prensa.\n\nEl calendario previsto es: selección del local en enero, llegada de un equipo de cuatro personas en febrero y atención al público desde marzo.\n\nQuisiéramos saber qué evaluación de riesgos hay que hacer, en qué momento, y qué requisitos mínimos (local, comunicaciones, transporte) debemos prever en el presupuesto. Quedo a disposición para una llamada.',
  'vamos a montar base en el norte de Huehue, nunca hemos estado ahi. q necesitamos de seguridad antes de mandar a la gente?',
  'Nos vamos a instalar en Paso Canoas (frontera Costa Rica–Panamá) en abril; es una zona nueva para la OIM. ¿La evaluación de riesgos la coordina el RSO o la pedimos al DSS?',
  'Con la apertura del corredor humanitario queremos poner un equipo en una zona que hasta ahora era inaccesible. Sería la primera presencia de la OIM. Pido una cita con el RFSO para coordinar.',
  'Hola, os escribo porque vamos a abrir una antena en Huehuetenango. No hemos estado nunca por allí. ¿Qué necesitáis de nosotros para la evaluación de riesgos?',
  'Oficina nueva en Comitán: ya tenemos el local y el personal contratado empieza en dos semanas. ¿Falta algo de seguridad antes de abrir?',
  'Tras la emergencia por las inundaciones la misión va a operar desde una base provisional en Nechí; no hay oficinas de la ONU cerca ni presencia previa nuestra. ¿Qué coordinación de seguridad hace falta para arrancar?',
];

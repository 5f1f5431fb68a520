// Security in procurement and finance: armoured vehicles, guard contracts, security budget lines,
// satellite phones, blast film, shared security costs.
import type { Item } from './item.ts';

export const PROCUREMENT: Item[] = [
  [
    'Necesitamos comprar dos vehículos blindados para la misión en Tumaco. ¿Quién aprueba las especificaciones y hay proveedores preseleccionados?',
    ['Compra blindados Tumaco', 'Especificaciones vehículos blindados'],
  ],
  '¿Se pueden cargar al proyecto los costos de los guardias de la nueva oficina, o tienen que salir de la línea de seguridad de la misión?',
  'Estamos preparando la licitación para el servicio de vigilancia de los tres albergues. ¿La OSS tiene un modelo de términos de referencia para empresas de seguridad?',
  'Consulta: ¿cuánto se presupuesta normalmente para seguridad en una propuesta de proyecto? El donante nos pide desglosar esa línea y no tenemos referencia.',
  'Queremos comprar teléfonos satelitales para los equipos móviles del Darién. ¿Hay un acuerdo marco o compramos localmente?',
  'Nos llegó la factura de la participación en los costos de seguridad del sistema de la ONU en el país. ¿De qué línea presupuestaria se paga y quién lo aprueba?',
  '¿Qué especificaciones deben tener las láminas de seguridad para las ventanas de la oficina de Cúcuta? Tenemos cotizaciones muy distintas y no sé comparar.',
  'Necesitamos renovar el contrato de la empresa de vigilancia privada que cuida la bodega. ¿La OSS tiene que revisarlo antes de firmar?',
  'El mantenimiento del carro blindado nos cuesta un ojo de la cara. ¿Hay un fondo central para eso o sale del presupuesto de la oficina?',
  'Pregunta de adquisiciones: para comprar radios VHF y una repetidora, ¿necesitamos visto bueno de seguridad o basta con el de logística?',
  '¿Los chalecos y cascos para el equipo de terreno se compran con fondos del proyecto? ¿Hay un estándar de protección que debamos pedir al proveedor?',
  'Estamos armando el presupuesto del nuevo proyecto en Chiapas; ¿qué costos de seguridad son elegibles (guardias, CCTV, comunicaciones, seguros)?',
  'El proveedor de CCTV y control de acceso nos cotizó 18.000 USD. ¿Alguien de la OSS puede revisar si las especificaciones tienen sentido antes de adjudicar?',
  '¿Podemos compartir el contrato de guardias con ACNUR en la oficina conjunta? ¿Cómo se dividirían los costos entre las dos agencias?',
  '¿Hay un catálogo de equipos de seguridad recomendados (botiquín de trauma, extintores, rastreadores GPS para vehículos)? Queremos estandarizar las compras.',
  'Finanzas pregunta por qué la línea de seguridad aumentó 40%; necesito justificar los costos del refuerzo de guardias nocturnos. ¿Me ayudan con la nota?',
  'Hola, ¿la compra de un generador y una cerca eléctrica para la casa de huéspedes de terreno cuenta como gasto de seguridad o como gasto de oficina?',
  '¿Cuál es el procedimiento para importar un vehículo blindado a Venezuela? Aduanas nos pide permisos especiales y el proveedor no sabe cuáles.',
  '¿Cómo se da de baja y se vende un blindado que ya cumplió su vida útil? Entiendo que no se puede rematar como cualquier carro.',
  'Las suscripciones de los rastreadores GPS de los vehículos vencen en enero. ¿Se renuevan desde la sede o cada oficina las paga?',
  'Tres empresas cotizaron el servicio de vigilancia 24/7 para el almacén de Metetí. ¿Hay un precio de referencia o un tope que debamos considerar?',
  'El donante pregunta por qué pagamos lámina antiexplosión en todas las ventanas del edificio. ¿Tienen una nota técnica que lo justifique?',
  '¿Quién aprueba la compra de los teléfonos satelitales?',
  'Buenos días:\n\nEn el marco de la propuesta para el donante, necesitamos incluir una línea de seguridad para las tres suboficinas (Cúcuta, Arauca y Riohacha). El donante pide justificación por rubro.\n\nNuestra estimación incluye: servicio de vigilancia 24/7, renovación de radios y dos teléfonos satelitales por oficina, láminas de seguridad para ventanas y la cuota de los costos compartidos de seguridad del sistema de la ONU.\n\n¿Podrían revisar si los montos son razonables y si falta algún rubro que normalmente se incluya?',
  'cotizacion del blindado llego en 180 mil dolares, es normal?? necesito saber antes del viernes',
];

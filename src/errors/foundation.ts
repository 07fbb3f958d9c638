import type { ErrorEntry } from './entry.ts';

/** The foundation's codes: requests, identity, markings, audit. */
export const foundationErrors = {
  VALIDATION_FAILED: { status: 400, en: 'The request is not valid', es: 'La solicitud no es válida' },
  MALFORMED_JSON: { status: 400, en: 'The body is not valid JSON', es: 'El cuerpo no es JSON válido' },
  PAYLOAD_TOO_LARGE: { status: 413, en: 'The body is too large', es: 'El cuerpo es demasiado grande' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    en: 'This content type is not accepted',
    es: 'Este tipo de contenido no se acepta',
  },
  PEER_UNAVAILABLE: {
    status: 502,
    en: 'The peer instance did not answer as a TAXII 2.1 server',
    es: 'La instancia par no respondió como un servidor TAXII 2.1',
  },
  NOT_ACCEPTABLE: {
    status: 406,
    en: 'This endpoint cannot answer in the media type the request accepts',
    es: 'Este recurso no puede responder en el tipo de contenido que la solicitud acepta',
  },
  VALUE_TOO_LARGE: {
    status: 413,
    en: 'A value is too large or too deeply nested to store or search',
    es: 'Un valor es demasiado grande o está demasiado anidado para almacenarlo o buscarlo',
  },
  NOT_FOUND: { status: 404, en: 'Not found', es: 'No encontrado' },
  ROUTE_NOT_FOUND: { status: 404, en: 'No such endpoint', es: 'No existe ese recurso' },
  UNAUTHENTICATED: { status: 401, en: 'Log in first', es: 'Inicie sesión primero' },
  BAD_CREDENTIALS: {
    status: 401,
    en: 'Unknown user or wrong password',
    es: 'Usuario desconocido o contraseña incorrecta',
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    en: 'Too many attempts; wait and try again',
    es: 'Demasiados intentos; espere e intente de nuevo',
  },
  FORBIDDEN: {
    status: 403,
    en: 'Your role does not allow this',
    es: 'Su rol no permite esta acción',
  },
  CONFLICT: { status: 409, en: 'This conflicts with what is stored', es: 'Esto contradice lo almacenado' },
  USERNAME_TAKEN: { status: 409, en: 'That username is taken', es: 'Ese nombre de usuario ya existe' },
  WEAK_PASSWORD: {
    status: 400,
    en: 'The password must have at least 12 characters and not be common or easy to guess',
    es: 'La contraseña debe tener al menos 12 caracteres y no ser común ni fácil de adivinar',
  },
  UNKNOWN_AGENCY: { status: 400, en: 'Unknown agency', es: 'Agencia desconocida' },
  UNKNOWN_NATION: { status: 400, en: 'Unknown nation', es: 'Nación desconocida' },
  MARKING_WIDENING_FORBIDDEN: {
    status: 403,
    en: 'Only the owner agency may widen a marking',
    es: 'Solo la agencia propietaria puede ampliar una marca',
  },
  DERIVED_MARKING_WIDENING: {
    status: 403,
    en: 'A derived record is never wider than its inputs: widen the inputs, and the next analysis follows',
    es: 'Un registro derivado nunca es más amplio que sus insumos: amplíe los insumos y el próximo análisis los sigue',
  },
  DERIVED_MARKING_JUSTIFICATION_REQUIRED: {
    status: 400,
    en: 'Changing the marking of a derived record needs a justification, which the audit keeps',
    es: 'Cambiar la marca de un registro derivado requiere una justificación, que la auditoría conserva',
  },
  NOT_A_MARKED_TABLE: {
    status: 400,
    en: 'That kind of record carries no marking',
    es: 'Ese tipo de registro no lleva marca',
  },
  AUDIT_CHAIN_BROKEN: {
    status: 500,
    en: 'The audit chain is broken',
    es: 'La cadena de auditoría está rota',
  },
  QUERY_TIMEOUT: {
    status: 503,
    en: 'The database took too long to answer; narrow the request or try again later',
    es: 'La base de datos tardó demasiado en responder; acote la solicitud o intente más tarde',
  },
  FILE_NOT_FOUND: { status: 400, en: 'File not found', es: 'Archivo no encontrado' },
  DATA_DIR_IN_USE: {
    status: 409,
    en: 'The embedded database is in use by another process',
    es: 'La base de datos integrada está en uso por otro proceso',
  },
  DATA_DIR_UNREADABLE: {
    status: 500,
    en: 'The embedded database cannot be opened',
    es: 'No se puede abrir la base de datos integrada',
  },
  CONFIGURATION_INVALID: { status: 500, en: 'Invalid configuration', es: 'Configuración no válida' },
  INTERNAL: {
    status: 500,
    en: 'Something went wrong; quote the request id to the administrator',
    es: 'Algo falló; cite el identificador de la solicitud al administrador',
  },
} satisfies Record<string, ErrorEntry>;

import type { ErrorEntry } from './entry.ts';

/** Identity's codes beyond the foundation's: administration rules, sessions and request hardening. */
export const errors = {
  CROSS_ORIGIN_REJECTED: {
    status: 403,
    en: 'A write from another site with this session is refused',
    es: 'Se rechaza una escritura desde otro sitio con esta sesión',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    en: 'Change your password first',
    es: 'Cambie primero su contraseña',
  },
  SELF_ELEVATION_FORBIDDEN: {
    status: 403,
    en: 'An administrator cannot change their own roles',
    es: 'Un administrador no puede cambiar sus propios roles',
  },
  OUTSIDE_ADMIN_SCOPE: {
    status: 403,
    en: 'That account is outside what you may administer',
    es: 'Esa cuenta está fuera de lo que usted puede administrar',
  },
  SECOND_ADMIN_REQUIRED: {
    status: 409,
    en: 'Granting this role needs a second administrator: a request was filed for approval',
    es: 'Otorgar este rol requiere un segundo administrador: se registró una solicitud de aprobación',
  },
  OWN_REQUEST: {
    status: 403,
    en: 'A second administrator must approve this request',
    es: 'Un segundo administrador debe aprobar esta solicitud',
  },
  WRONG_PASSWORD: {
    status: 400,
    en: 'The current password is wrong',
    es: 'La contraseña actual es incorrecta',
  },
} satisfies Record<string, ErrorEntry>;

/** Generated from docs/openapi.json by web/scripts/gen-client.ts. Do not edit. */
export interface paths {
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in with a password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              token: string;
              user: {
                id: string;
                username: string;
                displayName: string;
                agency: {
                  code: string;
                  nation: string;
                  nameEn: string;
                  nameEs: string;
                };
                roles: ('analyst' | 'regulator' | 'advisor' | 'commander' | 'auditor' | 'admin')[];
                /** @enum {string} */
                locale: 'es' | 'en';
                disabled: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current user */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              username: string;
              displayName: string;
              agency: {
                code: string;
                nation: string;
                nameEn: string;
                nameEs: string;
              };
              roles: ('analyst' | 'regulator' | 'advisor' | 'commander' | 'auditor' | 'admin')[];
              /** @enum {string} */
              locale: 'es' | 'en';
              disabled: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change own preferences */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            locale: 'es' | 'en';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              username: string;
              displayName: string;
              agency: {
                code: string;
                nation: string;
                nameEn: string;
                nameEs: string;
              };
              roles: ('analyst' | 'regulator' | 'advisor' | 'commander' | 'auditor' | 'admin')[];
              /** @enum {string} */
              locale: 'es' | 'en';
              disabled: boolean;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/agencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agencies and their nations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              nation: string;
              nameEn: string;
              nameEs: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              nameEn: string;
              nameEs: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All users (admins) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              username: string;
              displayName: string;
              agency: {
                code: string;
                nation: string;
                nameEn: string;
                nameEs: string;
              };
              roles: ('analyst' | 'regulator' | 'advisor' | 'commander' | 'auditor' | 'admin')[];
              /** @enum {string} */
              locale: 'es' | 'en';
              disabled: boolean;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Create a user (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
            displayName: string;
            agency: string;
            roles: ('analyst' | 'regulator' | 'advisor' | 'commander' | 'auditor' | 'admin')[];
            password: string;
            /** @enum {string} */
            locale?: 'es' | 'en';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              username: string;
              displayName: string;
              agency: {
                code: string;
                nation: string;
                nameEn: string;
                nameEs: string;
              };
              roles: ('analyst' | 'regulator' | 'advisor' | 'commander' | 'auditor' | 'admin')[];
              /** @enum {string} */
              locale: 'es' | 'en';
              disabled: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user (admins) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            displayName?: string;
            roles?: ('analyst' | 'regulator' | 'advisor' | 'commander' | 'auditor' | 'admin')[];
            disabled?: boolean;
            password?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              username: string;
              displayName: string;
              agency: {
                code: string;
                nation: string;
                nameEn: string;
                nameEs: string;
              };
              roles: ('analyst' | 'regulator' | 'advisor' | 'commander' | 'auditor' | 'admin')[];
              /** @enum {string} */
              locale: 'es' | 'en';
              disabled: boolean;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/users/{id}/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue an API token for a machine account (admins); shown once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            label: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              token: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/markings/{table}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a record's TLP and releasability (owner agency only; audited) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          table: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            tlp: 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
            releasableTo: string[];
            recipients: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ownerAgency: string;
              /** @enum {string} */
              tlp: 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
              releasableTo: string[];
              recipients: string[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Audit trail, newest first (auditors) */
    get: {
      parameters: {
        query?: {
          action?: string;
          table?: string;
          user?: string;
          subjectId?: string;
          beforeSeq?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              seq: number;
              at: string;
              actorUser: string | null;
              actorAgency: string | null;
              actorNation: string | null;
              action: string;
              subjectTable: string | null;
              subjectIds: string[];
              requestId: string | null;
              detail: {
                [key: string]: unknown;
              };
              hash: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Verify the whole hash chain (auditors) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              entries: number;
              ok: boolean;
              broken: {
                seq: number;
                reason: string;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reports the caller may see, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              body: string;
              marking: {
                ownerAgency: string;
                /** @enum {string} */
                tlp: 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
                releasableTo: string[];
                recipients: string[];
              };
              createdBy: string | null;
              createdAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Write a report owned by the caller’s agency */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            body: string;
            marking: {
              /** @enum {string} */
              tlp: 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
              releasableTo: string[];
              recipients: string[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              body: string;
              marking: {
                ownerAgency: string;
                /** @enum {string} */
                tlp: 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
                releasableTo: string[];
                recipients: string[];
              };
              createdBy: string | null;
              createdAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One report */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              body: string;
              marking: {
                ownerAgency: string;
                /** @enum {string} */
                tlp: 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
                releasableTo: string[];
                recipients: string[];
              };
              createdBy: string | null;
              createdAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

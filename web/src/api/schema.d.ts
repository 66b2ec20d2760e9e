// Generated from /openapi.json by `npm run generate:api` (openapi-typescript); do not edit.
// test/api-client.test.ts fails when this file and the served document differ.

export interface paths {
  '/api/v1/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who you are signed in as, and the CSRF token */
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
              user: {
                /** Format: uuid */
                id: string;
                email: string;
                displayName: string;
                /** @enum {unknown} */
                role:
                  | 'publisher-owner'
                  | 'publisher-admin'
                  | 'publisher-member'
                  | 'rewards-team'
                  | 'program-admin';
                /** Format: uuid */
                publisherId: string | null;
              };
              /** @description What the user's role may do (the permissions routes declare): the portal shows only the actions allowed. */
              permissions: (
                | 'read'
                | 'publisher:manage'
                | 'publisher:security'
                | 'publisher:request'
                | 'conversations:reply'
                | 'webhooks:manage'
                | 'program:admin'
                | 'offers:publish'
                | 'billed-sales:write'
                | 'feed:read'
                | 'tasks:work'
                | 'engagement:opt-out'
              )[];
              /** @description Send it as X-CSRF-Token with every change made with this session. */
              csrfToken: string;
              /** Format: date-time */
              expiresAt: string;
              /** @description The person must set up two-step sign-in before anything else (staff, or a publisher that requires it). */
              mfaEnrolmentRequired?: boolean;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Sign in with email and password; sets the session cookie, or (202) asks for the second factor */
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
            email: string;
            password: string;
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
              user: {
                /** Format: uuid */
                id: string;
                email: string;
                displayName: string;
                /** @enum {unknown} */
                role:
                  | 'publisher-owner'
                  | 'publisher-admin'
                  | 'publisher-member'
                  | 'rewards-team'
                  | 'program-admin';
                /** Format: uuid */
                publisherId: string | null;
              };
              /** @description What the user's role may do (the permissions routes declare): the portal shows only the actions allowed. */
              permissions: (
                | 'read'
                | 'publisher:manage'
                | 'publisher:security'
                | 'publisher:request'
                | 'conversations:reply'
                | 'webhooks:manage'
                | 'program:admin'
                | 'offers:publish'
                | 'billed-sales:write'
                | 'feed:read'
                | 'tasks:work'
                | 'engagement:opt-out'
              )[];
              /** @description Send it as X-CSRF-Token with every change made with this session. */
              csrfToken: string;
              /** Format: date-time */
              expiresAt: string;
              /** @description The person must set up two-step sign-in before anything else (staff, or a publisher that requires it). */
              mfaEnrolmentRequired?: boolean;
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              mfaRequired: true;
              /** @description Send it with the code to POST /api/v1/session/mfa. */
              challenge: string;
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    /** Sign out: ends the session at once */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/session/mfa': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in, second step: the challenge and a code from the authenticator app (or a recovery code) */
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
            challenge: string;
            code: string;
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
              user: {
                /** Format: uuid */
                id: string;
                email: string;
                displayName: string;
                /** @enum {unknown} */
                role:
                  | 'publisher-owner'
                  | 'publisher-admin'
                  | 'publisher-member'
                  | 'rewards-team'
                  | 'program-admin';
                /** Format: uuid */
                publisherId: string | null;
              };
              /** @description What the user's role may do (the permissions routes declare): the portal shows only the actions allowed. */
              permissions: (
                | 'read'
                | 'publisher:manage'
                | 'publisher:security'
                | 'publisher:request'
                | 'conversations:reply'
                | 'webhooks:manage'
                | 'program:admin'
                | 'offers:publish'
                | 'billed-sales:write'
                | 'feed:read'
                | 'tasks:work'
                | 'engagement:opt-out'
              )[];
              /** @description Send it as X-CSRF-Token with every change made with this session. */
              csrfToken: string;
              /** Format: date-time */
              expiresAt: string;
              /** @description The person must set up two-step sign-in before anything else (staff, or a publisher that requires it). */
              mfaEnrolmentRequired?: boolean;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your account: whether two-step sign-in is on, required, and how many recovery codes are left */
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
              mfa: {
                enabled: boolean;
                /** @description Whether the person must have it: staff (when the service requires it) or a publisher that requires it. */
                required: boolean;
                recoveryCodesLeft: number;
              };
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/account/mfa/enrolment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start setting up two-step sign-in: a new secret, as a QR code and as text, shown only now */
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
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The base32 secret, for typing into an app; shown only now. */
              secret: string;
              /** @description The otpauth:// address the QR code holds. */
              uri: string;
              /** @description The QR code as an SVG data URL. */
              qrCode: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/account/mfa/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn two-step sign-in on with a first code from the app; answers ten recovery codes, once */
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
            code: string;
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
              /** @description Ten one-time codes, each good for one sign-in without the app; shown only now. */
              recoveryCodes: string[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/account/mfa/removal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn two-step sign-in off, with a code from the app or a recovery code */
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
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/account/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change your password (the current one required); ends every other session of yours */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
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
              ended: number;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/account/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your open sessions: browser, address, when signed in and last seen */
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
              items: {
                /** Format: uuid */
                id: string;
                userAgent: string | null;
                ip: string | null;
                /** Format: date-time */
                signedInAt: string;
                /** Format: date-time */
                lastSeenAt: string;
                /** @description The session this request came with. */
                current: boolean;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/account/sessions/{sessionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** End one of your sessions (that browser is signed out at its next request) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/account/sessions/others/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End every session of yours but this one */
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
          content: {
            'application/json': {
              ended: number;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/mfa-requirement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the publisher requires two-step sign-in of its users */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              /** @description Every user of the publisher must set up two-step sign-in. */
              required: boolean;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    /** Require two-step sign-in of the publisher's users (its owners and program admins decide) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Every user of the publisher must set up two-step sign-in. */
            required: boolean;
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
              /** @description Every user of the publisher must set up two-step sign-in. */
              required: boolean;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/auth/methods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How people can sign in here: the sign-in page offers single sign-on only when it is set up */
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
              /** @description Always true: email address and password. */
              password: boolean;
              /** @description Whether single sign-on (OpenID Connect) is configured. */
              sso: boolean;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/auth/oidc/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sign in with the company's identity provider (redirects there) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where the identity provider sends the user back; signs in and redirects to the portal */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/invitations/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * What an invitation link is: who invited whom, to which publisher, and whether it still works
     * @description A POST, so that the token travels in the body and never in a URL that a log keeps.
     */
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
            token: string;
          };
        };
      };
      responses: {
        /** @description What an invitation link opens; no details for an unknown token. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {unknown} */
              state: 'open' | 'accepted' | 'expired' | 'revoked' | 'replaced' | 'unknown';
              invitation: {
                email: string;
                displayName: string;
                /** @enum {unknown} */
                role:
                  | 'publisher-owner'
                  | 'publisher-admin'
                  | 'publisher-member'
                  | 'rewards-team'
                  | 'program-admin';
                /** @description Null for the rewards team and program admins. */
                publisherName: string | null;
                /** @description Null when invited from the command line. */
                invitedByName: string | null;
                /** @description The language the inviter chose (BCP 47). */
                language: string;
                /** Format: date-time */
                expiresAt: string;
              } | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set your password (and name) through an invitation link, and sign in */
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
            token: string;
            password: string;
            displayName?: string;
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
              user: {
                /** Format: uuid */
                id: string;
                email: string;
                displayName: string;
                /** @enum {unknown} */
                role:
                  | 'publisher-owner'
                  | 'publisher-admin'
                  | 'publisher-member'
                  | 'rewards-team'
                  | 'program-admin';
                /** Format: uuid */
                publisherId: string | null;
              };
              /** @description What the user's role may do (the permissions routes declare): the portal shows only the actions allowed. */
              permissions: (
                | 'read'
                | 'publisher:manage'
                | 'publisher:security'
                | 'publisher:request'
                | 'conversations:reply'
                | 'webhooks:manage'
                | 'program:admin'
                | 'offers:publish'
                | 'billed-sales:write'
                | 'feed:read'
                | 'tasks:work'
                | 'engagement:opt-out'
              )[];
              /** @description Send it as X-CSRF-Token with every change made with this session. */
              csrfToken: string;
              /** Format: date-time */
              expiresAt: string;
              /** @description The person must set up two-step sign-in before anything else (staff, or a publisher that requires it). */
              mfaEnrolmentRequired?: boolean;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/api-tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** API tokens with their last use */
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
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                scopes: string[];
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                lastUsedAt: string | null;
                /** Format: date-time */
                revokedAt: string | null;
                /** Format: date-time */
                expiresAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Create an API token with scopes; the token is shown once */
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
            name: string;
            scopes: ('offers:write' | 'billed-sales:write')[];
            /**
             * @description Days until the token stops working: 1 to 365, 90 unless given.
             * @default 90
             */
            expiresInDays?: number;
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
              /** Format: uuid */
              id: string;
              name: string;
              scopes: string[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              lastUsedAt: string | null;
              /** Format: date-time */
              revokedAt: string | null;
              /** Format: date-time */
              expiresAt: string;
              /** @description Shown once; only its hash is kept. */
              token: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/api-tokens/{tokenId}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke an API token at once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          tokenId: string;
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
              /** Format: uuid */
              id: string;
              name: string;
              scopes: string[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              lastUsedAt: string | null;
              /** Format: date-time */
              revokedAt: string | null;
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Rewards team members and program admins (whom work can be assigned to) */
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
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                publisherId: string | null;
                email: string;
                displayName: string;
                /** @enum {unknown} */
                role:
                  | 'publisher-owner'
                  | 'publisher-admin'
                  | 'publisher-member'
                  | 'rewards-team'
                  | 'program-admin';
                /** @description False once deactivated; a pending person is active (may accept). */
                active: boolean;
                /**
                 * @description Pending until the person accepts their invitation (sets a password or signs in with SSO).
                 * @enum {unknown}
                 */
                status: 'pending' | 'active' | 'deactivated';
                /** @description A pending person's latest invitation; null for everyone else. */
                pendingInvitation: {
                  /** Format: date-time */
                  expiresAt: string;
                  /** @enum {unknown} */
                  state: 'open' | 'expired' | 'revoked';
                  language: string;
                } | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                deactivatedAt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Invite a rewards team member or program admin: pending until they accept the mailed link */
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
            /** Format: email */
            email: string;
            displayName: string;
            /** @enum {unknown} */
            role: 'rewards-team' | 'program-admin';
            /**
             * @description The invitation's language (its mail and the page its link opens); default the inviter's.
             * @enum {unknown}
             */
            language?: 'en' | 'zh-TW' | 'ja' | 'ko' | 'de' | 'fr' | 'es' | 'pt-BR';
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string | null;
              email: string;
              displayName: string;
              /** @enum {unknown} */
              role:
                'publisher-owner' | 'publisher-admin' | 'publisher-member' | 'rewards-team' | 'program-admin';
              /** @description False once deactivated; a pending person is active (may accept). */
              active: boolean;
              /**
               * @description Pending until the person accepts their invitation (sets a password or signs in with SSO).
               * @enum {unknown}
               */
              status: 'pending' | 'active' | 'deactivated';
              /** @description A pending person's latest invitation; null for everyone else. */
              pendingInvitation: {
                /** Format: date-time */
                expiresAt: string;
                /** @enum {unknown} */
                state: 'open' | 'expired' | 'revoked';
                language: string;
              } | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deactivatedAt: string | null;
              /** @description A one-time link for the user to set a password; shown once. */
              invitation: {
                /** @description Shown once: the one-time secret of the link. */
                token: string;
                url: string;
                /** Format: date-time */
                expiresAt: string;
              };
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/staff/{userId}/invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a pending staff member a new invitation (the old link stops working) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description The invitation's language (its mail and the page its link opens); default the inviter's.
             * @enum {unknown}
             */
            language?: 'en' | 'zh-TW' | 'ja' | 'ko' | 'de' | 'fr' | 'es' | 'pt-BR';
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string | null;
              email: string;
              displayName: string;
              /** @enum {unknown} */
              role:
                'publisher-owner' | 'publisher-admin' | 'publisher-member' | 'rewards-team' | 'program-admin';
              /** @description False once deactivated; a pending person is active (may accept). */
              active: boolean;
              /**
               * @description Pending until the person accepts their invitation (sets a password or signs in with SSO).
               * @enum {unknown}
               */
              status: 'pending' | 'active' | 'deactivated';
              /** @description A pending person's latest invitation; null for everyone else. */
              pendingInvitation: {
                /** Format: date-time */
                expiresAt: string;
                /** @enum {unknown} */
                state: 'open' | 'expired' | 'revoked';
                language: string;
              } | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deactivatedAt: string | null;
              /** @description A one-time link for the user to set a password; shown once. */
              invitation: {
                /** @description Shown once: the one-time secret of the link. */
                token: string;
                url: string;
                /** Format: date-time */
                expiresAt: string;
              };
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    /** Withdraw a pending staff member's invitation: its link stops working */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string | null;
              email: string;
              displayName: string;
              /** @enum {unknown} */
              role:
                'publisher-owner' | 'publisher-admin' | 'publisher-member' | 'rewards-team' | 'program-admin';
              /** @description False once deactivated; a pending person is active (may accept). */
              active: boolean;
              /**
               * @description Pending until the person accepts their invitation (sets a password or signs in with SSO).
               * @enum {unknown}
               */
              status: 'pending' | 'active' | 'deactivated';
              /** @description A pending person's latest invitation; null for everyone else. */
              pendingInvitation: {
                /** Format: date-time */
                expiresAt: string;
                /** @enum {unknown} */
                state: 'open' | 'expired' | 'revoked';
                language: string;
              } | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deactivatedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff/{userId}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a staff member: their sessions end and their API tokens are revoked at once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string | null;
              email: string;
              displayName: string;
              /** @enum {unknown} */
              role:
                'publisher-owner' | 'publisher-admin' | 'publisher-member' | 'rewards-team' | 'program-admin';
              /** @description False once deactivated; a pending person is active (may accept). */
              active: boolean;
              /**
               * @description Pending until the person accepts their invitation (sets a password or signs in with SSO).
               * @enum {unknown}
               */
              status: 'pending' | 'active' | 'deactivated';
              /** @description A pending person's latest invitation; null for everyone else. */
              pendingInvitation: {
                /** Format: date-time */
                expiresAt: string;
                /** @enum {unknown} */
                state: 'open' | 'expired' | 'revoked';
                language: string;
              } | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deactivatedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Email, token name or id of who acted. */
          actor?: string;
          publisherId?: string;
          outcome?: 'success' | 'denied' | 'failure';
          /** @description Substring of the action, such as sign-in. */
          action?: string;
          from?: string;
          to?: string;
          /** @description Page: entries older than this id. */
          before?: number;
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
              items: {
                id: number;
                /** Format: date-time */
                at: string;
                actorType: string;
                /** Format: uuid */
                actorId: string | null;
                actorLabel: string | null;
                actorRole: string | null;
                action: string;
                outcome: string;
                status: number | null;
                objectType: string | null;
                objectId: string | null;
                /** Format: uuid */
                publisherId: string | null;
                ip: string | null;
                userAgent: string | null;
                requestId: string | null;
                detail: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail as CSV (same filters; at most 100,000 rows) */
    get: {
      parameters: {
        query?: {
          /** @description Email, token name or id of who acted. */
          actor?: string;
          publisherId?: string;
          outcome?: 'success' | 'denied' | 'failure';
          /** @description Substring of the action, such as sign-in. */
          action?: string;
          from?: string;
          to?: string;
          /** @description Page: entries older than this id. */
          before?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/csv */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/program': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The program in force now (tiers, benefits, windows) and the stored versions */
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
              inForce: {
                version: string;
                name: string;
                effectiveFrom: string;
                completeBy: string | null;
                windows: {
                  contactPromiseDays: number;
                  welcomeWindowDays: number;
                  oneTimeExpiryMonths: number;
                  trailingMonths: number;
                  dueSoonHours: number;
                };
                listingOptions: {
                  /** @enum {unknown} */
                  'contact-me': 'list' | 'trial' | 'consulting' | 'transact';
                  /** @enum {unknown} */
                  byol: 'list' | 'trial' | 'consulting' | 'transact';
                  /** @enum {unknown} */
                  free: 'list' | 'trial' | 'consulting' | 'transact';
                  /** @enum {unknown} */
                  'get-it-now': 'list' | 'trial' | 'consulting' | 'transact';
                  /** @enum {unknown} */
                  'free-trial': 'list' | 'trial' | 'consulting' | 'transact';
                  /** @enum {unknown} */
                  'test-drive': 'list' | 'trial' | 'consulting' | 'transact';
                  /** @enum {unknown} */
                  consulting: 'list' | 'trial' | 'consulting' | 'transact';
                  /** @enum {unknown} */
                  transact: 'list' | 'trial' | 'consulting' | 'transact';
                };
                tiers: {
                  id: string;
                  name: string;
                  thresholdUsdCents: number;
                }[];
                benefits: {
                  id: string;
                  name: string;
                  description: string;
                  /** @enum {unknown} */
                  category: 'sales-and-marketing' | 'technical';
                  /** @enum {unknown} */
                  kind: 'marketing' | 'sales' | 'sponsorship' | 'technical';
                  listingTypes: ('list' | 'trial' | 'consulting' | 'transact')[];
                  minTier: string;
                  prerequisites: ('listing-optimization-completed' | 'co-sell-ready')[];
                  exclusions: ('byol' | 'private')[];
                  availableIn?: string[];
                  amountsByTier?: {
                    [key: string]: number;
                  };
                  /** @enum {unknown} */
                  activation: 'activate' | 'request';
                }[];
                marketingContacts: {
                  max: number;
                  catchAllLocalParts: string[];
                };
                languages: string[];
                sponsorships?: {
                  grantMonths: number;
                  stacking: boolean;
                  reminderDays: number;
                };
              };
              versions: {
                version: string;
                effectiveFrom: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/program/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a program version (a program file as JSON): immutable once stored, in force from its effectiveFrom (today or later) */
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
            version: string;
            name: string;
            effectiveFrom: string;
            completeBy: string | null;
            windows: {
              contactPromiseDays: number;
              welcomeWindowDays: number;
              oneTimeExpiryMonths: number;
              trailingMonths: number;
              dueSoonHours: number;
            };
            listingOptions: {
              /** @enum {unknown} */
              'contact-me': 'list' | 'trial' | 'consulting' | 'transact';
              /** @enum {unknown} */
              byol: 'list' | 'trial' | 'consulting' | 'transact';
              /** @enum {unknown} */
              free: 'list' | 'trial' | 'consulting' | 'transact';
              /** @enum {unknown} */
              'get-it-now': 'list' | 'trial' | 'consulting' | 'transact';
              /** @enum {unknown} */
              'free-trial': 'list' | 'trial' | 'consulting' | 'transact';
              /** @enum {unknown} */
              'test-drive': 'list' | 'trial' | 'consulting' | 'transact';
              /** @enum {unknown} */
              consulting: 'list' | 'trial' | 'consulting' | 'transact';
              /** @enum {unknown} */
              transact: 'list' | 'trial' | 'consulting' | 'transact';
            };
            tiers: {
              id: string;
              name: string;
              thresholdUsdCents: number;
            }[];
            benefits: {
              id: string;
              name: string;
              description: string;
              /** @enum {unknown} */
              category: 'sales-and-marketing' | 'technical';
              /** @enum {unknown} */
              kind: 'marketing' | 'sales' | 'sponsorship' | 'technical';
              listingTypes: ('list' | 'trial' | 'consulting' | 'transact')[];
              minTier: string;
              prerequisites: ('listing-optimization-completed' | 'co-sell-ready')[];
              exclusions: ('byol' | 'private')[];
              availableIn?: string[];
              amountsByTier?: {
                [key: string]: number;
              };
              /** @enum {unknown} */
              activation: 'activate' | 'request';
            }[];
            marketingContacts: {
              max: number;
              catchAllLocalParts: string[];
            };
            languages: string[];
            sponsorships?: {
              grantMonths: number;
              stacking: boolean;
              reminderDays: number;
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
              version: string;
              effectiveFrom: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/program/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A stored program version as a file, to keep as code or to start the next one from */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          version: string;
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
              version: string;
              name: string;
              effectiveFrom: string;
              completeBy: string | null;
              windows: {
                contactPromiseDays: number;
                welcomeWindowDays: number;
                oneTimeExpiryMonths: number;
                trailingMonths: number;
                dueSoonHours: number;
              };
              listingOptions: {
                /** @enum {unknown} */
                'contact-me': 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                byol: 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                free: 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                'get-it-now': 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                'free-trial': 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                'test-drive': 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                consulting: 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                transact: 'list' | 'trial' | 'consulting' | 'transact';
              };
              tiers: {
                id: string;
                name: string;
                thresholdUsdCents: number;
              }[];
              benefits: {
                id: string;
                name: string;
                description: string;
                /** @enum {unknown} */
                category: 'sales-and-marketing' | 'technical';
                /** @enum {unknown} */
                kind: 'marketing' | 'sales' | 'sponsorship' | 'technical';
                listingTypes: ('list' | 'trial' | 'consulting' | 'transact')[];
                minTier: string;
                prerequisites: ('listing-optimization-completed' | 'co-sell-ready')[];
                exclusions: ('byol' | 'private')[];
                availableIn?: string[];
                amountsByTier?: {
                  [key: string]: number;
                };
                /** @enum {unknown} */
                activation: 'activate' | 'request';
              }[];
              marketingContacts: {
                max: number;
                catchAllLocalParts: string[];
              };
              languages: string[];
              sponsorships?: {
                grantMonths: number;
                stacking: boolean;
                reminderDays: number;
              };
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/program/drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Program drafts: the next versions being edited, most recently saved first */
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
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @description The document's version name, when it has one. */
                version: string | null;
                /** @description The version in force when the draft was made. */
                basedOn: string | null;
                revision: number;
                createdBy: string;
                /** Format: date-time */
                createdAt: string;
                updatedBy: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Start a draft: a copy of the version in force, or an imported program file (saved whatever its problems, which come back with it) */
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
            name: string;
            /** @description A program file to start from; absent: a copy of the version in force. */
            document?: {
              [key: string]: unknown;
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
              /** Format: uuid */
              id: string;
              name: string;
              /** @description The document's version name, when it has one. */
              version: string | null;
              /** @description The version in force when the draft was made. */
              basedOn: string | null;
              revision: number;
              createdBy: string;
              /** Format: date-time */
              createdAt: string;
              updatedBy: string;
              /** Format: date-time */
              updatedAt: string;
              /** @description A program document (the shape of a program file), possibly incomplete while it is a draft. */
              document: {
                [key: string]: unknown;
              };
              /** @description Every problem at once, as a program file is checked; publishing refuses a draft with any. */
              problems: {
                /** @description JSON pointer of the field inside the document ("/" for the whole). */
                path: string;
                /** @description What is wrong, in English. */
                message: string;
                /** @description What is wrong, as a stable code: a schema keyword (minimum, pattern, required) or a rule. */
                code: string;
                params?: {
                  [key: string]: string | number;
                };
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/program/drafts/{draftId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A draft with its document and every problem in it, each by JSON pointer into the document */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          draftId: string;
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
              /** Format: uuid */
              id: string;
              name: string;
              /** @description The document's version name, when it has one. */
              version: string | null;
              /** @description The version in force when the draft was made. */
              basedOn: string | null;
              revision: number;
              createdBy: string;
              /** Format: date-time */
              createdAt: string;
              updatedBy: string;
              /** Format: date-time */
              updatedAt: string;
              /** @description A program document (the shape of a program file), possibly incomplete while it is a draft. */
              document: {
                [key: string]: unknown;
              };
              /** @description Every problem at once, as a program file is checked; publishing refuses a draft with any. */
              problems: {
                /** @description JSON pointer of the field inside the document ("/" for the whole). */
                path: string;
                /** @description What is wrong, in English. */
                message: string;
                /** @description What is wrong, as a stable code: a schema keyword (minimum, pattern, required) or a rule. */
                code: string;
                params?: {
                  [key: string]: string | number;
                };
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    /** Save a draft whole, over the revision it was read at (409 draft-changed if someone saved it since); its problems come back */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          draftId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The revision this edit started from: a draft saved since by someone else answers 409. */
            revision: number;
            name: string;
            /** @description A program document (the shape of a program file), possibly incomplete while it is a draft. */
            document: {
              [key: string]: unknown;
            };
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
              /** Format: uuid */
              id: string;
              name: string;
              /** @description The document's version name, when it has one. */
              version: string | null;
              /** @description The version in force when the draft was made. */
              basedOn: string | null;
              revision: number;
              createdBy: string;
              /** Format: date-time */
              createdAt: string;
              updatedBy: string;
              /** Format: date-time */
              updatedAt: string;
              /** @description A program document (the shape of a program file), possibly incomplete while it is a draft. */
              document: {
                [key: string]: unknown;
              };
              /** @description Every problem at once, as a program file is checked; publishing refuses a draft with any. */
              problems: {
                /** @description JSON pointer of the field inside the document ("/" for the whole). */
                path: string;
                /** @description What is wrong, in English. */
                message: string;
                /** @description What is wrong, as a stable code: a schema keyword (minimum, pattern, required) or a rule. */
                code: string;
                params?: {
                  [key: string]: string | number;
                };
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    /** Delete a draft (published versions stay) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          draftId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/program/drafts/{draftId}/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the draft changes against the version in force, each change in words */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          draftId: string;
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
              /** @description The version in force the draft is compared with. */
              against: string;
              changes: {
                /** @enum {unknown} */
                subject:
                  | 'program'
                  | 'windows'
                  | 'listing-option'
                  | 'tier'
                  | 'benefit'
                  | 'marketing-contacts'
                  | 'languages'
                  | 'sponsorships';
                id: string;
                name: string;
                field: string;
                tierId?: string;
                /** @enum {unknown} */
                kind: 'added' | 'removed' | 'changed';
                before: string | number | boolean | string[] | null;
                after: string | number | boolean | string[] | null;
                /** @description The change in English words. */
                text: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/program/drafts/{draftId}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A draft's document as a program file, to keep as code */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          draftId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A program document (the shape of a program file), possibly incomplete while it is a draft. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/program/drafts/{draftId}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a draft as an immutable version in force from effectiveFrom (today or later); the draft is then removed */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          draftId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            revision: number;
            /**
             * Format: date
             * @description The day the version takes effect: today or later (UTC).
             */
            effectiveFrom: string;
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
              version: string;
              effectiveFrom: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/program/simulations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What if: a program document at its effectiveFrom, or one change to the version in force, run on the ledger without storing anything: tier moves, benefits unlocked, lost and kept by grandfathering, sponsorship dollars, affected publishers */
    post: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description Either `program`, a whole program document as POST /program/versions takes it, simulated at its effectiveFrom; or `change` (with `effectiveFrom`), applied to the version in force */
      requestBody: {
        content: {
          'application/json': {
            program?: {
              version: string;
              name: string;
              effectiveFrom: string;
              completeBy: string | null;
              windows: {
                contactPromiseDays: number;
                welcomeWindowDays: number;
                oneTimeExpiryMonths: number;
                trailingMonths: number;
                dueSoonHours: number;
              };
              listingOptions: {
                /** @enum {unknown} */
                'contact-me': 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                byol: 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                free: 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                'get-it-now': 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                'free-trial': 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                'test-drive': 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                consulting: 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                transact: 'list' | 'trial' | 'consulting' | 'transact';
              };
              tiers: {
                id: string;
                name: string;
                thresholdUsdCents: number;
              }[];
              benefits: {
                id: string;
                name: string;
                description: string;
                /** @enum {unknown} */
                category: 'sales-and-marketing' | 'technical';
                /** @enum {unknown} */
                kind: 'marketing' | 'sales' | 'sponsorship' | 'technical';
                listingTypes: ('list' | 'trial' | 'consulting' | 'transact')[];
                minTier: string;
                prerequisites: ('listing-optimization-completed' | 'co-sell-ready')[];
                exclusions: ('byol' | 'private')[];
                availableIn?: string[];
                amountsByTier?: {
                  [key: string]: number;
                };
                /** @enum {unknown} */
                activation: 'activate' | 'request';
              }[];
              marketingContacts: {
                max: number;
                catchAllLocalParts: string[];
              };
              languages: string[];
              sponsorships?: {
                grantMonths: number;
                stacking: boolean;
                reminderDays: number;
              };
            };
            change?: {
              /**
               * @description tier-threshold: `tierId` gets `thresholdUsdCents`; benefit-min-tier: `benefitId` unlocks from `tierId`; sponsorship-amount: `benefitId` gives `amountUsdCents` at `tierId`
               * @enum {unknown}
               */
              kind: 'tier-threshold' | 'benefit-min-tier' | 'sponsorship-amount';
              tierId: string;
              benefitId?: string;
              thresholdUsdCents?: number;
              amountUsdCents?: number;
            };
            /**
             * Format: date
             * @description With `change`: the day simulated (default today)
             */
            effectiveFrom?: string;
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
              version: string;
              effectiveFrom: string;
              /** @description The version in force now, which the figures compare with */
              basedOn: string;
              companies: {
                total: number;
                up: number;
                down: number;
              };
              publishers: {
                total: number;
                affected: number;
              };
              /** @description Sponsorship amounts the newly unlocked sponsorships commit, at each tier then */
              committedUsdCents: number;
              moves: {
                from: {
                  id: string;
                  name: string;
                };
                to: {
                  id: string;
                  name: string;
                };
                /** @enum {unknown} */
                direction: 'up' | 'down';
                companies: number;
              }[];
              benefits: {
                id: string;
                name: string;
                kind: string;
                newlyUnlocked: number;
                keptByGrandfathering: number;
                lost: number;
                committedUsdCents: number;
              }[];
              /** @description The first `limit` affected publishers, by name */
              affected: {
                total: number;
                items: {
                  id: string;
                  name: string;
                  mpnId: string;
                  tierNow: {
                    id: string;
                    name: string;
                  };
                  tierThen: {
                    id: string;
                    name: string;
                  };
                  gains: {
                    id: string;
                    name: string;
                  }[];
                  loses: {
                    id: string;
                    name: string;
                  }[];
                  keptByGrandfathering: {
                    id: string;
                    name: string;
                  }[];
                  committedUsdCents: number;
                }[];
              };
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/program/simulations/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The same simulation, every affected publisher as CSV */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description Either `program`, a whole program document as POST /program/versions takes it, simulated at its effectiveFrom; or `change` (with `effectiveFrom`), applied to the version in force */
      requestBody: {
        content: {
          'application/json': {
            program?: {
              version: string;
              name: string;
              effectiveFrom: string;
              completeBy: string | null;
              windows: {
                contactPromiseDays: number;
                welcomeWindowDays: number;
                oneTimeExpiryMonths: number;
                trailingMonths: number;
                dueSoonHours: number;
              };
              listingOptions: {
                /** @enum {unknown} */
                'contact-me': 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                byol: 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                free: 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                'get-it-now': 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                'free-trial': 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                'test-drive': 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                consulting: 'list' | 'trial' | 'consulting' | 'transact';
                /** @enum {unknown} */
                transact: 'list' | 'trial' | 'consulting' | 'transact';
              };
              tiers: {
                id: string;
                name: string;
                thresholdUsdCents: number;
              }[];
              benefits: {
                id: string;
                name: string;
                description: string;
                /** @enum {unknown} */
                category: 'sales-and-marketing' | 'technical';
                /** @enum {unknown} */
                kind: 'marketing' | 'sales' | 'sponsorship' | 'technical';
                listingTypes: ('list' | 'trial' | 'consulting' | 'transact')[];
                minTier: string;
                prerequisites: ('listing-optimization-completed' | 'co-sell-ready')[];
                exclusions: ('byol' | 'private')[];
                availableIn?: string[];
                amountsByTier?: {
                  [key: string]: number;
                };
                /** @enum {unknown} */
                activation: 'activate' | 'request';
              }[];
              marketingContacts: {
                max: number;
                catchAllLocalParts: string[];
              };
              languages: string[];
              sponsorships?: {
                grantMonths: number;
                stacking: boolean;
                reminderDays: number;
              };
            };
            change?: {
              /**
               * @description tier-threshold: `tierId` gets `thresholdUsdCents`; benefit-min-tier: `benefitId` unlocks from `tierId`; sponsorship-amount: `benefitId` gives `amountUsdCents` at `tierId`
               * @enum {unknown}
               */
              kind: 'tier-threshold' | 'benefit-min-tier' | 'sponsorship-amount';
              tierId: string;
              benefitId?: string;
              thresholdUsdCents?: number;
              amountUsdCents?: number;
            };
            /**
             * Format: date
             * @description With `change`: the day simulated (default today)
             */
            effectiveFrom?: string;
          };
        };
      };
      responses: {
        /** @description text/csv */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find publishers by a part of their name, MPN ID or an email address, a page by name
     * @description Staff find among every publisher, a publisher's user its own. Pages of `limit` (50 by default), `offset` publishers in; `hasMore` says whether another page follows.
     */
    get: {
      parameters: {
        query?: {
          /** @description A part of the company name, the MPN ID, or an email address (the account, a user, a marketing contact), in any case. A publisher's user finds only its own publisher. */
          q?: string;
          limit?: number;
          /** @description Publishers to skip. */
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
              items: {
                /** Format: uuid */
                id: string;
                mpnId: string;
                companyName: string;
                accountEmail: string;
                /**
                 * Format: uuid
                 * @description The company whose profiles share one tier (L2).
                 */
                companyId: string;
                /** Format: date-time */
                createdAt: string;
              }[];
              /** @description Whether a page follows this one (offset + limit). */
              hasMore: boolean;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Register a publisher with its MPN ID and owner (S1) */
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
            /** @description MPN ID (Partner ID): digits only, no leading zero, so each number is registered once (S1). */
            mpnId: string;
            companyName: string;
            /** Format: email */
            accountEmail: string;
            owner: {
              /** Format: email */
              email: string;
              displayName: string;
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
              /** Format: uuid */
              id: string;
              mpnId: string;
              companyName: string;
              accountEmail: string;
              /**
               * Format: uuid
               * @description The company whose profiles share one tier (L2).
               */
              companyId: string;
              /** Format: date-time */
              createdAt: string;
              /** @description A one-time link for the user to set a password; shown once. */
              ownerInvitation: {
                /** @description Shown once: the one-time secret of the link. */
                token: string;
                url: string;
                /** Format: date-time */
                expiresAt: string;
              };
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One publisher */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              /** Format: uuid */
              id: string;
              mpnId: string;
              companyName: string;
              accountEmail: string;
              /**
               * Format: uuid
               * @description The company whose profiles share one tier (L2).
               */
              companyId: string;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/company': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Roll a publisher profile up into a company (L2): tiers count every profile's billed sales
     * @description Give the companyId of another publisher to join its company. Every tier is recomputed.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            companyId: string;
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
              /** Format: uuid */
              id: string;
              mpnId: string;
              companyName: string;
              accountEmail: string;
              /**
               * Format: uuid
               * @description The company whose profiles share one tier (L2).
               */
              companyId: string;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The publisher's users (Account settings) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                publisherId: string | null;
                email: string;
                displayName: string;
                /** @enum {unknown} */
                role:
                  | 'publisher-owner'
                  | 'publisher-admin'
                  | 'publisher-member'
                  | 'rewards-team'
                  | 'program-admin';
                /** @description False once deactivated; a pending person is active (may accept). */
                active: boolean;
                /**
                 * @description Pending until the person accepts their invitation (sets a password or signs in with SSO).
                 * @enum {unknown}
                 */
                status: 'pending' | 'active' | 'deactivated';
                /** @description A pending person's latest invitation; null for everyone else. */
                pendingInvitation: {
                  /** Format: date-time */
                  expiresAt: string;
                  /** @enum {unknown} */
                  state: 'open' | 'expired' | 'revoked';
                  language: string;
                } | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                deactivatedAt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Add a user to the publisher: pending until they accept the invitation mailed to them */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            displayName: string;
            /** @enum {unknown} */
            role: 'publisher-owner' | 'publisher-admin' | 'publisher-member';
            /**
             * @description The invitation's language (its mail and the page its link opens); default the inviter's.
             * @enum {unknown}
             */
            language?: 'en' | 'zh-TW' | 'ja' | 'ko' | 'de' | 'fr' | 'es' | 'pt-BR';
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string | null;
              email: string;
              displayName: string;
              /** @enum {unknown} */
              role:
                'publisher-owner' | 'publisher-admin' | 'publisher-member' | 'rewards-team' | 'program-admin';
              /** @description False once deactivated; a pending person is active (may accept). */
              active: boolean;
              /**
               * @description Pending until the person accepts their invitation (sets a password or signs in with SSO).
               * @enum {unknown}
               */
              status: 'pending' | 'active' | 'deactivated';
              /** @description A pending person's latest invitation; null for everyone else. */
              pendingInvitation: {
                /** Format: date-time */
                expiresAt: string;
                /** @enum {unknown} */
                state: 'open' | 'expired' | 'revoked';
                language: string;
              } | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deactivatedAt: string | null;
              /** @description A one-time link for the user to set a password; shown once. */
              invitation: {
                /** @description Shown once: the one-time secret of the link. */
                token: string;
                url: string;
                /** Format: date-time */
                expiresAt: string;
              };
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/users/{userId}/invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a pending user a new invitation (a new link, mailed again; the old link stops working) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description The invitation's language (its mail and the page its link opens); default the inviter's.
             * @enum {unknown}
             */
            language?: 'en' | 'zh-TW' | 'ja' | 'ko' | 'de' | 'fr' | 'es' | 'pt-BR';
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string | null;
              email: string;
              displayName: string;
              /** @enum {unknown} */
              role:
                'publisher-owner' | 'publisher-admin' | 'publisher-member' | 'rewards-team' | 'program-admin';
              /** @description False once deactivated; a pending person is active (may accept). */
              active: boolean;
              /**
               * @description Pending until the person accepts their invitation (sets a password or signs in with SSO).
               * @enum {unknown}
               */
              status: 'pending' | 'active' | 'deactivated';
              /** @description A pending person's latest invitation; null for everyone else. */
              pendingInvitation: {
                /** Format: date-time */
                expiresAt: string;
                /** @enum {unknown} */
                state: 'open' | 'expired' | 'revoked';
                language: string;
              } | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deactivatedAt: string | null;
              /** @description A one-time link for the user to set a password; shown once. */
              invitation: {
                /** @description Shown once: the one-time secret of the link. */
                token: string;
                url: string;
                /** Format: date-time */
                expiresAt: string;
              };
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    /** Withdraw a pending user's invitation: its link stops working */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          userId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string | null;
              email: string;
              displayName: string;
              /** @enum {unknown} */
              role:
                'publisher-owner' | 'publisher-admin' | 'publisher-member' | 'rewards-team' | 'program-admin';
              /** @description False once deactivated; a pending person is active (may accept). */
              active: boolean;
              /**
               * @description Pending until the person accepts their invitation (sets a password or signs in with SSO).
               * @enum {unknown}
               */
              status: 'pending' | 'active' | 'deactivated';
              /** @description A pending person's latest invitation; null for everyone else. */
              pendingInvitation: {
                /** Format: date-time */
                expiresAt: string;
                /** @enum {unknown} */
                state: 'open' | 'expired' | 'revoked';
                language: string;
              } | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deactivatedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publishers/{publisherId}/users/{userId}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a user */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          userId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string | null;
              email: string;
              displayName: string;
              /** @enum {unknown} */
              role:
                'publisher-owner' | 'publisher-admin' | 'publisher-member' | 'rewards-team' | 'program-admin';
              /** @description False once deactivated; a pending person is active (may accept). */
              active: boolean;
              /**
               * @description Pending until the person accepts their invitation (sets a password or signs in with SSO).
               * @enum {unknown}
               */
              status: 'pending' | 'active' | 'deactivated';
              /** @description A pending person's latest invitation; null for everyone else. */
              pendingInvitation: {
                /** Format: date-time */
                expiresAt: string;
                /** @enum {unknown} */
                state: 'open' | 'expired' | 'revoked';
                language: string;
              } | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deactivatedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/offers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Offers, with the welcome clock of each live one (S3, S11) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                externalId: string;
                /** Format: uuid */
                publisherId: string;
                name: string;
                marketplace: string;
                listingOption: string;
                listingType: string;
                private: boolean;
                coSellReady: boolean;
                markets: string[];
                /** @description False while the listing of an offer a publisher added waits for confirmation: it counts for no benefit until then. */
                factsConfirmed: boolean;
                /** @description The publisher's open request to change the listing option, co-sell readiness or markets, else the last one settled. */
                changeRequest: {
                  /** Format: uuid */
                  id: string;
                  /**
                   * @description Pending until the rewards team or the marketplace feed confirms or declines it.
                   * @enum {unknown}
                   */
                  status: 'pending' | 'confirmed' | 'declined';
                  requested: {
                    /**
                     * @description How the offer is listed; the program maps it to list, trial, consulting or transact (L1).
                     * @enum {unknown}
                     */
                    listingOption?:
                      | 'contact-me'
                      | 'byol'
                      | 'free'
                      | 'get-it-now'
                      | 'free-trial'
                      | 'test-drive'
                      | 'consulting'
                      | 'transact';
                    coSellReady?: boolean;
                    markets?: string[];
                  };
                  /** Format: date-time */
                  requestedAt: string;
                  requestedByName: string | null;
                  decidedVia: ('rewards-team' | 'feed') | null;
                  /** Format: date-time */
                  decidedAt: string | null;
                  /** @description Why, as the rewards team wrote it. */
                  note: string | null;
                } | null;
                owner: {
                  /** Format: uuid */
                  id: string;
                  displayName: string;
                  email: string;
                  active: boolean;
                } | null;
                /** @enum {unknown} */
                status: 'draft' | 'live' | 'delisted';
                /** Format: date-time */
                liveAt: string | null;
                /** Format: date-time */
                delistedAt: string | null;
                /** Format: date-time */
                createdAt: string;
                welcome: {
                  /** @enum {unknown} */
                  state: 'contacted' | 'waiting' | 'overdue';
                  /** Format: date-time */
                  windowEndsAt: string;
                  /** Format: date-time */
                  contactedAt: string | null;
                  message: string;
                  /** @description Shown once the window has passed: the owner got the notification (S11). */
                  owner: {
                    /** Format: uuid */
                    id: string;
                    displayName: string;
                    email: string;
                    active: boolean;
                  } | null;
                  supportTicket: {
                    /** @enum {string} */
                    method: 'POST';
                    href: string;
                  } | null;
                } | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Add an offer (as a draft); a publisher's listing option, co-sell readiness and markets wait for confirmation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @description The marketplace's id of the offer, which billed-sales lines name; default: the offer's uuid. */
            externalId?: string;
            /** @enum {unknown} */
            marketplace: 'appsource' | 'azure-marketplace';
            /**
             * @description How the offer is listed; the program maps it to list, trial, consulting or transact (L1).
             * @enum {unknown}
             */
            listingOption:
              | 'contact-me'
              | 'byol'
              | 'free'
              | 'get-it-now'
              | 'free-trial'
              | 'test-drive'
              | 'consulting'
              | 'transact';
            /** @default false */
            private?: boolean;
            /** @default false */
            coSellReady?: boolean;
            /** @description ISO 3166 country codes where the offer is available. */
            markets?: string[];
            /** Format: uuid */
            ownerUserId?: string | null;
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
              /** Format: uuid */
              id: string;
              externalId: string;
              /** Format: uuid */
              publisherId: string;
              name: string;
              marketplace: string;
              listingOption: string;
              listingType: string;
              private: boolean;
              coSellReady: boolean;
              markets: string[];
              /** @description False while the listing of an offer a publisher added waits for confirmation: it counts for no benefit until then. */
              factsConfirmed: boolean;
              /** @description The publisher's open request to change the listing option, co-sell readiness or markets, else the last one settled. */
              changeRequest: {
                /** Format: uuid */
                id: string;
                /**
                 * @description Pending until the rewards team or the marketplace feed confirms or declines it.
                 * @enum {unknown}
                 */
                status: 'pending' | 'confirmed' | 'declined';
                requested: {
                  /**
                   * @description How the offer is listed; the program maps it to list, trial, consulting or transact (L1).
                   * @enum {unknown}
                   */
                  listingOption?:
                    | 'contact-me'
                    | 'byol'
                    | 'free'
                    | 'get-it-now'
                    | 'free-trial'
                    | 'test-drive'
                    | 'consulting'
                    | 'transact';
                  coSellReady?: boolean;
                  markets?: string[];
                };
                /** Format: date-time */
                requestedAt: string;
                requestedByName: string | null;
                decidedVia: ('rewards-team' | 'feed') | null;
                /** Format: date-time */
                decidedAt: string | null;
                /** @description Why, as the rewards team wrote it. */
                note: string | null;
              } | null;
              owner: {
                /** Format: uuid */
                id: string;
                displayName: string;
                email: string;
                active: boolean;
              } | null;
              /** @enum {unknown} */
              status: 'draft' | 'live' | 'delisted';
              /** Format: date-time */
              liveAt: string | null;
              /** Format: date-time */
              delistedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              welcome: {
                /** @enum {unknown} */
                state: 'contacted' | 'waiting' | 'overdue';
                /** Format: date-time */
                windowEndsAt: string;
                /** Format: date-time */
                contactedAt: string | null;
                message: string;
                /** @description Shown once the window has passed: the owner got the notification (S11). */
                owner: {
                  /** Format: uuid */
                  id: string;
                  displayName: string;
                  email: string;
                  active: boolean;
                } | null;
                supportTicket: {
                  /** @enum {string} */
                  method: 'POST';
                  href: string;
                } | null;
              } | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/offers/{offerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One offer */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          offerId: string;
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
              /** Format: uuid */
              id: string;
              externalId: string;
              /** Format: uuid */
              publisherId: string;
              name: string;
              marketplace: string;
              listingOption: string;
              listingType: string;
              private: boolean;
              coSellReady: boolean;
              markets: string[];
              /** @description False while the listing of an offer a publisher added waits for confirmation: it counts for no benefit until then. */
              factsConfirmed: boolean;
              /** @description The publisher's open request to change the listing option, co-sell readiness or markets, else the last one settled. */
              changeRequest: {
                /** Format: uuid */
                id: string;
                /**
                 * @description Pending until the rewards team or the marketplace feed confirms or declines it.
                 * @enum {unknown}
                 */
                status: 'pending' | 'confirmed' | 'declined';
                requested: {
                  /**
                   * @description How the offer is listed; the program maps it to list, trial, consulting or transact (L1).
                   * @enum {unknown}
                   */
                  listingOption?:
                    | 'contact-me'
                    | 'byol'
                    | 'free'
                    | 'get-it-now'
                    | 'free-trial'
                    | 'test-drive'
                    | 'consulting'
                    | 'transact';
                  coSellReady?: boolean;
                  markets?: string[];
                };
                /** Format: date-time */
                requestedAt: string;
                requestedByName: string | null;
                decidedVia: ('rewards-team' | 'feed') | null;
                /** Format: date-time */
                decidedAt: string | null;
                /** @description Why, as the rewards team wrote it. */
                note: string | null;
              } | null;
              owner: {
                /** Format: uuid */
                id: string;
                displayName: string;
                email: string;
                active: boolean;
              } | null;
              /** @enum {unknown} */
              status: 'draft' | 'live' | 'delisted';
              /** Format: date-time */
              liveAt: string | null;
              /** Format: date-time */
              delistedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              welcome: {
                /** @enum {unknown} */
                state: 'contacted' | 'waiting' | 'overdue';
                /** Format: date-time */
                windowEndsAt: string;
                /** Format: date-time */
                contactedAt: string | null;
                message: string;
                /** @description Shown once the window has passed: the owner got the notification (S11). */
                owner: {
                  /** Format: uuid */
                  id: string;
                  displayName: string;
                  email: string;
                  active: boolean;
                } | null;
                supportTicket: {
                  /** @enum {string} */
                  method: 'POST';
                  href: string;
                } | null;
              } | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
    /** Change an offer's name, owner or privacy; ask for a change of its listing option, co-sell readiness or markets */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          offerId: string;
        };
        cookie?: never;
      };
      /** @description A publisher's change to the listing option, co-sell readiness or markets is a request (`changeRequest`) that the rewards team or the marketplace feed confirms; until then the offer keeps the confirmed facts. A program admin changes them at once. */
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            private?: boolean;
            /**
             * @description How the offer is listed; the program maps it to list, trial, consulting or transact (L1).
             * @enum {unknown}
             */
            listingOption?:
              | 'contact-me'
              | 'byol'
              | 'free'
              | 'get-it-now'
              | 'free-trial'
              | 'test-drive'
              | 'consulting'
              | 'transact';
            coSellReady?: boolean;
            /** @description ISO 3166 country codes where the offer is available. */
            markets?: string[];
            /** Format: uuid */
            ownerUserId?: string | null;
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
              /** Format: uuid */
              id: string;
              externalId: string;
              /** Format: uuid */
              publisherId: string;
              name: string;
              marketplace: string;
              listingOption: string;
              listingType: string;
              private: boolean;
              coSellReady: boolean;
              markets: string[];
              /** @description False while the listing of an offer a publisher added waits for confirmation: it counts for no benefit until then. */
              factsConfirmed: boolean;
              /** @description The publisher's open request to change the listing option, co-sell readiness or markets, else the last one settled. */
              changeRequest: {
                /** Format: uuid */
                id: string;
                /**
                 * @description Pending until the rewards team or the marketplace feed confirms or declines it.
                 * @enum {unknown}
                 */
                status: 'pending' | 'confirmed' | 'declined';
                requested: {
                  /**
                   * @description How the offer is listed; the program maps it to list, trial, consulting or transact (L1).
                   * @enum {unknown}
                   */
                  listingOption?:
                    | 'contact-me'
                    | 'byol'
                    | 'free'
                    | 'get-it-now'
                    | 'free-trial'
                    | 'test-drive'
                    | 'consulting'
                    | 'transact';
                  coSellReady?: boolean;
                  markets?: string[];
                };
                /** Format: date-time */
                requestedAt: string;
                requestedByName: string | null;
                decidedVia: ('rewards-team' | 'feed') | null;
                /** Format: date-time */
                decidedAt: string | null;
                /** @description Why, as the rewards team wrote it. */
                note: string | null;
              } | null;
              owner: {
                /** Format: uuid */
                id: string;
                displayName: string;
                email: string;
                active: boolean;
              } | null;
              /** @enum {unknown} */
              status: 'draft' | 'live' | 'delisted';
              /** Format: date-time */
              liveAt: string | null;
              /** Format: date-time */
              delistedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              welcome: {
                /** @enum {unknown} */
                state: 'contacted' | 'waiting' | 'overdue';
                /** Format: date-time */
                windowEndsAt: string;
                /** Format: date-time */
                contactedAt: string | null;
                message: string;
                /** @description Shown once the window has passed: the owner got the notification (S11). */
                owner: {
                  /** Format: uuid */
                  id: string;
                  displayName: string;
                  email: string;
                  active: boolean;
                } | null;
                supportTicket: {
                  /** @enum {string} */
                  method: 'POST';
                  href: string;
                } | null;
              } | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/publishers/{publisherId}/offers/{offerId}/change-requests/{requestId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm or decline a publisher's change to an offer's listing option, co-sell readiness or markets */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          offerId: string;
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            outcome: 'confirmed' | 'declined';
            /** @description Why; the publisher reads it. */
            note?: string;
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
              /** Format: uuid */
              id: string;
              externalId: string;
              /** Format: uuid */
              publisherId: string;
              name: string;
              marketplace: string;
              listingOption: string;
              listingType: string;
              private: boolean;
              coSellReady: boolean;
              markets: string[];
              /** @description False while the listing of an offer a publisher added waits for confirmation: it counts for no benefit until then. */
              factsConfirmed: boolean;
              /** @description The publisher's open request to change the listing option, co-sell readiness or markets, else the last one settled. */
              changeRequest: {
                /** Format: uuid */
                id: string;
                /**
                 * @description Pending until the rewards team or the marketplace feed confirms or declines it.
                 * @enum {unknown}
                 */
                status: 'pending' | 'confirmed' | 'declined';
                requested: {
                  /**
                   * @description How the offer is listed; the program maps it to list, trial, consulting or transact (L1).
                   * @enum {unknown}
                   */
                  listingOption?:
                    | 'contact-me'
                    | 'byol'
                    | 'free'
                    | 'get-it-now'
                    | 'free-trial'
                    | 'test-drive'
                    | 'consulting'
                    | 'transact';
                  coSellReady?: boolean;
                  markets?: string[];
                };
                /** Format: date-time */
                requestedAt: string;
                requestedByName: string | null;
                decidedVia: ('rewards-team' | 'feed') | null;
                /** Format: date-time */
                decidedAt: string | null;
                /** @description Why, as the rewards team wrote it. */
                note: string | null;
              } | null;
              owner: {
                /** Format: uuid */
                id: string;
                displayName: string;
                email: string;
                active: boolean;
              } | null;
              /** @enum {unknown} */
              status: 'draft' | 'live' | 'delisted';
              /** Format: date-time */
              liveAt: string | null;
              /** Format: date-time */
              delistedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              welcome: {
                /** @enum {unknown} */
                state: 'contacted' | 'waiting' | 'overdue';
                /** Format: date-time */
                windowEndsAt: string;
                /** Format: date-time */
                contactedAt: string | null;
                message: string;
                /** @description Shown once the window has passed: the owner got the notification (S11). */
                owner: {
                  /** Format: uuid */
                  id: string;
                  displayName: string;
                  email: string;
                  active: boolean;
                } | null;
                supportTicket: {
                  /** @enum {string} */
                  method: 'POST';
                  href: string;
                } | null;
              } | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/offers/{offerId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report an offer live or delisted (the marketplace feed) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          offerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            status: 'live' | 'delisted';
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
              /** Format: uuid */
              id: string;
              externalId: string;
              /** Format: uuid */
              publisherId: string;
              name: string;
              marketplace: string;
              listingOption: string;
              listingType: string;
              private: boolean;
              coSellReady: boolean;
              markets: string[];
              /** @description False while the listing of an offer a publisher added waits for confirmation: it counts for no benefit until then. */
              factsConfirmed: boolean;
              /** @description The publisher's open request to change the listing option, co-sell readiness or markets, else the last one settled. */
              changeRequest: {
                /** Format: uuid */
                id: string;
                /**
                 * @description Pending until the rewards team or the marketplace feed confirms or declines it.
                 * @enum {unknown}
                 */
                status: 'pending' | 'confirmed' | 'declined';
                requested: {
                  /**
                   * @description How the offer is listed; the program maps it to list, trial, consulting or transact (L1).
                   * @enum {unknown}
                   */
                  listingOption?:
                    | 'contact-me'
                    | 'byol'
                    | 'free'
                    | 'get-it-now'
                    | 'free-trial'
                    | 'test-drive'
                    | 'consulting'
                    | 'transact';
                  coSellReady?: boolean;
                  markets?: string[];
                };
                /** Format: date-time */
                requestedAt: string;
                requestedByName: string | null;
                decidedVia: ('rewards-team' | 'feed') | null;
                /** Format: date-time */
                decidedAt: string | null;
                /** @description Why, as the rewards team wrote it. */
                note: string | null;
              } | null;
              owner: {
                /** Format: uuid */
                id: string;
                displayName: string;
                email: string;
                active: boolean;
              } | null;
              /** @enum {unknown} */
              status: 'draft' | 'live' | 'delisted';
              /** Format: date-time */
              liveAt: string | null;
              /** Format: date-time */
              delistedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              welcome: {
                /** @enum {unknown} */
                state: 'contacted' | 'waiting' | 'overdue';
                /** Format: date-time */
                windowEndsAt: string;
                /** Format: date-time */
                contactedAt: string | null;
                message: string;
                /** @description Shown once the window has passed: the owner got the notification (S11). */
                owner: {
                  /** Format: uuid */
                  id: string;
                  displayName: string;
                  email: string;
                  active: boolean;
                } | null;
                supportTicket: {
                  /** @enum {string} */
                  method: 'POST';
                  href: string;
                } | null;
              } | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/billed-sales/batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a batch of billed-sales lines (JSON or NDJSON) with an Idempotency-Key
     * @description Each line is checked on its own: valid lines are written once by (source, lineId), a line sent before with the same content is a duplicate, and every rejected line comes back with its number and reason. The same Idempotency-Key with the same body answers the first answer again; with another body 422; while the first request runs 409.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description A unique key per batch (IETF httpapi Idempotency-Key draft); a retry reuses it. */
          'idempotency-key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      /** @description JSON `{"lines": [...]}`, or NDJSON (Content-Type: application/x-ndjson), one line object per text line. */
      requestBody: {
        content: {
          'application/json': {
            lines: ({
              /** @description A string, or a number for amountMinor; null or absent when empty. */
              source?: unknown;
              /** @description A string, or a number for amountMinor; null or absent when empty. */
              lineId?: unknown;
              /** @description A string, or a number for amountMinor; null or absent when empty. */
              mpnId?: unknown;
              /** @description A string, or a number for amountMinor; null or absent when empty. */
              publisherId?: unknown;
              /** @description A string, or a number for amountMinor; null or absent when empty. */
              offerId?: unknown;
              /** @description A string, or a number for amountMinor; null or absent when empty. */
              customerId?: unknown;
              /** @description A string, or a number for amountMinor; null or absent when empty. */
              customerCountry?: unknown;
              /** @description A string, or a number for amountMinor; null or absent when empty. */
              amountMinor?: unknown;
              /** @description A string, or a number for amountMinor; null or absent when empty. */
              currency?: unknown;
              /** @description A string, or a number for amountMinor; null or absent when empty. */
              billedOn?: unknown;
              /** @description A string, or a number for amountMinor; null or absent when empty. */
              kind?: unknown;
              /** @description A string, or a number for amountMinor; null or absent when empty. */
              reversesLineId?: unknown;
            } & {
              [key: string]: unknown;
            })[];
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
              accepted: number;
              /** @description Lines the ledger had already, with the same content. */
              duplicate: number;
              rejected: number;
              rejects: {
                /** @description The line number in the batch or file, from 1. */
                line: number;
                lineId: string | null;
                code: string;
                field: string | null;
                detail: string;
              }[];
              /** @description Companies whose tier these lines changed. */
              tierChanges: number;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/billed-sales': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The company's billed sales explained: by month, tier, forecast and tier history (L2) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              /** @description Tiers count every publisher profile of the company (L2). */
              company: {
                /** Format: uuid */
                id: string;
                name: string;
                publishers: {
                  /** Format: uuid */
                  id: string;
                  mpnId: string;
                  companyName: string;
                }[];
              };
              /** Format: date */
              from: string;
              /** Format: date */
              to: string;
              ttmUsdCents: number;
              /** @description Each billing month of the window, oldest first; the first and last may be partial. */
              months: {
                month: string;
                countedUsdCents: number;
                /** @description Charges and refunds that a cancellation or fraud reversal voided (the reversals add nothing). */
                excludedUsdCents: number;
                countedLines: number;
                excludedLines: number;
              }[];
              tier: {
                id: string;
                name: string;
              };
              next: {
                tier: {
                  id: string;
                  name: string;
                };
                missingUsdCents: number;
                forecast: {
                  /** @description Average counted sales of the last three months. */
                  paceUsdCentsPerMonth: number;
                  /**
                   * Format: date
                   * @description When the next tier is reached at that pace; null: not within two years.
                   */
                  reachedBy: string | null;
                  /** @description Counted sales of the months that leave the trailing window in the next three months: why the forecast can be far although the pace is high. */
                  leavingUsdCents: number;
                  /**
                   * Format: date
                   * @description The day the last of those months has left the window; null: none leaves.
                   */
                  leavingBy: string | null;
                };
              } | null;
              /** @description This publisher profile's disputes of its lines and of its tier figure, newest first (at most 20). */
              disputes: {
                /** Format: uuid */
                id: string;
                /**
                 * @description `disputed`: this line is contested; `correction`: this manual line corrects a dispute.
                 * @enum {unknown}
                 */
                role: 'disputed' | 'correction';
                /** @enum {unknown} */
                subject: 'line' | 'tier';
                /** @description The disputed line; null for the tier figure. */
                lineId: string | null;
                /** @description Not decided yet. */
                open: boolean;
                outcome: ('upheld' | 'rejected') | null;
                decisionNote: string | null;
                correctionLineId: string | null;
                correctionUsdCents: number | null;
                /** Format: date-time */
                openedAt: string;
                /** Format: date-time */
                decidedAt: string | null;
              }[];
              /** @description Tier changes of the company, newest first, with the program version behind each. */
              history: {
                /** Format: date-time */
                at: string;
                /** Format: date */
                asOf: string;
                from: string;
                to: string;
                ttmUsdCents: number;
                programVersion: string;
                /** @enum {unknown} */
                cause: 'lines' | 'recompute';
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Record one manual line in USD (a correction); negative for a refund
     * @description With an Idempotency-Key, a retry answers the first answer again instead of adding a line.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description A unique key per batch (IETF httpapi Idempotency-Key draft); a retry reuses it. */
          'idempotency-key'?: string;
        };
        path: {
          publisherId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description USD cents, at most $1B a line; negative for a refund. */
            amountUsdCents: number;
            /**
             * Format: date
             * @description The billing day, YYYY-MM-DD.
             */
            billedOn: string;
            note?: string;
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
              source: string;
              lineId: string;
              /** Format: uuid */
              publisherId: string;
              amountUsdCents: number;
              /** Format: date */
              billedOn: string;
              /** @enum {unknown} */
              kind: 'charge' | 'refund' | 'cancellation' | 'fraud-reversal';
              note: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/billed-sales/lines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The lines of the trailing window: those that count and those excluded, with why (L6) */
    get: {
      parameters: {
        query?: {
          status?: 'all' | 'counted' | 'excluded';
          month?: string;
          limit?: number;
          offset?: number;
        };
        header?: never;
        path: {
          publisherId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description This publisher profile's lines in the window, newest first. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date */
              from: string;
              /** Format: date */
              to: string;
              total: number;
              items: {
                source: string;
                lineId: string;
                /** Format: uuid */
                offerId: string | null;
                customerId: string;
                customerCountry: string;
                amountMinor: number;
                currency: string;
                /** @description The amount in USD cents by its month's rate. A cancellation or fraud reversal shows what it took away (the line it voided); null for one not folded in yet whose month has no rate. */
                usdCents: number | null;
                /** Format: date */
                billedOn: string;
                /** @enum {unknown} */
                kind: 'charge' | 'refund' | 'cancellation' | 'fraud-reversal';
                reversesLineId: string | null;
                counts: boolean;
                dispute: {
                  /** Format: uuid */
                  id: string;
                  /**
                   * @description `disputed`: this line is contested; `correction`: this manual line corrects a dispute.
                   * @enum {unknown}
                   */
                  role: 'disputed' | 'correction';
                  /** @enum {unknown} */
                  subject: 'line' | 'tier';
                  /** @description The disputed line; null for the tier figure. */
                  lineId: string | null;
                  /** @description Not decided yet. */
                  open: boolean;
                  outcome: ('upheld' | 'rejected') | null;
                  decisionNote: string | null;
                  correctionLineId: string | null;
                  correctionUsdCents: number | null;
                  /** Format: date-time */
                  openedAt: string;
                  /** Format: date-time */
                  decidedAt: string | null;
                } | null;
                excluded: {
                  /** @enum {unknown} */
                  code: 'reversal' | 'voided';
                  reason: string;
                } | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/currency-rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Currency rates by billing month: lines in other currencies are converted to USD with them */
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
              items: {
                /** @description ISO 4217 */
                currency: string;
                /** @description The billing month, YYYY-MM. */
                month: string;
                /** @description USD per unit of the currency, as an exact decimal. */
                usdPerUnit: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/currency-rates/{currency}/{month}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a currency's rate for a billing month (once: lines are converted with it) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          currency: string;
          month: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A positive decimal such as "1.0842". */
            usdPerUnit: string;
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
              /** @description ISO 4217 */
              currency: string;
              /** @description The billing month, YYYY-MM. */
              month: string;
              /** @description USD per unit of the currency, as an exact decimal. */
              usdPerUnit: string;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description ISO 4217 */
              currency: string;
              /** @description The billing month, YYYY-MM. */
              month: string;
              /** @description USD per unit of the currency, as an exact decimal. */
              usdPerUnit: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/feed/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The feed's billed-sales batches and file imports, newest first, with their counts
     * @description A batch is a POST /billed-sales/batches; a file is an import run with the CLI (billed sales, offers or currency rates). Filter by kind, status and time received; page with `cursor` (the `next` given).
     */
    get: {
      parameters: {
        query?: {
          /** @description batch: sent to the API; file: imported with the CLI. */
          kind?: 'batch' | 'file';
          /** @description incomplete: an import not finished (running, or stopped and to be run again); complete: every line written or a duplicate; rejects: finished with rejected lines. */
          status?: 'incomplete' | 'complete' | 'rejects';
          from?: string;
          /** @description Before this time (exclusive). */
          to?: string;
          /** @description The `next` of the previous page, as it came. */
          cursor?: string;
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
              items: {
                /** @description batch-<n> for an API batch, file-<n> for a file import. */
                id: string;
                /** @enum {unknown} */
                kind: 'batch' | 'file';
                /**
                 * @description What the lines are: an API batch is billed sales; a file may also be offers or rates.
                 * @enum {unknown}
                 */
                content: 'billed-sales' | 'offers' | 'currency-rates';
                /** @description The file's name; null for a batch. */
                fileName: string | null;
                /** Format: date-time */
                receivedAt: string;
                /**
                 * Format: date-time
                 * @description When an import ended; null while it is incomplete.
                 */
                finishedAt: string | null;
                /** @description Who sent a batch: the person, or the API token's maker; null for a file (the CLI). */
                sentBy: string | null;
                /** @description The API token that sent a batch, if one did. */
                tokenName: string | null;
                /** @enum {unknown} */
                status: 'incomplete' | 'complete' | 'rejects';
                /** @description Lines read (an incomplete import: so far). */
                lines: number;
                /** @description Lines written into the ledger. */
                written: number;
                /** @description Lines sent before with the same content: not counted again. */
                duplicate: number;
                rejected: number;
                /** @description The USD cents of a batch's written lines (reversals count none); null for a file. */
                writtenUsdCents: number | null;
              }[];
              /** @description The cursor of the next page; null on the last. */
              next: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/feed/deliveries/{deliveryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One batch or file import with its rejected lines (line number, reason), paged */
    get: {
      parameters: {
        query?: {
          /** @description The `next` of the previous page, as it came. */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          /** @description batch-<n> for an API batch, file-<n> for a file import. */
          deliveryId: string;
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
              delivery: {
                /** @description batch-<n> for an API batch, file-<n> for a file import. */
                id: string;
                /** @enum {unknown} */
                kind: 'batch' | 'file';
                /**
                 * @description What the lines are: an API batch is billed sales; a file may also be offers or rates.
                 * @enum {unknown}
                 */
                content: 'billed-sales' | 'offers' | 'currency-rates';
                /** @description The file's name; null for a batch. */
                fileName: string | null;
                /** Format: date-time */
                receivedAt: string;
                /**
                 * Format: date-time
                 * @description When an import ended; null while it is incomplete.
                 */
                finishedAt: string | null;
                /** @description Who sent a batch: the person, or the API token's maker; null for a file (the CLI). */
                sentBy: string | null;
                /** @description The API token that sent a batch, if one did. */
                tokenName: string | null;
                /** @enum {unknown} */
                status: 'incomplete' | 'complete' | 'rejects';
                /** @description Lines read (an incomplete import: so far). */
                lines: number;
                /** @description Lines written into the ledger. */
                written: number;
                /** @description Lines sent before with the same content: not counted again. */
                duplicate: number;
                rejected: number;
                /** @description The USD cents of a batch's written lines (reversals count none); null for a file. */
                writtenUsdCents: number | null;
              };
              rejects: {
                items: {
                  /** @description The line's number in the batch (from 1) or in the file. */
                  line: number;
                  /** @description The line's id as sent (batches). */
                  lineId: string | null;
                  /** @description A stable code of the reason. */
                  code: string;
                  /** @description The field at fault, when one is. */
                  field: string | null;
                  /** @description The reason in words. */
                  detail: string;
                }[];
                /** @description The cursor of the next page; null on the last. */
                next: string | null;
              };
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/feed/deliveries/{deliveryId}/rejects.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rejected lines of a batch or file import as CSV (at most 100,000) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description batch-<n> for an API batch, file-<n> for a file import. */
          deliveryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/csv */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/benefits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The publisher's tier and every benefit with its state and reasons (S5, S13) */
    get: {
      parameters: {
        query?: {
          category?: 'sales-and-marketing' | 'technical';
        };
        header?: never;
        path: {
          publisherId: string;
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
              /** Format: uuid */
              publisherId: string;
              /** Format: date-time */
              asOf: string;
              programVersion: string;
              tier: {
                id: string;
                name: string;
                thresholdUsdCents: number;
              };
              /** @description Billed sales over the trailing twelve months, USD cents. */
              ttmUsdCents: number;
              nextTier: {
                id: string;
                name: string;
                thresholdUsdCents: number;
                missingUsdCents: number;
              } | null;
              marketingContactCount: number;
              benefits: {
                id: string;
                name: string;
                description: string;
                /** @enum {unknown} */
                category: 'sales-and-marketing' | 'technical';
                /** @enum {unknown} */
                kind: 'marketing' | 'sales' | 'sponsorship' | 'technical';
                /** @enum {unknown} */
                activation: 'activate' | 'request';
                /** @enum {unknown} */
                state: 'locked' | 'available' | 'active' | 'expired';
                amountUsdCents: number | null;
                minTierId: string;
                /** Format: date-time */
                unlockedAt: string | null;
                unlockedAtTierId: string | null;
                /** @description Unlocked earlier and kept although the publisher no longer qualifies (L6). */
                grandfathered: boolean;
                /** Format: date-time */
                expiresAt: string | null;
                /** Format: date-time */
                renewsAt: string | null;
                /** Format: uuid */
                activationId: string | null;
                canActivate: boolean;
                /** @description Why the benefit is locked. */
                reasons: {
                  /** @enum {unknown} */
                  code:
                    | 'needs-live-offer'
                    | 'offers-excluded-byol'
                    | 'offers-excluded-private'
                    | 'not-available-in-region'
                    | 'needs-tier'
                    | 'needs-listing-optimization'
                    | 'needs-co-sell-ready'
                    | 'program-closed'
                    | 'revoked-for-cause'
                    | 'needs-marketing-contact'
                    | 'activated-by-request'
                    | 'sponsorship-outstanding'
                    | 'expired';
                  message: string;
                  missing?: {
                    tierId?: string;
                    amountUsdCents?: number;
                    listingTypes?: string[];
                  };
                  /** @description Why and when the benefit was revoked for cause (L6). */
                  revoked?: {
                    /** @enum {unknown} */
                    cause: 'illegal-activity' | 'delisting' | 'ip-violation' | 'sponsorship-misuse' | 'other';
                    note: string | null;
                    /** Format: date */
                    on: string;
                  };
                  /** @description The open sponsorship grant a new one waits for (L9): what is left and when it expires. */
                  waitsFor?: {
                    benefitId: string;
                    remainingUsdCents: number;
                    /** Format: date */
                    expiresOn: string;
                  };
                }[];
                /** @description Why an unlocked benefit cannot be activated now. */
                blockers: {
                  /** @enum {unknown} */
                  code:
                    | 'needs-live-offer'
                    | 'offers-excluded-byol'
                    | 'offers-excluded-private'
                    | 'not-available-in-region'
                    | 'needs-tier'
                    | 'needs-listing-optimization'
                    | 'needs-co-sell-ready'
                    | 'program-closed'
                    | 'revoked-for-cause'
                    | 'needs-marketing-contact'
                    | 'activated-by-request'
                    | 'sponsorship-outstanding'
                    | 'expired';
                  message: string;
                  missing?: {
                    tierId?: string;
                    amountUsdCents?: number;
                    listingTypes?: string[];
                  };
                  /** @description Why and when the benefit was revoked for cause (L6). */
                  revoked?: {
                    /** @enum {unknown} */
                    cause: 'illegal-activity' | 'delisting' | 'ip-violation' | 'sponsorship-misuse' | 'other';
                    note: string | null;
                    /** Format: date */
                    on: string;
                  };
                  /** @description The open sponsorship grant a new one waits for (L9): what is left and when it expires. */
                  waitsFor?: {
                    benefitId: string;
                    remainingUsdCents: number;
                    /** Format: date */
                    expiresOn: string;
                  };
                }[];
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the next scheduled program version changes for the publisher on its effective date: tier, benefits gained, lost and kept */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              /** @description The next program version scheduled, and what it changes for the publisher; null when none. */
              scheduled: {
                version: string;
                name: string;
                /** Format: date */
                effectiveFrom: string;
                tier: {
                  now: {
                    id: string;
                    name: string;
                    thresholdUsdCents: number;
                  };
                  then: {
                    id: string;
                    name: string;
                    thresholdUsdCents: number;
                  };
                };
                /** @description Unlocked then, not now. */
                gains: {
                  id: string;
                  name: string;
                }[];
                /** @description Unlocked now, locked then or no longer in the program. */
                loses: {
                  id: string;
                  name: string;
                }[];
                /** @description Unlocked now and kept then only because they were unlocked before (L6). */
                keptByGrandfathering: {
                  id: string;
                  name: string;
                }[];
              } | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/benefits/{benefitId}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke the publisher's benefit for cause (L6): its open activations are cancelled and its contacts told */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          benefitId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description illegal-activity, delisting, ip-violation (intellectual property), sponsorship-misuse, or other (say what in the note).
             * @enum {unknown}
             */
            cause: 'illegal-activity' | 'delisting' | 'ip-violation' | 'sponsorship-misuse' | 'other';
            /**
             * @description Shown to the publisher; required for other.
             * @default
             */
            note: string;
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
              /** Format: uuid */
              publisherId: string;
              benefitId: string;
              benefitName: string;
              /** Format: date-time */
              revokedAt: string | null;
              cause:
                ('illegal-activity' | 'delisting' | 'ip-violation' | 'sponsorship-misuse' | 'other') | null;
              note: string | null;
              /** @description Open activations of the benefit cancelled by the revocation. */
              cancelledActivations: number;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/benefits/{benefitId}/reinstate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reinstate a benefit revoked for cause: it is the publisher’s again, and its contacts are told */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          benefitId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Why the benefit is given back. */
            note: string;
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
              /** Format: uuid */
              publisherId: string;
              benefitId: string;
              benefitName: string;
              /** Format: date-time */
              revokedAt: string | null;
              cause:
                ('illegal-activity' | 'delisting' | 'ip-violation' | 'sponsorship-misuse' | 'other') | null;
              note: string | null;
              /** @description Open activations of the benefit cancelled by the revocation. */
              cancelledActivations: number;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/marketing-contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Marketing contacts (S6) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                publisherId: string;
                user: {
                  /** Format: uuid */
                  id: string;
                  displayName: string;
                  email: string;
                  active: boolean;
                };
                email: string;
                /** @description E.164 */
                phone: string;
                language: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Assign a marketing contact (S7) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            userId: string;
            /** @description Must differ from the company account's email (S7.2). */
            email: string;
            /** @description International format, such as +1 425 555 0100. */
            phone: string;
            /** @description BCP 47 tag from the program languages. */
            language: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              user: {
                /** Format: uuid */
                id: string;
                displayName: string;
                email: string;
                active: boolean;
              };
              email: string;
              /** @description E.164 */
              phone: string;
              language: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/marketing-contacts/{contactId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update or change a marketing contact (S7) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          contactId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            userId: string;
            /** @description Must differ from the company account's email (S7.2). */
            email: string;
            /** @description International format, such as +1 425 555 0100. */
            phone: string;
            /** @description BCP 47 tag from the program languages. */
            language: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              user: {
                /** Format: uuid */
                id: string;
                displayName: string;
                email: string;
                active: boolean;
              };
              email: string;
              /** @description E.164 */
              phone: string;
              language: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    /** Remove a marketing contact */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          contactId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Removed */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publishers/{publisherId}/activations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Activations with their one-week clocks */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                publisherId: string;
                benefitId: string;
                benefitName: string;
                /** @enum {unknown} */
                status: 'requested' | 'in-progress' | 'fulfilled' | 'cancelled';
                /** Format: date-time */
                requestedAt: string;
                /** Format: date-time */
                periodStart: string;
                programVersion: string;
                /** Format: date-time */
                contactDueAt: string;
                /** Format: date-time */
                contactedAt: string | null;
                /** @enum {unknown} */
                clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
                /** @description What the publisher was promised, in a sentence (S8). */
                promise: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Activate a benefit (S8); activating it again returns the same activation with 200 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            benefitId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              benefitId: string;
              benefitName: string;
              /** @enum {unknown} */
              status: 'requested' | 'in-progress' | 'fulfilled' | 'cancelled';
              /** Format: date-time */
              requestedAt: string;
              /** Format: date-time */
              periodStart: string;
              programVersion: string;
              /** Format: date-time */
              contactDueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              /** @description What the publisher was promised, in a sentence (S8). */
              promise: string;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              benefitId: string;
              benefitName: string;
              /** @enum {unknown} */
              status: 'requested' | 'in-progress' | 'fulfilled' | 'cancelled';
              /** Format: date-time */
              requestedAt: string;
              /** Format: date-time */
              periodStart: string;
              programVersion: string;
              /** Format: date-time */
              contactDueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              /** @description What the publisher was promised, in a sentence (S8). */
              promise: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/activations/{activationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One activation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          activationId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              benefitId: string;
              benefitName: string;
              /** @enum {unknown} */
              status: 'requested' | 'in-progress' | 'fulfilled' | 'cancelled';
              /** Format: date-time */
              requestedAt: string;
              /** Format: date-time */
              periodStart: string;
              programVersion: string;
              /** Format: date-time */
              contactDueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              /** @description What the publisher was promised, in a sentence (S8). */
              promise: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/technical-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Technical assistance requests and their status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                publisherId: string;
                /** Format: uuid */
                offerId: string;
                offerName: string;
                /** @enum {unknown} */
                stage: 'presales' | 'design' | 'deployment' | 'application-development';
                solution: string;
                description: string;
                /** @enum {unknown} */
                status: 'open' | 'in-progress' | 'closed';
                /** Format: date-time */
                requestedAt: string;
                /** Format: date-time */
                dueAt: string;
                /** Format: date-time */
                contactedAt: string | null;
                /** @enum {unknown} */
                clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Submit a technical assistance request (S9) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description One of the publisher's offers, live or in draft: help can come before going live (S9).
             */
            offerId: string;
            /**
             * @description The stage of the solution the help is for (S9).
             * @enum {unknown}
             */
            stage: 'presales' | 'design' | 'deployment' | 'application-development';
            /** @enum {unknown} */
            solution: 'cloud' | 'hybrid';
            description: string;
            /**
             * @description The language the writer reads; the other side's replies reach them in it. Default: unchanged.
             * @enum {unknown}
             */
            language?: 'en' | 'zh-TW' | 'ja' | 'ko' | 'de' | 'fr' | 'es' | 'pt-BR';
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              offerId: string;
              offerName: string;
              /** @enum {unknown} */
              stage: 'presales' | 'design' | 'deployment' | 'application-development';
              solution: string;
              description: string;
              /** @enum {unknown} */
              status: 'open' | 'in-progress' | 'closed';
              /** Format: date-time */
              requestedAt: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/support-tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Support tickets */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                publisherId: string;
                /** Format: uuid */
                offerId: string | null;
                offerName: string | null;
                subject: string;
                description: string;
                /** @enum {unknown} */
                status: 'open' | 'in-progress' | 'closed';
                /** Format: date-time */
                openedAt: string;
                /** Format: date-time */
                dueAt: string;
                /** Format: date-time */
                contactedAt: string | null;
                /** @enum {unknown} */
                clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Open a support ticket (S11) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            subject: string;
            description: string;
            /** Format: uuid */
            offerId?: string | null;
            /**
             * @description The language the writer reads; the other side's replies reach them in it. Default: unchanged.
             * @enum {unknown}
             */
            language?: 'en' | 'zh-TW' | 'ja' | 'ko' | 'de' | 'fr' | 'es' | 'pt-BR';
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              offerId: string | null;
              offerName: string | null;
              subject: string;
              description: string;
              /** @enum {unknown} */
              status: 'open' | 'in-progress' | 'closed';
              /** Format: date-time */
              openedAt: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/conversations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The publisher's support tickets, technical requests and disputes, the latest active first */
    get: {
      parameters: {
        query?: {
          /** @description Repeat for several. */
          status?: ('waiting-on-team' | 'waiting-on-publisher' | 'resolved')[];
          /** @description Repeat for several. */
          kind?: ('support-ticket' | 'technical-request' | 'dispute')[];
          limit?: number;
        };
        header?: never;
        path: {
          publisherId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /** @enum {unknown} */
                kind: 'support-ticket' | 'technical-request' | 'dispute';
                /** Format: uuid */
                publisherId: string;
                companyName: string;
                /** @description A ticket's subject; null for a request or dispute (kind and offer say it). */
                title: string | null;
                /** Format: uuid */
                offerId: string | null;
                offerName: string | null;
                /** @description A technical request's stage. */
                stage: string | null;
                /** @description A technical request's solution: cloud or hybrid. */
                solution: string | null;
                /** @enum {unknown} */
                status: 'waiting-on-team' | 'waiting-on-publisher' | 'resolved';
                /** Format: date-time */
                openedAt: string;
                openedByName: string;
                /** Format: date-time */
                lastAt: string;
                /** Format: uuid */
                taskId: string;
                /** Format: date-time */
                dueAt: string;
                /** Format: date-time */
                contactedAt: string | null;
                /** @enum {unknown} */
                clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
                dispute: {
                  /**
                   * @description A billed-sales line, or the tier figure itself.
                   * @enum {unknown}
                   */
                  subject: 'line' | 'tier';
                  line: {
                    source: string;
                    lineId: string;
                    /** Format: date */
                    billedOn: string;
                    /** @enum {unknown} */
                    kind: 'charge' | 'refund' | 'cancellation' | 'fraud-reversal';
                    amountMinor: number;
                    currency: string;
                    usdCents: number | null;
                  } | null;
                  outcome: ('upheld' | 'rejected') | null;
                  decisionNote: string | null;
                  /** @description The manual line written as the correction. */
                  correctionLineId: string | null;
                  correctionUsdCents: number | null;
                  /** Format: date-time */
                  decidedAt: string | null;
                  decidedByName: string | null;
                } | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/conversations/{conversationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One conversation: the opening text, every reply and status change, and its clock */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          /** @description The support ticket, technical request or dispute the conversation is about. */
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A conversation: the opening text, then every reply and status change, oldest first. The clock runs while the rewards team owes an answer. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {unknown} */
              kind: 'support-ticket' | 'technical-request' | 'dispute';
              /** Format: uuid */
              publisherId: string;
              companyName: string;
              /** @description A ticket's subject; null for a request or dispute (kind and offer say it). */
              title: string | null;
              /** Format: uuid */
              offerId: string | null;
              offerName: string | null;
              /** @description A technical request's stage. */
              stage: string | null;
              /** @description A technical request's solution: cloud or hybrid. */
              solution: string | null;
              /** @enum {unknown} */
              status: 'waiting-on-team' | 'waiting-on-publisher' | 'resolved';
              /** Format: date-time */
              openedAt: string;
              openedByName: string;
              /** Format: date-time */
              lastAt: string;
              /** Format: uuid */
              taskId: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              dispute: {
                /**
                 * @description A billed-sales line, or the tier figure itself.
                 * @enum {unknown}
                 */
                subject: 'line' | 'tier';
                line: {
                  source: string;
                  lineId: string;
                  /** Format: date */
                  billedOn: string;
                  /** @enum {unknown} */
                  kind: 'charge' | 'refund' | 'cancellation' | 'fraud-reversal';
                  amountMinor: number;
                  currency: string;
                  usdCents: number | null;
                } | null;
                outcome: ('upheld' | 'rejected') | null;
                decisionNote: string | null;
                /** @description The manual line written as the correction. */
                correctionLineId: string | null;
                correctionUsdCents: number | null;
                /** Format: date-time */
                decidedAt: string | null;
                decidedByName: string | null;
              } | null;
              messages: {
                /** Format: uuid */
                id: string;
                /** @enum {unknown} */
                side: 'publisher' | 'team';
                /**
                 * @description `opened` is the opening text; `decided` a dispute decision (its body is the note).
                 * @enum {unknown}
                 */
                event: 'opened' | 'reply' | 'resolved' | 'reopened' | 'decided';
                authorName: string;
                body: string;
                /** @description The text was removed once the conversation had been closed longer than the retention setting keeps it. */
                textRemoved: boolean;
                /** Format: date-time */
                at: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/conversations/{conversationId}/replies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reply: mailed to the other side; a publisher reply starts the clock again (and reopens) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          /** @description The support ticket, technical request or dispute the conversation is about. */
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body: string;
            /**
             * @description The language the writer reads; the other side's replies reach them in it. Default: unchanged.
             * @enum {unknown}
             */
            language?: 'en' | 'zh-TW' | 'ja' | 'ko' | 'de' | 'fr' | 'es' | 'pt-BR';
          };
        };
      };
      responses: {
        /** @description A conversation: the opening text, then every reply and status change, oldest first. The clock runs while the rewards team owes an answer. */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {unknown} */
              kind: 'support-ticket' | 'technical-request' | 'dispute';
              /** Format: uuid */
              publisherId: string;
              companyName: string;
              /** @description A ticket's subject; null for a request or dispute (kind and offer say it). */
              title: string | null;
              /** Format: uuid */
              offerId: string | null;
              offerName: string | null;
              /** @description A technical request's stage. */
              stage: string | null;
              /** @description A technical request's solution: cloud or hybrid. */
              solution: string | null;
              /** @enum {unknown} */
              status: 'waiting-on-team' | 'waiting-on-publisher' | 'resolved';
              /** Format: date-time */
              openedAt: string;
              openedByName: string;
              /** Format: date-time */
              lastAt: string;
              /** Format: uuid */
              taskId: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              dispute: {
                /**
                 * @description A billed-sales line, or the tier figure itself.
                 * @enum {unknown}
                 */
                subject: 'line' | 'tier';
                line: {
                  source: string;
                  lineId: string;
                  /** Format: date */
                  billedOn: string;
                  /** @enum {unknown} */
                  kind: 'charge' | 'refund' | 'cancellation' | 'fraud-reversal';
                  amountMinor: number;
                  currency: string;
                  usdCents: number | null;
                } | null;
                outcome: ('upheld' | 'rejected') | null;
                decisionNote: string | null;
                /** @description The manual line written as the correction. */
                correctionLineId: string | null;
                correctionUsdCents: number | null;
                /** Format: date-time */
                decidedAt: string | null;
                decidedByName: string | null;
              } | null;
              messages: {
                /** Format: uuid */
                id: string;
                /** @enum {unknown} */
                side: 'publisher' | 'team';
                /**
                 * @description `opened` is the opening text; `decided` a dispute decision (its body is the note).
                 * @enum {unknown}
                 */
                event: 'opened' | 'reply' | 'resolved' | 'reopened' | 'decided';
                authorName: string;
                body: string;
                /** @description The text was removed once the conversation had been closed longer than the retention setting keeps it. */
                textRemoved: boolean;
                /** Format: date-time */
                at: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/conversations/{conversationId}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resolve a ticket, a technical request or a decided dispute (an undecided one is decided) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          /** @description The support ticket, technical request or dispute the conversation is about. */
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description A conversation: the opening text, then every reply and status change, oldest first. The clock runs while the rewards team owes an answer. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {unknown} */
              kind: 'support-ticket' | 'technical-request' | 'dispute';
              /** Format: uuid */
              publisherId: string;
              companyName: string;
              /** @description A ticket's subject; null for a request or dispute (kind and offer say it). */
              title: string | null;
              /** Format: uuid */
              offerId: string | null;
              offerName: string | null;
              /** @description A technical request's stage. */
              stage: string | null;
              /** @description A technical request's solution: cloud or hybrid. */
              solution: string | null;
              /** @enum {unknown} */
              status: 'waiting-on-team' | 'waiting-on-publisher' | 'resolved';
              /** Format: date-time */
              openedAt: string;
              openedByName: string;
              /** Format: date-time */
              lastAt: string;
              /** Format: uuid */
              taskId: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              dispute: {
                /**
                 * @description A billed-sales line, or the tier figure itself.
                 * @enum {unknown}
                 */
                subject: 'line' | 'tier';
                line: {
                  source: string;
                  lineId: string;
                  /** Format: date */
                  billedOn: string;
                  /** @enum {unknown} */
                  kind: 'charge' | 'refund' | 'cancellation' | 'fraud-reversal';
                  amountMinor: number;
                  currency: string;
                  usdCents: number | null;
                } | null;
                outcome: ('upheld' | 'rejected') | null;
                decisionNote: string | null;
                /** @description The manual line written as the correction. */
                correctionLineId: string | null;
                correctionUsdCents: number | null;
                /** Format: date-time */
                decidedAt: string | null;
                decidedByName: string | null;
              } | null;
              messages: {
                /** Format: uuid */
                id: string;
                /** @enum {unknown} */
                side: 'publisher' | 'team';
                /**
                 * @description `opened` is the opening text; `decided` a dispute decision (its body is the note).
                 * @enum {unknown}
                 */
                event: 'opened' | 'reply' | 'resolved' | 'reopened' | 'decided';
                authorName: string;
                body: string;
                /** @description The text was removed once the conversation had been closed longer than the retention setting keeps it. */
                textRemoved: boolean;
                /** Format: date-time */
                at: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/disputes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dispute a billed-sales line or the tier figure; the rewards team decides within the promise */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description `line`: one billed-sales line (give source and lineId); `tier`: the tier figure itself.
             * @enum {unknown}
             */
            subject: 'line' | 'tier';
            /** @description The line's feed source. */
            source?: string;
            /** @description The line's id. */
            lineId?: string;
            /** @description What is wrong, in the writer’s words (not blank). */
            note: string;
            /**
             * @description The language the writer reads; the other side's replies reach them in it. Default: unchanged.
             * @enum {unknown}
             */
            language?: 'en' | 'zh-TW' | 'ja' | 'ko' | 'de' | 'fr' | 'es' | 'pt-BR';
          };
        };
      };
      responses: {
        /** @description A conversation: the opening text, then every reply and status change, oldest first. The clock runs while the rewards team owes an answer. */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {unknown} */
              kind: 'support-ticket' | 'technical-request' | 'dispute';
              /** Format: uuid */
              publisherId: string;
              companyName: string;
              /** @description A ticket's subject; null for a request or dispute (kind and offer say it). */
              title: string | null;
              /** Format: uuid */
              offerId: string | null;
              offerName: string | null;
              /** @description A technical request's stage. */
              stage: string | null;
              /** @description A technical request's solution: cloud or hybrid. */
              solution: string | null;
              /** @enum {unknown} */
              status: 'waiting-on-team' | 'waiting-on-publisher' | 'resolved';
              /** Format: date-time */
              openedAt: string;
              openedByName: string;
              /** Format: date-time */
              lastAt: string;
              /** Format: uuid */
              taskId: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              dispute: {
                /**
                 * @description A billed-sales line, or the tier figure itself.
                 * @enum {unknown}
                 */
                subject: 'line' | 'tier';
                line: {
                  source: string;
                  lineId: string;
                  /** Format: date */
                  billedOn: string;
                  /** @enum {unknown} */
                  kind: 'charge' | 'refund' | 'cancellation' | 'fraud-reversal';
                  amountMinor: number;
                  currency: string;
                  usdCents: number | null;
                } | null;
                outcome: ('upheld' | 'rejected') | null;
                decisionNote: string | null;
                /** @description The manual line written as the correction. */
                correctionLineId: string | null;
                correctionUsdCents: number | null;
                /** Format: date-time */
                decidedAt: string | null;
                decidedByName: string | null;
              } | null;
              messages: {
                /** Format: uuid */
                id: string;
                /** @enum {unknown} */
                side: 'publisher' | 'team';
                /**
                 * @description `opened` is the opening text; `decided` a dispute decision (its body is the note).
                 * @enum {unknown}
                 */
                event: 'opened' | 'reply' | 'resolved' | 'reopened' | 'decided';
                authorName: string;
                body: string;
                /** @description The text was removed once the conversation had been closed longer than the retention setting keeps it. */
                textRemoved: boolean;
                /** Format: date-time */
                at: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/disputes/{conversationId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide a dispute: upheld (with an optional correction line) or rejected, with a note */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          /** @description The support ticket, technical request or dispute the conversation is about. */
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            outcome: 'upheld' | 'rejected';
            /** @description Why, for the publisher. */
            note: string;
            /** @description A manual line written as the correction (only when upheld). */
            correction?: {
              /** @description USD cents; negative takes sales away. */
              amountUsdCents: number;
              /**
               * Format: date
               * @description YYYY-MM-DD.
               */
              billedOn: string;
            };
          };
        };
      };
      responses: {
        /** @description A conversation: the opening text, then every reply and status change, oldest first. The clock runs while the rewards team owes an answer. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {unknown} */
              kind: 'support-ticket' | 'technical-request' | 'dispute';
              /** Format: uuid */
              publisherId: string;
              companyName: string;
              /** @description A ticket's subject; null for a request or dispute (kind and offer say it). */
              title: string | null;
              /** Format: uuid */
              offerId: string | null;
              offerName: string | null;
              /** @description A technical request's stage. */
              stage: string | null;
              /** @description A technical request's solution: cloud or hybrid. */
              solution: string | null;
              /** @enum {unknown} */
              status: 'waiting-on-team' | 'waiting-on-publisher' | 'resolved';
              /** Format: date-time */
              openedAt: string;
              openedByName: string;
              /** Format: date-time */
              lastAt: string;
              /** Format: uuid */
              taskId: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              dispute: {
                /**
                 * @description A billed-sales line, or the tier figure itself.
                 * @enum {unknown}
                 */
                subject: 'line' | 'tier';
                line: {
                  source: string;
                  lineId: string;
                  /** Format: date */
                  billedOn: string;
                  /** @enum {unknown} */
                  kind: 'charge' | 'refund' | 'cancellation' | 'fraud-reversal';
                  amountMinor: number;
                  currency: string;
                  usdCents: number | null;
                } | null;
                outcome: ('upheld' | 'rejected') | null;
                decisionNote: string | null;
                /** @description The manual line written as the correction. */
                correctionLineId: string | null;
                correctionUsdCents: number | null;
                /** Format: date-time */
                decidedAt: string | null;
                decidedByName: string | null;
              } | null;
              messages: {
                /** Format: uuid */
                id: string;
                /** @enum {unknown} */
                side: 'publisher' | 'team';
                /**
                 * @description `opened` is the opening text; `decided` a dispute decision (its body is the note).
                 * @enum {unknown}
                 */
                event: 'opened' | 'reply' | 'resolved' | 'reopened' | 'decided';
                authorName: string;
                body: string;
                /** @description The text was removed once the conversation had been closed longer than the retention setting keeps it. */
                textRemoved: boolean;
                /** Format: date-time */
                at: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages to the publisher (its outbox), newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /**
                 * Format: uuid
                 * @description The publisher whose people read the message (its outbox).
                 */
                publisherId: string | null;
                /** @description The publisher the message is about, also when its people do not read it (a clock warning or escalation to staff, an invitation); null for a message about no publisher. */
                about: {
                  /** Format: uuid */
                  id: string;
                  companyName: string;
                } | null;
                /** @enum {unknown} */
                kind:
                  | 'activation-received'
                  | 'contact-logged'
                  | 'benefit-unlocked'
                  | 'sponsorship-unlocked'
                  | 'offer-live'
                  | 'self-serve-resources'
                  | 'clock-warning'
                  | 'clock-escalation'
                  | 'welcome-lapsed'
                  | 'benefit-expiring'
                  | 'benefit-refreshed'
                  | 'work-rerouted'
                  | 'sponsorship-expiring'
                  | 'benefit-revoked'
                  | 'benefit-reinstated'
                  | 'invitation'
                  | 'conversation-reply'
                  | 'conversation-resolved'
                  | 'dispute-decided'
                  | 'new-sign-in'
                  | 'invitation-existing-account'
                  | 'webhook-disabled';
                recipientEmail: string;
                language: string;
                payload: {
                  [key: string]: unknown;
                };
                /**
                 * @description queued (waiting for a worker), held (kept: no mail transport), sending, sent, failed (retries exhausted; retry it), suppressed (opted out, L8), cancelled (rerouted)
                 * @enum {unknown}
                 */
                status: 'queued' | 'held' | 'sending' | 'sent' | 'failed' | 'suppressed' | 'cancelled';
                statusNote: string | null;
                subject: string;
                attempts: number;
                /** Format: date-time */
                nextAttemptAt: string | null;
                /** Format: date-time */
                lastAttemptAt: string | null;
                /** @description The SMTP server's last answer; shown to the rewards team only (null in a publisher's outbox). */
                lastError: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                sentAt: string | null;
                /** Format: date-time */
                failedAt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The outbox for the rewards team, newest first, a page at a time (status=failed: what needs a retry)
     * @description Filter by status, kind, the publisher a message is about, the recipient, or `q` (a part of the address or kind); pages of `limit` messages, `offset` in, with the `total` that match.
     */
    get: {
      parameters: {
        query?: {
          /** @description Repeat for several. */
          status?: ('queued' | 'held' | 'sending' | 'sent' | 'failed' | 'suppressed' | 'cancelled')[];
          kind?:
            | 'activation-received'
            | 'contact-logged'
            | 'benefit-unlocked'
            | 'sponsorship-unlocked'
            | 'offer-live'
            | 'self-serve-resources'
            | 'clock-warning'
            | 'clock-escalation'
            | 'welcome-lapsed'
            | 'benefit-expiring'
            | 'benefit-refreshed'
            | 'work-rerouted'
            | 'sponsorship-expiring'
            | 'benefit-revoked'
            | 'benefit-reinstated'
            | 'invitation'
            | 'conversation-reply'
            | 'conversation-resolved'
            | 'dispute-decided'
            | 'new-sign-in'
            | 'invitation-existing-account'
            | 'webhook-disabled';
          /** @description Messages about this publisher, those to its people and those to staff about it. */
          publisherId?: string;
          recipient?: string;
          /** @description A part of the recipient's address or of the message's kind (escalation), in any case. */
          q?: string;
          limit?: number;
          /** @description Messages to skip. */
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
              items: {
                /** Format: uuid */
                id: string;
                /**
                 * Format: uuid
                 * @description The publisher whose people read the message (its outbox).
                 */
                publisherId: string | null;
                /** @description The publisher the message is about, also when its people do not read it (a clock warning or escalation to staff, an invitation); null for a message about no publisher. */
                about: {
                  /** Format: uuid */
                  id: string;
                  companyName: string;
                } | null;
                /** @enum {unknown} */
                kind:
                  | 'activation-received'
                  | 'contact-logged'
                  | 'benefit-unlocked'
                  | 'sponsorship-unlocked'
                  | 'offer-live'
                  | 'self-serve-resources'
                  | 'clock-warning'
                  | 'clock-escalation'
                  | 'welcome-lapsed'
                  | 'benefit-expiring'
                  | 'benefit-refreshed'
                  | 'work-rerouted'
                  | 'sponsorship-expiring'
                  | 'benefit-revoked'
                  | 'benefit-reinstated'
                  | 'invitation'
                  | 'conversation-reply'
                  | 'conversation-resolved'
                  | 'dispute-decided'
                  | 'new-sign-in'
                  | 'invitation-existing-account'
                  | 'webhook-disabled';
                recipientEmail: string;
                language: string;
                payload: {
                  [key: string]: unknown;
                };
                /**
                 * @description queued (waiting for a worker), held (kept: no mail transport), sending, sent, failed (retries exhausted; retry it), suppressed (opted out, L8), cancelled (rerouted)
                 * @enum {unknown}
                 */
                status: 'queued' | 'held' | 'sending' | 'sent' | 'failed' | 'suppressed' | 'cancelled';
                statusNote: string | null;
                subject: string;
                attempts: number;
                /** Format: date-time */
                nextAttemptAt: string | null;
                /** Format: date-time */
                lastAttemptAt: string | null;
                /** @description The SMTP server's last answer; shown to the rewards team only (null in a publisher's outbox). */
                lastError: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                sentAt: string | null;
                /** Format: date-time */
                failedAt: string | null;
              }[];
              /** @description Messages that match, over every page. */
              total: number;
              /** @description Messages by status: the publisher's (publisherId), or the whole outbox's. */
              counts: {
                [key: string]: number;
              };
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/notifications/{notificationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One message as rendered: subject, plain text, HTML and its delivery state */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          notificationId: string;
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
              notification: {
                /** Format: uuid */
                id: string;
                /**
                 * Format: uuid
                 * @description The publisher whose people read the message (its outbox).
                 */
                publisherId: string | null;
                /** @description The publisher the message is about, also when its people do not read it (a clock warning or escalation to staff, an invitation); null for a message about no publisher. */
                about: {
                  /** Format: uuid */
                  id: string;
                  companyName: string;
                } | null;
                /** @enum {unknown} */
                kind:
                  | 'activation-received'
                  | 'contact-logged'
                  | 'benefit-unlocked'
                  | 'sponsorship-unlocked'
                  | 'offer-live'
                  | 'self-serve-resources'
                  | 'clock-warning'
                  | 'clock-escalation'
                  | 'welcome-lapsed'
                  | 'benefit-expiring'
                  | 'benefit-refreshed'
                  | 'work-rerouted'
                  | 'sponsorship-expiring'
                  | 'benefit-revoked'
                  | 'benefit-reinstated'
                  | 'invitation'
                  | 'conversation-reply'
                  | 'conversation-resolved'
                  | 'dispute-decided'
                  | 'new-sign-in'
                  | 'invitation-existing-account'
                  | 'webhook-disabled';
                recipientEmail: string;
                language: string;
                payload: {
                  [key: string]: unknown;
                };
                /**
                 * @description queued (waiting for a worker), held (kept: no mail transport), sending, sent, failed (retries exhausted; retry it), suppressed (opted out, L8), cancelled (rerouted)
                 * @enum {unknown}
                 */
                status: 'queued' | 'held' | 'sending' | 'sent' | 'failed' | 'suppressed' | 'cancelled';
                statusNote: string | null;
                subject: string;
                attempts: number;
                /** Format: date-time */
                nextAttemptAt: string | null;
                /** Format: date-time */
                lastAttemptAt: string | null;
                /** @description The SMTP server's last answer; shown to the rewards team only (null in a publisher's outbox). */
                lastError: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                sentAt: string | null;
                /** Format: date-time */
                failedAt: string | null;
              };
              /** @description The plain-text body as sent (or as it will be). */
              text: string;
              /** @description The HTML body as sent (or as it will be). */
              html: string;
              messageId: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/notifications/{notificationId}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a failed (or held) message again, from its first attempt */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          notificationId: string;
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
              /** Format: uuid */
              id: string;
              /**
               * Format: uuid
               * @description The publisher whose people read the message (its outbox).
               */
              publisherId: string | null;
              /** @description The publisher the message is about, also when its people do not read it (a clock warning or escalation to staff, an invitation); null for a message about no publisher. */
              about: {
                /** Format: uuid */
                id: string;
                companyName: string;
              } | null;
              /** @enum {unknown} */
              kind:
                | 'activation-received'
                | 'contact-logged'
                | 'benefit-unlocked'
                | 'sponsorship-unlocked'
                | 'offer-live'
                | 'self-serve-resources'
                | 'clock-warning'
                | 'clock-escalation'
                | 'welcome-lapsed'
                | 'benefit-expiring'
                | 'benefit-refreshed'
                | 'work-rerouted'
                | 'sponsorship-expiring'
                | 'benefit-revoked'
                | 'benefit-reinstated'
                | 'invitation'
                | 'conversation-reply'
                | 'conversation-resolved'
                | 'dispute-decided'
                | 'new-sign-in'
                | 'invitation-existing-account'
                | 'webhook-disabled';
              recipientEmail: string;
              language: string;
              payload: {
                [key: string]: unknown;
              };
              /**
               * @description queued (waiting for a worker), held (kept: no mail transport), sending, sent, failed (retries exhausted; retry it), suppressed (opted out, L8), cancelled (rerouted)
               * @enum {unknown}
               */
              status: 'queued' | 'held' | 'sending' | 'sent' | 'failed' | 'suppressed' | 'cancelled';
              statusNote: string | null;
              subject: string;
              attempts: number;
              /** Format: date-time */
              nextAttemptAt: string | null;
              /** Format: date-time */
              lastAttemptAt: string | null;
              /** @description The SMTP server's last answer; shown to the rewards team only (null in a publisher's outbox). */
              lastError: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              sentAt: string | null;
              /** Format: date-time */
              failedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rewards team's queue with filters: work not yet contacted first (escalated, then by due time), then contacted, then closed */
    get: {
      parameters: {
        query?: {
          /** @description Repeat for several (?status=open&status=contacted); default open and contacted. */
          status?: ('open' | 'contacted' | 'done' | 'cancelled')[];
          /** @description Repeat for several; default every kind. */
          kind?: (
            'activation' | 'technical-request' | 'welcome' | 'support-ticket' | 'dispute' | 'offer-change'
          )[];
          /** @description Repeat for several (?clock=late&clock=due-soon). */
          clock?: ('on-track' | 'due-soon' | 'late' | 'kept' | 'missed')[];
          /** @description A staff user id, `me` or `unassigned`. */
          assignee?: string;
          publisherId?: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                publisherId: string;
                companyName: string;
                mpnId: string;
                /** @enum {unknown} */
                kind:
                  | 'activation'
                  | 'technical-request'
                  | 'welcome'
                  | 'support-ticket'
                  | 'dispute'
                  | 'offer-change';
                /** @enum {unknown} */
                status: 'open' | 'contacted' | 'done' | 'cancelled';
                /** @description What the task is about, in English (`kind`, `benefitId` and `offerName` say it in parts). */
                subject: string;
                /** @description The activated benefit, for an activation. */
                benefitId: string | null;
                /** @description The offer the task is about, if any. */
                offerName: string | null;
                /** Format: uuid */
                activationId: string | null;
                /** Format: uuid */
                technicalRequestId: string | null;
                /** Format: uuid */
                offerId: string | null;
                /** Format: uuid */
                supportTicketId: string | null;
                /** Format: uuid */
                disputeId: string | null;
                /** @description For a dispute: the publisher wrote after its decision, so the task (opened again) owes an answer, not a decision; null for other tasks. */
                answerAfterDecision: boolean | null;
                /**
                 * Format: uuid
                 * @description A publisher's request to change an offer's listing option, co-sell readiness or markets.
                 */
                offerChangeId: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                dueAt: string;
                /** Format: date-time */
                contactedAt: string | null;
                /** @enum {unknown} */
                clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
                /** @description Whether the contact came by the due time; null while open and not yet late. */
                promiseKept: boolean | null;
                /** Format: uuid */
                assigneeId: string | null;
                assigneeName: string | null;
                /** Format: date-time */
                assignedAt: string | null;
                /**
                 * Format: date-time
                 * @description When the assignee was warned that the clock runs out.
                 */
                warnedAt: string | null;
                /**
                 * Format: date-time
                 * @description When program admins were told the clock ran out.
                 */
                escalatedAt: string | null;
                /** Format: date-time */
                closedAt: string | null;
                cancelReason: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/tasks/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The queue as CSV (same filters; cells a spreadsheet would run as formulas are neutralised) */
    get: {
      parameters: {
        query?: {
          /** @description Repeat for several (?status=open&status=contacted); default open and contacted. */
          status?: ('open' | 'contacted' | 'done' | 'cancelled')[];
          /** @description Repeat for several; default every kind. */
          kind?: (
            'activation' | 'technical-request' | 'welcome' | 'support-ticket' | 'dispute' | 'offer-change'
          )[];
          /** @description Repeat for several (?clock=late&clock=due-soon). */
          clock?: ('on-track' | 'due-soon' | 'late' | 'kept' | 'missed')[];
          /** @description A staff user id, `me` or `unassigned`. */
          assignee?: string;
          publisherId?: string;
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
            'application/json': string;
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/tasks/{taskId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One task: what was asked, whom to contact, and every contact logged on it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
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
              task: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                publisherId: string;
                companyName: string;
                mpnId: string;
                /** @enum {unknown} */
                kind:
                  | 'activation'
                  | 'technical-request'
                  | 'welcome'
                  | 'support-ticket'
                  | 'dispute'
                  | 'offer-change';
                /** @enum {unknown} */
                status: 'open' | 'contacted' | 'done' | 'cancelled';
                /** @description What the task is about, in English (`kind`, `benefitId` and `offerName` say it in parts). */
                subject: string;
                /** @description The activated benefit, for an activation. */
                benefitId: string | null;
                /** @description The offer the task is about, if any. */
                offerName: string | null;
                /** Format: uuid */
                activationId: string | null;
                /** Format: uuid */
                technicalRequestId: string | null;
                /** Format: uuid */
                offerId: string | null;
                /** Format: uuid */
                supportTicketId: string | null;
                /** Format: uuid */
                disputeId: string | null;
                /** @description For a dispute: the publisher wrote after its decision, so the task (opened again) owes an answer, not a decision; null for other tasks. */
                answerAfterDecision: boolean | null;
                /**
                 * Format: uuid
                 * @description A publisher's request to change an offer's listing option, co-sell readiness or markets.
                 */
                offerChangeId: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                dueAt: string;
                /** Format: date-time */
                contactedAt: string | null;
                /** @enum {unknown} */
                clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
                /** @description Whether the contact came by the due time; null while open and not yet late. */
                promiseKept: boolean | null;
                /** Format: uuid */
                assigneeId: string | null;
                assigneeName: string | null;
                /** Format: date-time */
                assignedAt: string | null;
                /**
                 * Format: date-time
                 * @description When the assignee was warned that the clock runs out.
                 */
                warnedAt: string | null;
                /**
                 * Format: date-time
                 * @description When program admins were told the clock ran out.
                 */
                escalatedAt: string | null;
                /** Format: date-time */
                closedAt: string | null;
                cancelReason: string | null;
              };
              /** @description The contacts logged on the task, newest first. */
              contacts: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                taskId: string;
                /** @enum {unknown} */
                channel: 'email' | 'phone' | 'meeting' | 'other';
                note: string;
                /** Format: uuid */
                contactedBy: string;
                contactedByName: string;
                /** Format: date-time */
                contactedAt: string;
              }[];
              asked: {
                /**
                 * Format: uuid
                 * @description The offer named: a request's, a ticket's (if any) or the one that went live (welcome).
                 */
                offerId: string | null;
                offerName: string | null;
                /** @description A support ticket's subject. */
                subject: string | null;
                /** @description A technical request's or a support ticket's text, as the publisher wrote it. */
                description: string | null;
                stage: ('presales' | 'design' | 'deployment' | 'application-development') | null;
                solution: ('cloud' | 'hybrid') | null;
                /** @description An activation's benefit (the portal names it in the reader's language). */
                benefitId: string | null;
                /** @description A sponsorship's grant amount, once the activation issued one (S10). */
                grantUsdCents: number | null;
                offerChange: {
                  /** Format: uuid */
                  id: string;
                  /** @enum {unknown} */
                  status: 'pending' | 'confirmed' | 'declined' | 'withdrawn';
                  /** @description Only the facts the publisher asks to change. */
                  requested: {
                    listingOption?: string;
                    coSellReady?: boolean;
                    markets?: string[];
                  };
                  confirmed: {
                    /** @description Null: never confirmed (a new offer). */
                    listingOption: string | null;
                    coSellReady: boolean;
                    markets: string[];
                  };
                  note: string | null;
                } | null;
              };
              /** @description The requester first (a request or ticket), then the marketing contacts. */
              whomToContact: {
                /** Format: uuid */
                userId: string;
                name: string;
                email: string;
                /** @description E.164; known for marketing contacts (S7.3). */
                phone: string | null;
                /** @description The preferred language (BCP 47), if known (S7.3). */
                language: string | null;
                /** @description A marketing contact of the publisher's (S6, S7), the person who opened the request or ticket. */
                why: ('marketing-contact' | 'requester')[];
                /** @description False when the person has left the publisher (deactivated). */
                active: boolean;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/tasks/{taskId}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log a contact with the publisher; the first stops the clock and tells the publisher */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            channel: 'email' | 'phone' | 'meeting' | 'other';
            note: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              companyName: string;
              mpnId: string;
              /** @enum {unknown} */
              kind:
                | 'activation'
                | 'technical-request'
                | 'welcome'
                | 'support-ticket'
                | 'dispute'
                | 'offer-change';
              /** @enum {unknown} */
              status: 'open' | 'contacted' | 'done' | 'cancelled';
              /** @description What the task is about, in English (`kind`, `benefitId` and `offerName` say it in parts). */
              subject: string;
              /** @description The activated benefit, for an activation. */
              benefitId: string | null;
              /** @description The offer the task is about, if any. */
              offerName: string | null;
              /** Format: uuid */
              activationId: string | null;
              /** Format: uuid */
              technicalRequestId: string | null;
              /** Format: uuid */
              offerId: string | null;
              /** Format: uuid */
              supportTicketId: string | null;
              /** Format: uuid */
              disputeId: string | null;
              /** @description For a dispute: the publisher wrote after its decision, so the task (opened again) owes an answer, not a decision; null for other tasks. */
              answerAfterDecision: boolean | null;
              /**
               * Format: uuid
               * @description A publisher's request to change an offer's listing option, co-sell readiness or markets.
               */
              offerChangeId: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              /** @description Whether the contact came by the due time; null while open and not yet late. */
              promiseKept: boolean | null;
              /** Format: uuid */
              assigneeId: string | null;
              assigneeName: string | null;
              /** Format: date-time */
              assignedAt: string | null;
              /**
               * Format: date-time
               * @description When the assignee was warned that the clock runs out.
               */
              warnedAt: string | null;
              /**
               * Format: date-time
               * @description When program admins were told the clock ran out.
               */
              escalatedAt: string | null;
              /** Format: date-time */
              closedAt: string | null;
              cancelReason: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/tasks/{taskId}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete a task: the benefit is fulfilled or the request closed */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              companyName: string;
              mpnId: string;
              /** @enum {unknown} */
              kind:
                | 'activation'
                | 'technical-request'
                | 'welcome'
                | 'support-ticket'
                | 'dispute'
                | 'offer-change';
              /** @enum {unknown} */
              status: 'open' | 'contacted' | 'done' | 'cancelled';
              /** @description What the task is about, in English (`kind`, `benefitId` and `offerName` say it in parts). */
              subject: string;
              /** @description The activated benefit, for an activation. */
              benefitId: string | null;
              /** @description The offer the task is about, if any. */
              offerName: string | null;
              /** Format: uuid */
              activationId: string | null;
              /** Format: uuid */
              technicalRequestId: string | null;
              /** Format: uuid */
              offerId: string | null;
              /** Format: uuid */
              supportTicketId: string | null;
              /** Format: uuid */
              disputeId: string | null;
              /** @description For a dispute: the publisher wrote after its decision, so the task (opened again) owes an answer, not a decision; null for other tasks. */
              answerAfterDecision: boolean | null;
              /**
               * Format: uuid
               * @description A publisher's request to change an offer's listing option, co-sell readiness or markets.
               */
              offerChangeId: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              /** @description Whether the contact came by the due time; null while open and not yet late. */
              promiseKept: boolean | null;
              /** Format: uuid */
              assigneeId: string | null;
              assigneeName: string | null;
              /** Format: date-time */
              assignedAt: string | null;
              /**
               * Format: date-time
               * @description When the assignee was warned that the clock runs out.
               */
              warnedAt: string | null;
              /**
               * Format: date-time
               * @description When program admins were told the clock ran out.
               */
              escalatedAt: string | null;
              /** Format: date-time */
              closedAt: string | null;
              cancelReason: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/tasks/{taskId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a task with a reason (its activation, request or ticket is closed with it) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              companyName: string;
              mpnId: string;
              /** @enum {unknown} */
              kind:
                | 'activation'
                | 'technical-request'
                | 'welcome'
                | 'support-ticket'
                | 'dispute'
                | 'offer-change';
              /** @enum {unknown} */
              status: 'open' | 'contacted' | 'done' | 'cancelled';
              /** @description What the task is about, in English (`kind`, `benefitId` and `offerName` say it in parts). */
              subject: string;
              /** @description The activated benefit, for an activation. */
              benefitId: string | null;
              /** @description The offer the task is about, if any. */
              offerName: string | null;
              /** Format: uuid */
              activationId: string | null;
              /** Format: uuid */
              technicalRequestId: string | null;
              /** Format: uuid */
              offerId: string | null;
              /** Format: uuid */
              supportTicketId: string | null;
              /** Format: uuid */
              disputeId: string | null;
              /** @description For a dispute: the publisher wrote after its decision, so the task (opened again) owes an answer, not a decision; null for other tasks. */
              answerAfterDecision: boolean | null;
              /**
               * Format: uuid
               * @description A publisher's request to change an offer's listing option, co-sell readiness or markets.
               */
              offerChangeId: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              /** @description Whether the contact came by the due time; null while open and not yet late. */
              promiseKept: boolean | null;
              /** Format: uuid */
              assigneeId: string | null;
              assigneeName: string | null;
              /** Format: date-time */
              assignedAt: string | null;
              /**
               * Format: date-time
               * @description When the assignee was warned that the clock runs out.
               */
              warnedAt: string | null;
              /**
               * Format: date-time
               * @description When program admins were told the clock ran out.
               */
              escalatedAt: string | null;
              /** Format: date-time */
              closedAt: string | null;
              cancelReason: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/tasks/{taskId}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Claim a task: it is assigned to you (409 task-claimed when someone else has it) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              companyName: string;
              mpnId: string;
              /** @enum {unknown} */
              kind:
                | 'activation'
                | 'technical-request'
                | 'welcome'
                | 'support-ticket'
                | 'dispute'
                | 'offer-change';
              /** @enum {unknown} */
              status: 'open' | 'contacted' | 'done' | 'cancelled';
              /** @description What the task is about, in English (`kind`, `benefitId` and `offerName` say it in parts). */
              subject: string;
              /** @description The activated benefit, for an activation. */
              benefitId: string | null;
              /** @description The offer the task is about, if any. */
              offerName: string | null;
              /** Format: uuid */
              activationId: string | null;
              /** Format: uuid */
              technicalRequestId: string | null;
              /** Format: uuid */
              offerId: string | null;
              /** Format: uuid */
              supportTicketId: string | null;
              /** Format: uuid */
              disputeId: string | null;
              /** @description For a dispute: the publisher wrote after its decision, so the task (opened again) owes an answer, not a decision; null for other tasks. */
              answerAfterDecision: boolean | null;
              /**
               * Format: uuid
               * @description A publisher's request to change an offer's listing option, co-sell readiness or markets.
               */
              offerChangeId: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              /** @description Whether the contact came by the due time; null while open and not yet late. */
              promiseKept: boolean | null;
              /** Format: uuid */
              assigneeId: string | null;
              assigneeName: string | null;
              /** Format: date-time */
              assignedAt: string | null;
              /**
               * Format: date-time
               * @description When the assignee was warned that the clock runs out.
               */
              warnedAt: string | null;
              /**
               * Format: date-time
               * @description When program admins were told the clock ran out.
               */
              escalatedAt: string | null;
              /** Format: date-time */
              closedAt: string | null;
              cancelReason: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/tasks/{taskId}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign a task to a rewards team member or program admin (null: back to the queue) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description A rewards team member or program admin; null unassigns.
             */
            assigneeId: string | null;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              companyName: string;
              mpnId: string;
              /** @enum {unknown} */
              kind:
                | 'activation'
                | 'technical-request'
                | 'welcome'
                | 'support-ticket'
                | 'dispute'
                | 'offer-change';
              /** @enum {unknown} */
              status: 'open' | 'contacted' | 'done' | 'cancelled';
              /** @description What the task is about, in English (`kind`, `benefitId` and `offerName` say it in parts). */
              subject: string;
              /** @description The activated benefit, for an activation. */
              benefitId: string | null;
              /** @description The offer the task is about, if any. */
              offerName: string | null;
              /** Format: uuid */
              activationId: string | null;
              /** Format: uuid */
              technicalRequestId: string | null;
              /** Format: uuid */
              offerId: string | null;
              /** Format: uuid */
              supportTicketId: string | null;
              /** Format: uuid */
              disputeId: string | null;
              /** @description For a dispute: the publisher wrote after its decision, so the task (opened again) owes an answer, not a decision; null for other tasks. */
              answerAfterDecision: boolean | null;
              /**
               * Format: uuid
               * @description A publisher's request to change an offer's listing option, co-sell readiness or markets.
               */
              offerChangeId: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              dueAt: string;
              /** Format: date-time */
              contactedAt: string | null;
              /** @enum {unknown} */
              clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
              /** @description Whether the contact came by the due time; null while open and not yet late. */
              promiseKept: boolean | null;
              /** Format: uuid */
              assigneeId: string | null;
              assigneeName: string | null;
              /** Format: date-time */
              assignedAt: string | null;
              /**
               * Format: date-time
               * @description When the assignee was warned that the clock runs out.
               */
              warnedAt: string | null;
              /**
               * Format: date-time
               * @description When program admins were told the clock ran out.
               */
              escalatedAt: string | null;
              /** Format: date-time */
              closedAt: string | null;
              cancelReason: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/engagement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rewards team's view of a publisher: every task, the contact history, opt-outs, the outbox */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              /** @description Every task of the publisher, open and closed, soonest due first. */
              tasks: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                publisherId: string;
                companyName: string;
                mpnId: string;
                /** @enum {unknown} */
                kind:
                  | 'activation'
                  | 'technical-request'
                  | 'welcome'
                  | 'support-ticket'
                  | 'dispute'
                  | 'offer-change';
                /** @enum {unknown} */
                status: 'open' | 'contacted' | 'done' | 'cancelled';
                /** @description What the task is about, in English (`kind`, `benefitId` and `offerName` say it in parts). */
                subject: string;
                /** @description The activated benefit, for an activation. */
                benefitId: string | null;
                /** @description The offer the task is about, if any. */
                offerName: string | null;
                /** Format: uuid */
                activationId: string | null;
                /** Format: uuid */
                technicalRequestId: string | null;
                /** Format: uuid */
                offerId: string | null;
                /** Format: uuid */
                supportTicketId: string | null;
                /** Format: uuid */
                disputeId: string | null;
                /** @description For a dispute: the publisher wrote after its decision, so the task (opened again) owes an answer, not a decision; null for other tasks. */
                answerAfterDecision: boolean | null;
                /**
                 * Format: uuid
                 * @description A publisher's request to change an offer's listing option, co-sell readiness or markets.
                 */
                offerChangeId: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                dueAt: string;
                /** Format: date-time */
                contactedAt: string | null;
                /** @enum {unknown} */
                clock: 'on-track' | 'due-soon' | 'late' | 'kept' | 'missed';
                /** @description Whether the contact came by the due time; null while open and not yet late. */
                promiseKept: boolean | null;
                /** Format: uuid */
                assigneeId: string | null;
                assigneeName: string | null;
                /** Format: date-time */
                assignedAt: string | null;
                /**
                 * Format: date-time
                 * @description When the assignee was warned that the clock runs out.
                 */
                warnedAt: string | null;
                /**
                 * Format: date-time
                 * @description When program admins were told the clock ran out.
                 */
                escalatedAt: string | null;
                /** Format: date-time */
                closedAt: string | null;
                cancelReason: string | null;
              }[];
              /** @description Every contact logged, newest first (the history). */
              contacts: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                taskId: string;
                /** @enum {unknown} */
                channel: 'email' | 'phone' | 'meeting' | 'other';
                note: string;
                /** Format: uuid */
                contactedBy: string;
                contactedByName: string;
                /** Format: date-time */
                contactedAt: string;
              }[];
              optOuts: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                publisherId: string;
                /**
                 * @description welcome: welcome calls and go-live messages; announcements: benefit, sponsorship, resource, expiry and refresh emails; all: both. Answers to what the publisher asks for itself (activations, requests) still go.
                 * @enum {unknown}
                 */
                engagement: 'all' | 'welcome' | 'announcements';
                note: string;
                /** Format: uuid */
                recordedBy: string;
                /** Format: date-time */
                recordedAt: string;
                /** Format: date-time */
                withdrawnAt: string | null;
              }[];
              /** @description The publisher's messages by status. */
              outbox: {
                [key: string]: number;
              };
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/opt-outs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The engagements the publisher opted out of (L8), current and withdrawn */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                publisherId: string;
                /**
                 * @description welcome: welcome calls and go-live messages; announcements: benefit, sponsorship, resource, expiry and refresh emails; all: both. Answers to what the publisher asks for itself (activations, requests) still go.
                 * @enum {unknown}
                 */
                engagement: 'all' | 'welcome' | 'announcements';
                note: string;
                /** Format: uuid */
                recordedBy: string;
                /** Format: date-time */
                recordedAt: string;
                /** Format: date-time */
                withdrawnAt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Record that the publisher opts out of an engagement (L8): no more such messages or tasks */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description welcome: welcome calls and go-live messages; announcements: benefit, sponsorship, resource, expiry and refresh emails; all: both. Answers to what the publisher asks for itself (activations, requests) still go.
             * @enum {unknown}
             */
            engagement: 'all' | 'welcome' | 'announcements';
            note: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              /**
               * @description welcome: welcome calls and go-live messages; announcements: benefit, sponsorship, resource, expiry and refresh emails; all: both. Answers to what the publisher asks for itself (activations, requests) still go.
               * @enum {unknown}
               */
              engagement: 'all' | 'welcome' | 'announcements';
              note: string;
              /** Format: uuid */
              recordedBy: string;
              /** Format: date-time */
              recordedAt: string;
              /** Format: date-time */
              withdrawnAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/opt-outs/{optOutId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw an opt-out: the engagement resumes for what happens from now on */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          optOutId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              /**
               * @description welcome: welcome calls and go-live messages; announcements: benefit, sponsorship, resource, expiry and refresh emails; all: both. Answers to what the publisher asks for itself (activations, requests) still go.
               * @enum {unknown}
               */
              engagement: 'all' | 'welcome' | 'announcements';
              note: string;
              /** Format: uuid */
              recordedBy: string;
              /** Format: date-time */
              recordedAt: string;
              /** Format: date-time */
              withdrawnAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/sponsorships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The publisher's sponsorship grants (S10, L9): amount, state, what is left, the spend recorded */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                publisherId: string;
                /** Format: uuid */
                activationId: string;
                benefitId: string;
                benefitName: string;
                /**
                 * @description issued: before its start; active: money may be spent; spent: all of it, or marked spent; expired: its expiry passed with money left.
                 * @enum {unknown}
                 */
                state: 'issued' | 'active' | 'spent' | 'expired';
                /** @description US dollars in cents. */
                amountUsdCents: number;
                /** @description US dollars in cents. */
                spentUsdCents: number;
                /** @description US dollars in cents. */
                remainingUsdCents: number;
                /** Format: date-time */
                issuedAt: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                expiresAt: string;
                /** Format: date-time */
                spentAt: string | null;
                /** @description Why the rest was not spent, when the grant was marked spent. */
                spentNote: string | null;
                /** @description The spend recorded against the grant, oldest first. */
                spend: {
                  id: number;
                  /** @description US dollars in cents. */
                  amountUsdCents: number;
                  /** Format: date */
                  spentOn: string;
                  note: string;
                  /** Format: uuid */
                  recordedBy: string;
                  recordedByName: string;
                  /** Format: date-time */
                  recordedAt: string;
                }[];
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/sponsorships/{grantId}/spend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record spend against a grant; the grant is spent when the spend reaches its amount */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          grantId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description US dollars in cents. */
            amountUsdCents: number;
            /** Format: date */
            spentOn: string;
            /** @default  */
            note: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              activationId: string;
              benefitId: string;
              benefitName: string;
              /**
               * @description issued: before its start; active: money may be spent; spent: all of it, or marked spent; expired: its expiry passed with money left.
               * @enum {unknown}
               */
              state: 'issued' | 'active' | 'spent' | 'expired';
              /** @description US dollars in cents. */
              amountUsdCents: number;
              /** @description US dollars in cents. */
              spentUsdCents: number;
              /** @description US dollars in cents. */
              remainingUsdCents: number;
              /** Format: date-time */
              issuedAt: string;
              /** Format: date-time */
              startsAt: string;
              /** Format: date-time */
              expiresAt: string;
              /** Format: date-time */
              spentAt: string | null;
              /** @description Why the rest was not spent, when the grant was marked spent. */
              spentNote: string | null;
              /** @description The spend recorded against the grant, oldest first. */
              spend: {
                id: number;
                /** @description US dollars in cents. */
                amountUsdCents: number;
                /** Format: date */
                spentOn: string;
                note: string;
                /** Format: uuid */
                recordedBy: string;
                recordedByName: string;
                /** Format: date-time */
                recordedAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/sponsorships/{grantId}/mark-spent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a grant spent: the rest will not be spent, and the next sponsorship may be issued */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          grantId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Why the rest will not be spent. */
            note: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              activationId: string;
              benefitId: string;
              benefitName: string;
              /**
               * @description issued: before its start; active: money may be spent; spent: all of it, or marked spent; expired: its expiry passed with money left.
               * @enum {unknown}
               */
              state: 'issued' | 'active' | 'spent' | 'expired';
              /** @description US dollars in cents. */
              amountUsdCents: number;
              /** @description US dollars in cents. */
              spentUsdCents: number;
              /** @description US dollars in cents. */
              remainingUsdCents: number;
              /** Format: date-time */
              issuedAt: string;
              /** Format: date-time */
              startsAt: string;
              /** Format: date-time */
              expiresAt: string;
              /** Format: date-time */
              spentAt: string | null;
              /** @description Why the rest was not spent, when the grant was marked spent. */
              spentNote: string | null;
              /** @description The spend recorded against the grant, oldest first. */
              spend: {
                id: number;
                /** @description US dollars in cents. */
                amountUsdCents: number;
                /** Format: date */
                spentOn: string;
                note: string;
                /** Format: uuid */
                recordedBy: string;
                recordedByName: string;
                /** Format: date-time */
                recordedAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/dashboards/contact-rate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Activations contacted within the promise (S8), late, or not yet (and past due), by week */
    get: {
      parameters: {
        query?: {
          weeks?: number;
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
              items: {
                /** Format: date */
                weekStart: string;
                activations: number;
                contactedWithinWeek: number;
                contactedLate: number;
                notYetContacted: number;
                /** @description Of those not yet contacted, how many are past their due date (the promise missed) */
                notYetContactedPastDue: number;
                /** @description Contacted within the promise over those whose outcome is known (contacted, or past due); null if none */
                share: number | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/dashboards/contact-rate/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Activations contacted within the promise (S8), late, or not yet (and past due), by week, as CSV */
    get: {
      parameters: {
        query?: {
          weeks?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/csv */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/dashboards/open-work': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open work by age (since it came in) and kind, with how much is late or unassigned */
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
              items: {
                age: string;
                /** @enum {unknown} */
                kind:
                  | 'activation'
                  | 'technical-request'
                  | 'welcome'
                  | 'support-ticket'
                  | 'dispute'
                  | 'offer-change';
                open: number;
                late: number;
                unassigned: number;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/dashboards/open-work/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open work by age (since it came in) and kind, with how much is late or unassigned, as CSV */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/csv */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/dashboards/activations-by-benefit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Activations (not cancelled) by benefit and stage */
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
              items: {
                benefitId: string;
                benefitName: string;
                activations: number;
                fulfilled: number;
                inProgress: number;
                requested: number;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/dashboards/activations-by-benefit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Activations (not cancelled) by benefit and stage, as CSV */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/csv */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/dashboards/activations-by-tier': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Activations (not cancelled) by the publisher's current tier */
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
              items: {
                tierId: string;
                tierName: string;
                count: number;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/dashboards/activations-by-tier/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Activations (not cancelled) by the publisher's current tier, as CSV */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/csv */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/dashboards/publishers-by-tier': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Publishers by current tier */
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
              items: {
                tierId: string;
                tierName: string;
                count: number;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/dashboards/publishers-by-tier/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Publishers by current tier, as CSV */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/csv */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The publisher's webhook subscriptions (never their secrets) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /**
                 * Format: uuid
                 * @description null: program-wide (every publisher and the program).
                 */
                publisherId: string | null;
                publisherName: string | null;
                url: string;
                description: string;
                eventTypes: (
                  | 'tier.changed'
                  | 'benefit.unlocked'
                  | 'benefit.expiring'
                  | 'benefit.expired'
                  | 'benefit.revoked'
                  | 'activation.created'
                  | 'activation.contacted'
                  | 'activation.fulfilled'
                  | 'task.late'
                  | 'task.escalated'
                  | 'ticket.replied'
                  | 'billed-sales.batch.processed'
                  | 'sponsorship.granted'
                  | 'sponsorship.spend.recorded'
                  | 'sponsorship.spent'
                  | 'sponsorship.expiring'
                  | 'sponsorship.expired'
                  | 'program.published'
                )[];
                enabled: boolean;
                /** Format: date-time */
                disabledAt: string | null;
                disabledReason: ('by-hand' | 'failing' | 'gone') | null;
                consecutiveFailures: number;
                /**
                 * Format: date-time
                 * @description Until when the previous secret signs too.
                 */
                previousSecretUntil: string | null;
                /** Format: date-time */
                createdAt: string;
                createdByName: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Subscribe a URL to events of the publisher; the signing secret is in this answer only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Where events are POSTed: an http(s) URL on a public address (WEBHOOK_TARGETS). */
            url: string;
            eventTypes: (
              | 'tier.changed'
              | 'benefit.unlocked'
              | 'benefit.expiring'
              | 'benefit.expired'
              | 'benefit.revoked'
              | 'activation.created'
              | 'activation.contacted'
              | 'activation.fulfilled'
              | 'task.late'
              | 'task.escalated'
              | 'ticket.replied'
              | 'billed-sales.batch.processed'
              | 'sponsorship.granted'
              | 'sponsorship.spend.recorded'
              | 'sponsorship.spent'
              | 'sponsorship.expiring'
              | 'sponsorship.expired'
              | 'program.published'
            )[];
            /** @description A note for the people who manage it. */
            description?: string;
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
              /** Format: uuid */
              id: string;
              /**
               * Format: uuid
               * @description null: program-wide (every publisher and the program).
               */
              publisherId: string | null;
              publisherName: string | null;
              url: string;
              description: string;
              eventTypes: (
                | 'tier.changed'
                | 'benefit.unlocked'
                | 'benefit.expiring'
                | 'benefit.expired'
                | 'benefit.revoked'
                | 'activation.created'
                | 'activation.contacted'
                | 'activation.fulfilled'
                | 'task.late'
                | 'task.escalated'
                | 'ticket.replied'
                | 'billed-sales.batch.processed'
                | 'sponsorship.granted'
                | 'sponsorship.spend.recorded'
                | 'sponsorship.spent'
                | 'sponsorship.expiring'
                | 'sponsorship.expired'
                | 'program.published'
              )[];
              enabled: boolean;
              /** Format: date-time */
              disabledAt: string | null;
              disabledReason: ('by-hand' | 'failing' | 'gone') | null;
              consecutiveFailures: number;
              /**
               * Format: date-time
               * @description Until when the previous secret signs too.
               */
              previousSecretUntil: string | null;
              /** Format: date-time */
              createdAt: string;
              createdByName: string;
              /** @description The signing secret (whsec_...), shown this once: verify each webhook-signature with it. */
              secret: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every webhook subscription (program-wide first), or one publisher’s */
    get: {
      parameters: {
        query?: {
          publisherId?: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /**
                 * Format: uuid
                 * @description null: program-wide (every publisher and the program).
                 */
                publisherId: string | null;
                publisherName: string | null;
                url: string;
                description: string;
                eventTypes: (
                  | 'tier.changed'
                  | 'benefit.unlocked'
                  | 'benefit.expiring'
                  | 'benefit.expired'
                  | 'benefit.revoked'
                  | 'activation.created'
                  | 'activation.contacted'
                  | 'activation.fulfilled'
                  | 'task.late'
                  | 'task.escalated'
                  | 'ticket.replied'
                  | 'billed-sales.batch.processed'
                  | 'sponsorship.granted'
                  | 'sponsorship.spend.recorded'
                  | 'sponsorship.spent'
                  | 'sponsorship.expiring'
                  | 'sponsorship.expired'
                  | 'program.published'
                )[];
                enabled: boolean;
                /** Format: date-time */
                disabledAt: string | null;
                disabledReason: ('by-hand' | 'failing' | 'gone') | null;
                consecutiveFailures: number;
                /**
                 * Format: date-time
                 * @description Until when the previous secret signs too.
                 */
                previousSecretUntil: string | null;
                /** Format: date-time */
                createdAt: string;
                createdByName: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Subscribe a URL to every publisher’s events and the program’s (or one publisher’s) */
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
            /** @description Where events are POSTed: an http(s) URL on a public address (WEBHOOK_TARGETS). */
            url: string;
            eventTypes: (
              | 'tier.changed'
              | 'benefit.unlocked'
              | 'benefit.expiring'
              | 'benefit.expired'
              | 'benefit.revoked'
              | 'activation.created'
              | 'activation.contacted'
              | 'activation.fulfilled'
              | 'task.late'
              | 'task.escalated'
              | 'ticket.replied'
              | 'billed-sales.batch.processed'
              | 'sponsorship.granted'
              | 'sponsorship.spend.recorded'
              | 'sponsorship.spent'
              | 'sponsorship.expiring'
              | 'sponsorship.expired'
              | 'program.published'
            )[];
            /** @description A note for the people who manage it. */
            description?: string;
            /**
             * Format: uuid
             * @description One publisher's events only; absent or null: every publisher's, and the program's.
             */
            publisherId?: string | null;
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
              /** Format: uuid */
              id: string;
              /**
               * Format: uuid
               * @description null: program-wide (every publisher and the program).
               */
              publisherId: string | null;
              publisherName: string | null;
              url: string;
              description: string;
              eventTypes: (
                | 'tier.changed'
                | 'benefit.unlocked'
                | 'benefit.expiring'
                | 'benefit.expired'
                | 'benefit.revoked'
                | 'activation.created'
                | 'activation.contacted'
                | 'activation.fulfilled'
                | 'task.late'
                | 'task.escalated'
                | 'ticket.replied'
                | 'billed-sales.batch.processed'
                | 'sponsorship.granted'
                | 'sponsorship.spend.recorded'
                | 'sponsorship.spent'
                | 'sponsorship.expiring'
                | 'sponsorship.expired'
                | 'program.published'
              )[];
              enabled: boolean;
              /** Format: date-time */
              disabledAt: string | null;
              disabledReason: ('by-hand' | 'failing' | 'gone') | null;
              consecutiveFailures: number;
              /**
               * Format: date-time
               * @description Until when the previous secret signs too.
               */
              previousSecretUntil: string | null;
              /** Format: date-time */
              createdAt: string;
              createdByName: string;
              /** @description The signing secret (whsec_...), shown this once: verify each webhook-signature with it. */
              secret: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/webhooks/{subscriptionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A webhook subscription */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          subscriptionId: string;
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
              /** Format: uuid */
              id: string;
              /**
               * Format: uuid
               * @description null: program-wide (every publisher and the program).
               */
              publisherId: string | null;
              publisherName: string | null;
              url: string;
              description: string;
              eventTypes: (
                | 'tier.changed'
                | 'benefit.unlocked'
                | 'benefit.expiring'
                | 'benefit.expired'
                | 'benefit.revoked'
                | 'activation.created'
                | 'activation.contacted'
                | 'activation.fulfilled'
                | 'task.late'
                | 'task.escalated'
                | 'ticket.replied'
                | 'billed-sales.batch.processed'
                | 'sponsorship.granted'
                | 'sponsorship.spend.recorded'
                | 'sponsorship.spent'
                | 'sponsorship.expiring'
                | 'sponsorship.expired'
                | 'program.published'
              )[];
              enabled: boolean;
              /** Format: date-time */
              disabledAt: string | null;
              disabledReason: ('by-hand' | 'failing' | 'gone') | null;
              consecutiveFailures: number;
              /**
               * Format: date-time
               * @description Until when the previous secret signs too.
               */
              previousSecretUntil: string | null;
              /** Format: date-time */
              createdAt: string;
              createdByName: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove the subscription and its delivery log */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          subscriptionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change its URL, events or note; disable it, or enable it again */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          subscriptionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Where events are POSTed: an http(s) URL on a public address (WEBHOOK_TARGETS). */
            url?: string;
            eventTypes?: (
              | 'tier.changed'
              | 'benefit.unlocked'
              | 'benefit.expiring'
              | 'benefit.expired'
              | 'benefit.revoked'
              | 'activation.created'
              | 'activation.contacted'
              | 'activation.fulfilled'
              | 'task.late'
              | 'task.escalated'
              | 'ticket.replied'
              | 'billed-sales.batch.processed'
              | 'sponsorship.granted'
              | 'sponsorship.spend.recorded'
              | 'sponsorship.spent'
              | 'sponsorship.expiring'
              | 'sponsorship.expired'
              | 'program.published'
            )[];
            /** @description A note for the people who manage it. */
            description?: string;
            /** @description false stops deliveries; true starts them again (failures counted anew). */
            enabled?: boolean;
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
              /** Format: uuid */
              id: string;
              /**
               * Format: uuid
               * @description null: program-wide (every publisher and the program).
               */
              publisherId: string | null;
              publisherName: string | null;
              url: string;
              description: string;
              eventTypes: (
                | 'tier.changed'
                | 'benefit.unlocked'
                | 'benefit.expiring'
                | 'benefit.expired'
                | 'benefit.revoked'
                | 'activation.created'
                | 'activation.contacted'
                | 'activation.fulfilled'
                | 'task.late'
                | 'task.escalated'
                | 'ticket.replied'
                | 'billed-sales.batch.processed'
                | 'sponsorship.granted'
                | 'sponsorship.spend.recorded'
                | 'sponsorship.spent'
                | 'sponsorship.expiring'
                | 'sponsorship.expired'
                | 'program.published'
              )[];
              enabled: boolean;
              /** Format: date-time */
              disabledAt: string | null;
              disabledReason: ('by-hand' | 'failing' | 'gone') | null;
              consecutiveFailures: number;
              /**
               * Format: date-time
               * @description Until when the previous secret signs too.
               */
              previousSecretUntil: string | null;
              /** Format: date-time */
              createdAt: string;
              createdByName: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/publishers/{publisherId}/webhooks/{subscriptionId}/secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rotate the signing secret: the new one is in this answer only; the old one signs too for a while */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          subscriptionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Hours the old secret signs too (a second signature), while receivers move to the new one.
             * @default 24
             */
            overlapHours?: number;
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
              /** Format: uuid */
              id: string;
              /**
               * Format: uuid
               * @description null: program-wide (every publisher and the program).
               */
              publisherId: string | null;
              publisherName: string | null;
              url: string;
              description: string;
              eventTypes: (
                | 'tier.changed'
                | 'benefit.unlocked'
                | 'benefit.expiring'
                | 'benefit.expired'
                | 'benefit.revoked'
                | 'activation.created'
                | 'activation.contacted'
                | 'activation.fulfilled'
                | 'task.late'
                | 'task.escalated'
                | 'ticket.replied'
                | 'billed-sales.batch.processed'
                | 'sponsorship.granted'
                | 'sponsorship.spend.recorded'
                | 'sponsorship.spent'
                | 'sponsorship.expiring'
                | 'sponsorship.expired'
                | 'program.published'
              )[];
              enabled: boolean;
              /** Format: date-time */
              disabledAt: string | null;
              disabledReason: ('by-hand' | 'failing' | 'gone') | null;
              consecutiveFailures: number;
              /**
               * Format: date-time
               * @description Until when the previous secret signs too.
               */
              previousSecretUntil: string | null;
              /** Format: date-time */
              createdAt: string;
              createdByName: string;
              /** @description The signing secret (whsec_...), shown this once: verify each webhook-signature with it. */
              secret: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/webhooks/{subscriptionId}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a webhook.test event to this subscription only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          subscriptionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @description The webhook-id header: the same on every attempt and redelivery. */
              eventId: string;
              eventType: string;
              /** @enum {unknown} */
              status: 'queued' | 'sending' | 'delivered' | 'failed' | 'cancelled';
              attempts: number;
              /** Format: date-time */
              nextAttemptAt: string | null;
              lastStatusCode: number | null;
              lastError: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deliveredAt: string | null;
              log: {
                attempt: number;
                /** Format: date-time */
                at: string;
                statusCode: number | null;
                error: string | null;
                durationMs: number;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/webhooks/{subscriptionId}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Its delivery log, newest first: each delivery with every attempt and the status code received */
    get: {
      parameters: {
        query?: {
          status?: 'queued' | 'sending' | 'delivered' | 'failed' | 'cancelled';
          limit?: number;
        };
        header?: never;
        path: {
          publisherId: string;
          subscriptionId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /** @description The webhook-id header: the same on every attempt and redelivery. */
                eventId: string;
                eventType: string;
                /** @enum {unknown} */
                status: 'queued' | 'sending' | 'delivered' | 'failed' | 'cancelled';
                attempts: number;
                /** Format: date-time */
                nextAttemptAt: string | null;
                lastStatusCode: number | null;
                lastError: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                deliveredAt: string | null;
                log: {
                  attempt: number;
                  /** Format: date-time */
                  at: string;
                  statusCode: number | null;
                  error: string | null;
                  durationMs: number;
                }[];
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/webhooks/{subscriptionId}/deliveries/{webhookDeliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a delivered, failed or cancelled delivery again, with the same webhook-id */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          subscriptionId: string;
          webhookDeliveryId: string;
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
              /** Format: uuid */
              id: string;
              /** @description The webhook-id header: the same on every attempt and redelivery. */
              eventId: string;
              eventType: string;
              /** @enum {unknown} */
              status: 'queued' | 'sending' | 'delivered' | 'failed' | 'cancelled';
              attempts: number;
              /** Format: date-time */
              nextAttemptAt: string | null;
              lastStatusCode: number | null;
              lastError: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deliveredAt: string | null;
              log: {
                attempt: number;
                /** Format: date-time */
                at: string;
                statusCode: number | null;
                error: string | null;
                durationMs: number;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/webhooks/{subscriptionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A webhook subscription */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          subscriptionId: string;
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
              /** Format: uuid */
              id: string;
              /**
               * Format: uuid
               * @description null: program-wide (every publisher and the program).
               */
              publisherId: string | null;
              publisherName: string | null;
              url: string;
              description: string;
              eventTypes: (
                | 'tier.changed'
                | 'benefit.unlocked'
                | 'benefit.expiring'
                | 'benefit.expired'
                | 'benefit.revoked'
                | 'activation.created'
                | 'activation.contacted'
                | 'activation.fulfilled'
                | 'task.late'
                | 'task.escalated'
                | 'ticket.replied'
                | 'billed-sales.batch.processed'
                | 'sponsorship.granted'
                | 'sponsorship.spend.recorded'
                | 'sponsorship.spent'
                | 'sponsorship.expiring'
                | 'sponsorship.expired'
                | 'program.published'
              )[];
              enabled: boolean;
              /** Format: date-time */
              disabledAt: string | null;
              disabledReason: ('by-hand' | 'failing' | 'gone') | null;
              consecutiveFailures: number;
              /**
               * Format: date-time
               * @description Until when the previous secret signs too.
               */
              previousSecretUntil: string | null;
              /** Format: date-time */
              createdAt: string;
              createdByName: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove the subscription and its delivery log */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          subscriptionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change its URL, events or note; disable it, or enable it again */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          subscriptionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Where events are POSTed: an http(s) URL on a public address (WEBHOOK_TARGETS). */
            url?: string;
            eventTypes?: (
              | 'tier.changed'
              | 'benefit.unlocked'
              | 'benefit.expiring'
              | 'benefit.expired'
              | 'benefit.revoked'
              | 'activation.created'
              | 'activation.contacted'
              | 'activation.fulfilled'
              | 'task.late'
              | 'task.escalated'
              | 'ticket.replied'
              | 'billed-sales.batch.processed'
              | 'sponsorship.granted'
              | 'sponsorship.spend.recorded'
              | 'sponsorship.spent'
              | 'sponsorship.expiring'
              | 'sponsorship.expired'
              | 'program.published'
            )[];
            /** @description A note for the people who manage it. */
            description?: string;
            /** @description false stops deliveries; true starts them again (failures counted anew). */
            enabled?: boolean;
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
              /** Format: uuid */
              id: string;
              /**
               * Format: uuid
               * @description null: program-wide (every publisher and the program).
               */
              publisherId: string | null;
              publisherName: string | null;
              url: string;
              description: string;
              eventTypes: (
                | 'tier.changed'
                | 'benefit.unlocked'
                | 'benefit.expiring'
                | 'benefit.expired'
                | 'benefit.revoked'
                | 'activation.created'
                | 'activation.contacted'
                | 'activation.fulfilled'
                | 'task.late'
                | 'task.escalated'
                | 'ticket.replied'
                | 'billed-sales.batch.processed'
                | 'sponsorship.granted'
                | 'sponsorship.spend.recorded'
                | 'sponsorship.spent'
                | 'sponsorship.expiring'
                | 'sponsorship.expired'
                | 'program.published'
              )[];
              enabled: boolean;
              /** Format: date-time */
              disabledAt: string | null;
              disabledReason: ('by-hand' | 'failing' | 'gone') | null;
              consecutiveFailures: number;
              /**
               * Format: date-time
               * @description Until when the previous secret signs too.
               */
              previousSecretUntil: string | null;
              /** Format: date-time */
              createdAt: string;
              createdByName: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/webhooks/{subscriptionId}/secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rotate the signing secret: the new one is in this answer only; the old one signs too for a while */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          subscriptionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Hours the old secret signs too (a second signature), while receivers move to the new one.
             * @default 24
             */
            overlapHours?: number;
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
              /** Format: uuid */
              id: string;
              /**
               * Format: uuid
               * @description null: program-wide (every publisher and the program).
               */
              publisherId: string | null;
              publisherName: string | null;
              url: string;
              description: string;
              eventTypes: (
                | 'tier.changed'
                | 'benefit.unlocked'
                | 'benefit.expiring'
                | 'benefit.expired'
                | 'benefit.revoked'
                | 'activation.created'
                | 'activation.contacted'
                | 'activation.fulfilled'
                | 'task.late'
                | 'task.escalated'
                | 'ticket.replied'
                | 'billed-sales.batch.processed'
                | 'sponsorship.granted'
                | 'sponsorship.spend.recorded'
                | 'sponsorship.spent'
                | 'sponsorship.expiring'
                | 'sponsorship.expired'
                | 'program.published'
              )[];
              enabled: boolean;
              /** Format: date-time */
              disabledAt: string | null;
              disabledReason: ('by-hand' | 'failing' | 'gone') | null;
              consecutiveFailures: number;
              /**
               * Format: date-time
               * @description Until when the previous secret signs too.
               */
              previousSecretUntil: string | null;
              /** Format: date-time */
              createdAt: string;
              createdByName: string;
              /** @description The signing secret (whsec_...), shown this once: verify each webhook-signature with it. */
              secret: string;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/webhooks/{subscriptionId}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a webhook.test event to this subscription only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          subscriptionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @description The webhook-id header: the same on every attempt and redelivery. */
              eventId: string;
              eventType: string;
              /** @enum {unknown} */
              status: 'queued' | 'sending' | 'delivered' | 'failed' | 'cancelled';
              attempts: number;
              /** Format: date-time */
              nextAttemptAt: string | null;
              lastStatusCode: number | null;
              lastError: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deliveredAt: string | null;
              log: {
                attempt: number;
                /** Format: date-time */
                at: string;
                statusCode: number | null;
                error: string | null;
                durationMs: number;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/webhooks/{subscriptionId}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Its delivery log, newest first: each delivery with every attempt and the status code received */
    get: {
      parameters: {
        query?: {
          status?: 'queued' | 'sending' | 'delivered' | 'failed' | 'cancelled';
          limit?: number;
        };
        header?: never;
        path: {
          subscriptionId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /** @description The webhook-id header: the same on every attempt and redelivery. */
                eventId: string;
                eventType: string;
                /** @enum {unknown} */
                status: 'queued' | 'sending' | 'delivered' | 'failed' | 'cancelled';
                attempts: number;
                /** Format: date-time */
                nextAttemptAt: string | null;
                lastStatusCode: number | null;
                lastError: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                deliveredAt: string | null;
                log: {
                  attempt: number;
                  /** Format: date-time */
                  at: string;
                  statusCode: number | null;
                  error: string | null;
                  durationMs: number;
                }[];
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/webhooks/{subscriptionId}/deliveries/{webhookDeliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a delivered, failed or cancelled delivery again, with the same webhook-id */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          subscriptionId: string;
          webhookDeliveryId: string;
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
              /** Format: uuid */
              id: string;
              /** @description The webhook-id header: the same on every attempt and redelivery. */
              eventId: string;
              eventType: string;
              /** @enum {unknown} */
              status: 'queued' | 'sending' | 'delivered' | 'failed' | 'cancelled';
              attempts: number;
              /** Format: date-time */
              nextAttemptAt: string | null;
              lastStatusCode: number | null;
              lastError: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deliveredAt: string | null;
              log: {
                attempt: number;
                /** Format: date-time */
                at: string;
                statusCode: number | null;
                error: string | null;
                durationMs: number;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/account/data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything the service keeps about you, as a JSON file */
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
              /** Format: date-time */
              exportedAt: string;
              person: {
                /** Format: uuid */
                id: string;
                email: string;
                displayName: string;
                /** @enum {unknown} */
                role:
                  | 'publisher-owner'
                  | 'publisher-admin'
                  | 'publisher-member'
                  | 'rewards-team'
                  | 'program-admin';
                /** Format: uuid */
                publisherId: string | null;
                companyName: string | null;
                language: string | null;
                /** @enum {unknown} */
                status: 'pending' | 'active' | 'deactivated' | 'erased';
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                deactivatedAt: string | null;
                /** Format: date-time */
                erasedAt: string | null;
                /** @description Whether TOTP is on (the secret itself is never exported). */
                twoStepSignIn: boolean;
                /** @description The identity provider linked, if any. */
                singleSignOnIssuer: string | null;
              };
              /** @description Where the publisher reaches them about its rewards (S7). */
              marketingContacts: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                publisherId: string;
                email: string;
                phone: string;
                language: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              /** @description Their sign-ins, with the client address and browser the retention settings keep. */
              sessions: {
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                lastSeenAt: string;
                /** Format: date-time */
                endedAt: string | null;
                ip: string | null;
                userAgent: string | null;
              }[];
              /** @description Offers they own (they get its welcome, S11). */
              offersOwned: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              /** @description Benefits they activated. */
              activations: {
                /** Format: uuid */
                id: string;
                benefitId: string;
                status: string;
                /** Format: date-time */
                requestedAt: string;
              }[];
              /** @description Tickets, technical requests and disputes they opened, with their text. */
              conversationsOpened: {
                /** Format: uuid */
                id: string;
                /** @enum {unknown} */
                kind: 'support-ticket' | 'technical-request' | 'dispute';
                text: string;
                /** Format: date-time */
                openedAt: string;
              }[];
              /** @description Their replies in conversations. */
              messagesWritten: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                conversationId: string;
                body: string;
                /** Format: date-time */
                writtenAt: string;
              }[];
              /** @description The messages sent to their addresses. */
              mail: {
                /** Format: uuid */
                id: string;
                kind: string;
                to: string;
                subject: string | null;
                status: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                sentAt: string | null;
              }[];
              /** @description What they did, as the audit trail recorded it (the latest 10,000 entries). */
              auditTrail: {
                /** Format: date-time */
                at: string;
                action: string;
                outcome: string;
                objectType: string | null;
                objectId: string | null;
                ip: string | null;
                userAgent: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find a person or a marketing contact by a part of their address or name (at most 20) */
    get: {
      parameters: {
        query?: {
          /** @description A part of an email address or a name, any case; without it, the first 20 by name. */
          q?: string;
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
              items: {
                /**
                 * @description A user (who signs in), or a marketing contact record (a user’s contact address and phone).
                 * @enum {unknown}
                 */
                kind: 'user' | 'contact';
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                userId: string;
                /** Format: uuid */
                publisherId: string | null;
                companyName: string | null;
                name: string;
                email: string;
                /** @enum {unknown} */
                role:
                  | 'publisher-owner'
                  | 'publisher-admin'
                  | 'publisher-member'
                  | 'rewards-team'
                  | 'program-admin';
                /** @enum {unknown} */
                status: 'pending' | 'active' | 'deactivated' | 'erased';
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/people/{userId}/data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything the service keeps about a person, as a JSON file (a program admin's export for them) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
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
              /** Format: date-time */
              exportedAt: string;
              person: {
                /** Format: uuid */
                id: string;
                email: string;
                displayName: string;
                /** @enum {unknown} */
                role:
                  | 'publisher-owner'
                  | 'publisher-admin'
                  | 'publisher-member'
                  | 'rewards-team'
                  | 'program-admin';
                /** Format: uuid */
                publisherId: string | null;
                companyName: string | null;
                language: string | null;
                /** @enum {unknown} */
                status: 'pending' | 'active' | 'deactivated' | 'erased';
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                deactivatedAt: string | null;
                /** Format: date-time */
                erasedAt: string | null;
                /** @description Whether TOTP is on (the secret itself is never exported). */
                twoStepSignIn: boolean;
                /** @description The identity provider linked, if any. */
                singleSignOnIssuer: string | null;
              };
              /** @description Where the publisher reaches them about its rewards (S7). */
              marketingContacts: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                publisherId: string;
                email: string;
                phone: string;
                language: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              /** @description Their sign-ins, with the client address and browser the retention settings keep. */
              sessions: {
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                lastSeenAt: string;
                /** Format: date-time */
                endedAt: string | null;
                ip: string | null;
                userAgent: string | null;
              }[];
              /** @description Offers they own (they get its welcome, S11). */
              offersOwned: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              /** @description Benefits they activated. */
              activations: {
                /** Format: uuid */
                id: string;
                benefitId: string;
                status: string;
                /** Format: date-time */
                requestedAt: string;
              }[];
              /** @description Tickets, technical requests and disputes they opened, with their text. */
              conversationsOpened: {
                /** Format: uuid */
                id: string;
                /** @enum {unknown} */
                kind: 'support-ticket' | 'technical-request' | 'dispute';
                text: string;
                /** Format: date-time */
                openedAt: string;
              }[];
              /** @description Their replies in conversations. */
              messagesWritten: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                conversationId: string;
                body: string;
                /** Format: date-time */
                writtenAt: string;
              }[];
              /** @description The messages sent to their addresses. */
              mail: {
                /** Format: uuid */
                id: string;
                kind: string;
                to: string;
                subject: string | null;
                status: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                sentAt: string | null;
              }[];
              /** @description What they did, as the audit trail recorded it (the latest 10,000 entries). */
              auditTrail: {
                /** Format: date-time */
                at: string;
                action: string;
                outcome: string;
                objectType: string | null;
                objectId: string | null;
                ip: string | null;
                userAgent: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/people/{userId}/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase a person in place: a pseudonym for their name and addresses, their sign-in removed, their history kept */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
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
              /** Format: uuid */
              id: string;
              /** @description "Erased user 7f3a9c12": what the person is called from now on. */
              pseudonym: string;
              contactsRemoved: number;
              /** @description Messages to their addresses: text removed. */
              messagesScrubbed: number;
              auditEntriesRelabelled: number;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/publishers/{publisherId}/marketing-contacts/{contactId}/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase a marketing contact record: its address and phone removed, the messages to it unreadable */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          publisherId: string;
          contactId: string;
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
              /** Format: uuid */
              id: string;
              /** @description "Erased user 7f3a9c12": what the person is called from now on. */
              pseudonym: string;
              contactsRemoved: number;
              /** @description Messages to their addresses: text removed. */
              messagesScrubbed: number;
              auditEntriesRelabelled: number;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
  '/api/v1/demo/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Demo mode only: the demo accounts (their password is in the README) */
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
              items: {
                email: string;
                displayName: string;
                /** @enum {unknown} */
                role:
                  | 'publisher-owner'
                  | 'publisher-admin'
                  | 'publisher-member'
                  | 'rewards-team'
                  | 'program-admin';
                companyName: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details; `type` is a stable code. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance: string;
              errors?: {
                pointer: string;
                code: string;
                detail: string;
              }[];
            } & {
              [key: string]: unknown;
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
export interface webhooks {
  'tier.changed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * tier.changed
     * @description The publisher's company moved to another tier (up or down); its new unlocks follow as benefit.unlocked. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'tier.changed';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description The publisher's company moved to another tier (up or down); its new unlocks follow as benefit.unlocked. */
            data: {
              /** Format: uuid */
              publisherId: string;
              fromTier: string;
              toTier: string;
              /** @description The company's billed sales over the trailing twelve months. */
              ttmUsdCents: number;
              /** Format: date */
              asOf: string;
              programVersion: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'benefit.unlocked': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * benefit.unlocked
     * @description A benefit was unlocked for the first time (one-time benefits expire; transact ones refresh yearly). Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'benefit.unlocked';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description A benefit was unlocked for the first time (one-time benefits expire; transact ones refresh yearly). */
            data: {
              /** Format: uuid */
              publisherId: string;
              benefitId: string;
              benefitName: string;
              expiresAt: string | null;
              programVersion: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'benefit.expiring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * benefit.expiring
     * @description A one-time benefit not activated yet expires within two weeks. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'benefit.expiring';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description A one-time benefit not activated yet expires within two weeks. */
            data: {
              /** Format: uuid */
              publisherId: string;
              benefitId: string;
              benefitName: string;
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'benefit.expired': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * benefit.expired
     * @description A one-time benefit expired. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'benefit.expired';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description A one-time benefit expired. */
            data: {
              /** Format: uuid */
              publisherId: string;
              benefitId: string;
              benefitName: string;
              /** Format: date-time */
              expiredAt: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'benefit.revoked': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * benefit.revoked
     * @description A program admin revoked a benefit for cause. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'benefit.revoked';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description A program admin revoked a benefit for cause. */
            data: {
              /** Format: uuid */
              publisherId: string;
              benefitId: string;
              benefitName: string;
              /** @description illegal-activity, delisting, ip-violation, sponsorship-misuse, other */
              cause: string;
              note: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'activation.created': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * activation.created
     * @description The publisher activated a benefit; the rewards team promises contact by contactDueAt. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'activation.created';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description The publisher activated a benefit; the rewards team promises contact by contactDueAt. */
            data: {
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              activationId: string;
              benefitId: string;
              /** Format: date-time */
              contactDueAt: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'activation.contacted': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * activation.contacted
     * @description The rewards team logged its contact with the publisher about an activation. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'activation.contacted';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description The rewards team logged its contact with the publisher about an activation. */
            data: {
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              activationId: string;
              /** Format: uuid */
              taskId: string;
              channel: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'activation.fulfilled': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * activation.fulfilled
     * @description The rewards team completed an activation. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'activation.fulfilled';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description The rewards team completed an activation. */
            data: {
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              activationId: string;
              /** Format: uuid */
              taskId: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'task.late': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * task.late
     * @description The rewards team's promise on a task ran out with no contact logged. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'task.late';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description The rewards team's promise on a task ran out with no contact logged. */
            data: {
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              taskId: string;
              /** @description activation, technical-request, welcome, support-ticket, dispute or offer-change */
              kind: string;
              /** Format: date-time */
              dueAt: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'task.escalated': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * task.escalated
     * @description A late task was escalated to the program admins. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'task.escalated';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description A late task was escalated to the program admins. */
            data: {
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              taskId: string;
              /** @description activation, technical-request, welcome, support-ticket, dispute or offer-change */
              kind: string;
              /** Format: date-time */
              dueAt: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'ticket.replied': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * ticket.replied
     * @description A reply was written in a support ticket, technical request or dispute (its text stays in the API). Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'ticket.replied';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description A reply was written in a support ticket, technical request or dispute (its text stays in the API). */
            data: {
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              conversationId: string;
              /** @description support-ticket, technical-request or dispute */
              thread: string;
              from: 'publisher' | 'rewards-team';
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'billed-sales.batch.processed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * billed-sales.batch.processed
     * @description The marketplace feed's batch was processed: this publisher's part of it (other publishers' lines are not told). A file import tells its lines chunk by chunk, in several events with the same batchId that add up to the file. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'billed-sales.batch.processed';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description The marketplace feed's batch was processed: this publisher's part of it (other publishers' lines are not told). A file import tells its lines chunk by chunk, in several events with the same batchId that add up to the file. */
            data: {
              /** Format: uuid */
              publisherId: string;
              /** @description The batch in the feed history (GET /api/v1/feed/deliveries/{id}): batch-<n> for an API batch, file-<n> for a file import. */
              batchId: string;
              /** @description This publisher's lines the batch wrote. */
              accepted: number;
              /** @description Their USD value (cents; refunds and reversals negative). */
              usdCents: number;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'sponsorship.granted': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * sponsorship.granted
     * @description An activated sponsorship issued a grant. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'sponsorship.granted';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description An activated sponsorship issued a grant. */
            data: {
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              grantId: string;
              benefitId: string;
              amountUsdCents: number;
              spentUsdCents: number;
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'sponsorship.spend.recorded': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * sponsorship.spend.recorded
     * @description The rewards team recorded spend against a grant. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'sponsorship.spend.recorded';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description The rewards team recorded spend against a grant. */
            data: {
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              grantId: string;
              benefitId: string;
              amountUsdCents: number;
              spentUsdCents: number;
              /** Format: date-time */
              expiresAt: string;
              amountRecordedUsdCents: number;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'sponsorship.spent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * sponsorship.spent
     * @description A grant was spent whole, or marked spent by the rewards team. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'sponsorship.spent';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description A grant was spent whole, or marked spent by the rewards team. */
            data: {
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              grantId: string;
              benefitId: string;
              amountUsdCents: number;
              spentUsdCents: number;
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'sponsorship.expiring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * sponsorship.expiring
     * @description A grant with money left expires within 30 days. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'sponsorship.expiring';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description A grant with money left expires within 30 days. */
            data: {
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              grantId: string;
              benefitId: string;
              amountUsdCents: number;
              spentUsdCents: number;
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'sponsorship.expired': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * sponsorship.expired
     * @description A grant expired. Sent to the publisher’s subscriptions and to program-wide ones.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'sponsorship.expired';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description A grant expired. */
            data: {
              /** Format: uuid */
              publisherId: string;
              /** Format: uuid */
              grantId: string;
              benefitId: string;
              amountUsdCents: number;
              spentUsdCents: number;
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'program.published': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * program.published
     * @description A program version was published (program-wide: program admins subscriptions only).
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'program.published';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description A program version was published (program-wide: program admins subscriptions only). */
            data: {
              version: string;
              name: string;
              /** Format: date */
              effectiveFrom: string;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
  'webhook.test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * webhook.test
     * @description A test sent by hand from the subscription screen.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event’s id: the same on every retry and redelivery, so receivers process it once. */
          'webhook-id': string;
          /** @description When this attempt was made, in Unix seconds: refuse one far from your clock (replays). */
          'webhook-timestamp': string;
          /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under the secret’s base64 bytes after `whsec_`. Two during a rotation’s overlap; accept the request if one matches. */
          'webhook-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @constant */
            type: 'webhook.test';
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description A test sent by hand from the subscription screen. */
            data: {
              /** Format: uuid */
              subscriptionId: string;
              publisherId: string | null;
            };
          };
        };
      };
      responses: {
        /** @description Any 2xx: received. Anything else (a redirect too) is tried again with backoff. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Gone: the subscription is disabled at once. */
        410: {
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
}
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

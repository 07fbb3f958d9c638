/** Generated from docs/openapi.json by `npm run generate` (web/scripts/client-types.ts). Do not edit. */
export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with a password (failures throttled per username and per address: 429 with Retry-After) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
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
                        "application/json": {
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
                                roles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[];
                                /** @enum {string} */
                                locale: "es" | "en";
                                disabled: boolean;
                                machine: boolean;
                                mustChangePassword: boolean;
                                pendingRoles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[] | null;
                                pendingRequestedBy: string | null;
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/auth/logout": {
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
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/me": {
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
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            agency: {
                                code: string;
                                nation: string;
                                nameEn: string;
                                nameEs: string;
                            };
                            roles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[];
                            /** @enum {string} */
                            locale: "es" | "en";
                            disabled: boolean;
                            machine: boolean;
                            mustChangePassword: boolean;
                            pendingRoles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[] | null;
                            pendingRequestedBy: string | null;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change own preferences (not an audit event) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        locale?: "es" | "en";
                        /** @description Where notifications are also mailed, when the installation sends mail; null: none */
                        email?: string | null;
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
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            agency: {
                                code: string;
                                nation: string;
                                nameEn: string;
                                nameEs: string;
                            };
                            roles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[];
                            /** @enum {string} */
                            locale: "es" | "en";
                            disabled: boolean;
                            machine: boolean;
                            mustChangePassword: boolean;
                            pendingRoles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[] | null;
                            pendingRequestedBy: string | null;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/me/colleagues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who an alert or a finding of the caller’s agency may be assigned to
         * @description The active analysts and commanders of the caller’s agency (the workflow assigns only to users of the agency that owns the record), by name.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                id: string;
                                username: string;
                                displayName: string;
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change own password; every other session of the user ends */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
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
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            agency: {
                                code: string;
                                nation: string;
                                nameEn: string;
                                nameEs: string;
                            };
                            roles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[];
                            /** @enum {string} */
                            locale: "es" | "en";
                            disabled: boolean;
                            machine: boolean;
                            mustChangePassword: boolean;
                            pendingRoles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[] | null;
                            pendingRequestedBy: string | null;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agencies and their nations */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                code: string;
                                nation: string;
                                nameEn: string;
                                nameEs: string;
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/nations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nations */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                code: string;
                                nameEn: string;
                                nameEs: string;
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All users (admins) */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                id: string;
                                username: string;
                                displayName: string;
                                agency: {
                                    code: string;
                                    nation: string;
                                    nameEn: string;
                                    nameEs: string;
                                };
                                roles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[];
                                /** @enum {string} */
                                locale: "es" | "en";
                                disabled: boolean;
                                machine: boolean;
                                mustChangePassword: boolean;
                                pendingRoles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[] | null;
                                pendingRequestedBy: string | null;
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user (admins); roles that read intelligence wait for a second administrator (pendingRoles) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        agency: string;
                        roles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[];
                        password: string;
                        /** @enum {string} */
                        locale?: "es" | "en";
                        machine?: boolean;
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
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            agency: {
                                code: string;
                                nation: string;
                                nameEn: string;
                                nameEs: string;
                            };
                            roles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[];
                            /** @enum {string} */
                            locale: "es" | "en";
                            disabled: boolean;
                            machine: boolean;
                            mustChangePassword: boolean;
                            pendingRoles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[] | null;
                            pendingRequestedBy: string | null;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/users/{id}": {
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
        /** Change a user (admins): never one’s own roles; new intelligence roles wait for a second administrator; a reset password must be changed at the next login and ends every session */
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
                    "application/json": {
                        displayName?: string;
                        roles?: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[];
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
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            agency: {
                                code: string;
                                nation: string;
                                nameEn: string;
                                nameEs: string;
                            };
                            roles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[];
                            /** @enum {string} */
                            locale: "es" | "en";
                            disabled: boolean;
                            machine: boolean;
                            mustChangePassword: boolean;
                            pendingRoles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[] | null;
                            pendingRequestedBy: string | null;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/roles/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the roles another administrator requested for a user (admins) */
        post: {
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
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            agency: {
                                code: string;
                                nation: string;
                                nameEn: string;
                                nameEs: string;
                            };
                            roles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[];
                            /** @enum {string} */
                            locale: "es" | "en";
                            disabled: boolean;
                            machine: boolean;
                            mustChangePassword: boolean;
                            pendingRoles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[] | null;
                            pendingRequestedBy: string | null;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/users/{id}/roles/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn down the roles requested for a user (admins): a second administrator rejects, or the requester withdraws */
        post: {
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
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            agency: {
                                code: string;
                                nation: string;
                                nameEn: string;
                                nameEs: string;
                            };
                            roles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[];
                            /** @enum {string} */
                            locale: "es" | "en";
                            disabled: boolean;
                            machine: boolean;
                            mustChangePassword: boolean;
                            pendingRoles: ("analyst" | "regulator" | "advisor" | "commander" | "auditor" | "admin")[] | null;
                            pendingRequestedBy: string | null;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/users/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live API tokens of one’s own account or of a machine account of one’s agency (admins) */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
                    offset?: number;
                };
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
                        "application/json": {
                            items: {
                                id: string;
                                label: string | null;
                                createdAt: string;
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** Issue an API token for one’s own account, or (admins) for a machine account of one’s agency; shown once */
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
                    "application/json": {
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
                        "application/json": {
                            token: string;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/users/{id}/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token of one’s own account, or (admins) of an account of one’s agency, by its listed id */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
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
                    content?: never;
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/markings/{table}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a record's TLP and releasability (owner agency only; audited)
         * @description A derived record (finding, stored track) can only be narrowed, with a justification. A change to an input re-derives the consignments it is an input of, for the agencies that see it now.
         */
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
                    "application/json": {
                        /** @enum {string} */
                        tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                        releasableTo: string[];
                        recipients: string[];
                        /** @description Why; required to narrow a derived record (a finding, a stored track), and kept by the audit */
                        justification?: string;
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
                        "application/json": {
                            ownerAgency: string;
                            /** @enum {string} */
                            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            releasableTo: string[];
                            recipients: string[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/markings/{table}/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a marking change would do, before it is saved (nothing is changed; audited as a read)
         * @description Whether the change would be accepted (else the error it would get), whether it needs a justification, and which agencies may read the record now and would after, by the database’s rule. A derived record is read only by the agencies that see its inputs: the rule is its ceiling.
         */
        post: {
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
                    "application/json": {
                        /** @enum {string} */
                        tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
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
                        "application/json": {
                            before: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                            /** @description The marking as it would be stored (the owner’s nation is always releasable) */
                            after: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                            /** @description A derived record: read only by the agencies that see its inputs */
                            derived: boolean;
                            widening: boolean;
                            /** @description The error the change would be refused with, or null */
                            refusal: ("FORBIDDEN" | "MARKING_WIDENING_FORBIDDEN" | "DERIVED_MARKING_WIDENING") | null;
                            justificationRequired: boolean;
                            /** @description Every agency, by nation then code */
                            agencies: {
                                agency: string;
                                nation: string;
                                /** @description May read it now, by the marking rule */
                                before: boolean;
                                /** @description Could read it after the change, by the marking rule */
                                after: boolean;
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/markings/batch/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What releasing many records would do, record by record (nothing is changed; audited as a read)
         * @description Each record keeps its marking, with the nations and recipients added and the TLP given. Per record: the refusal it would get (or none) and which agencies may read it now and could after, by the database’s rule.
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
                    "application/json": {
                        /** @description The records, at most 500 */
                        records: {
                            table: string;
                            id: string;
                        }[];
                        /**
                         * @description The TLP every record gets; without it each keeps its own
                         * @enum {string}
                         */
                        tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                        /**
                         * @description Nations added to every record’s releasability (none is removed)
                         * @default []
                         */
                        releaseTo?: string[];
                        /**
                         * @description Agencies added to every record’s named recipients (a recipient also needs its nation)
                         * @default []
                         */
                        recipients?: string[];
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
                        "application/json": {
                            /** @description Whether the batch would be accepted: no record is refused */
                            accepted: boolean;
                            /** @description Every agency, by nation then code */
                            agencies: {
                                agency: string;
                                nation: string;
                            }[];
                            records: {
                                table: string;
                                id: string;
                                /** @description Why this record would be refused, or null */
                                refusal: ("NOT_FOUND" | "NOT_A_MARKED_TABLE" | "FORBIDDEN" | "MARKING_WIDENING_FORBIDDEN" | "DERIVED_MARKING_WIDENING") | null;
                                /** @description Null when the record is not found (or not yours to see) */
                                before: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                } | null;
                                /** @description The marking as it would be stored */
                                after: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                } | null;
                                derived: boolean;
                                widening: boolean;
                                /** @description The change leaves the marking as it is (skipped) */
                                unchanged: boolean;
                                /** @description Agencies that may read it now, by the marking rule */
                                readersBefore: string[];
                                /** @description Agencies that could read it after, by the marking rule */
                                readersAfter: string[];
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/markings/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release many records in one act, with a justification (all or nothing; audited per record)
         * @description Every record goes through the single change (owner agency only; a derived record is never widened). The first refusal answers its error, naming the record (`field` records.N, `detail` table/id), and nothing is changed. What was derived from the records is re-analysed as for a single change.
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
                    "application/json": {
                        /** @description The records, at most 500 */
                        records: {
                            table: string;
                            id: string;
                        }[];
                        /**
                         * @description The TLP every record gets; without it each keeps its own
                         * @enum {string}
                         */
                        tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                        /**
                         * @description Nations added to every record’s releasability (none is removed)
                         * @default []
                         */
                        releaseTo?: string[];
                        /**
                         * @description Agencies added to every record’s named recipients (a recipient also needs its nation)
                         * @default []
                         */
                        recipients?: string[];
                        /** @description Why these records are released; the audit keeps it */
                        justification: string;
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
                        "application/json": {
                            /** Format: uuid */
                            batchId: string;
                            changed: number;
                            unchanged: number;
                            records: {
                                table: string;
                                id: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/markings/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the caller’s agency released: each widening of a marking, newest first
         * @description To whom (the marking before and after), when, by whom and why. The agency’s own register: marked red for it alone.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                table: string;
                                recordId: string;
                                batchId: string | null;
                                releasedBy: string | null;
                                releasedAt: string;
                                before: {
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                                after: {
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                                justification: string | null;
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit trail, newest first (auditors): its agency's chain (and the class chains written before 0594) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    table?: string;
                    /** @description a user's id or username */
                    user?: string;
                    agency?: string;
                    subjectId?: string;
                    /** @description first day (UTC) included */
                    from?: string;
                    /** @description last day (UTC) included */
                    to?: string;
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                /** @description the entry's chain: `agency:<code>`, the caller's agency's chain (0594); before it the agencies that could read it (its visibility class, 0592), or `legacy` */
                                chain: string;
                                /** @description its position in its chain */
                                seq: number;
                                at: string;
                                actorUser: string | null;
                                actorUsername: string | null;
                                actorName: string | null;
                                actorAgency: string | null;
                                actorNation: string | null;
                                action: string;
                                subjectTable: string | null;
                                subjectIds: string[];
                                requestId: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                /** @description the marking of what the entry names; null for entries before 0590 */
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                } | null;
                                hash: string;
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the entries the auditor may read, oldest first, with their chains (CSV or JSON Lines) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    table?: string;
                    /** @description a user's id or username */
                    user?: string;
                    agency?: string;
                    subjectId?: string;
                    /** @description first day (UTC) included */
                    from?: string;
                    /** @description last day (UTC) included */
                    to?: string;
                    format?: "csv" | "jsonl";
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
                        "text/csv": string;
                        "application/x-ndjson": string;
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify every chain the auditor may read (its agency's chain, and class chains written before 0594) */
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
                        "application/json": {
                            /** @description chains verified: the caller agency's, and class chains written before 0594 */
                            chains: number;
                            /** @description entries verified in those chains */
                            entries: number;
                            ok: boolean;
                            broken: {
                                chain: string;
                                seq: number;
                                reason: string;
                            } | null;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/reports": {
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
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                id: string;
                                title: string;
                                body: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                                createdBy: string | null;
                                createdAt: string;
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
                    "application/json": {
                        title: string;
                        body: string;
                        marking: {
                            /** @enum {string} */
                            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
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
                        "application/json": {
                            id: string;
                            title: string;
                            body: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                            createdBy: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/reports/{id}": {
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
                        "application/json": {
                            id: string;
                            title: string;
                            body: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                            createdBy: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The screening alert queue the caller may see, filtered, sorted and paginated */
        get: {
            parameters: {
                query?: {
                    verdict?: "controlled" | "analog" | "watch";
                    port?: string;
                    /** @description a listed substance: name or synonym in Spanish or English, CAS number, or id */
                    substance?: string;
                    status?: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                    severity?: "critical" | "high" | "medium" | "low";
                    from?: string;
                    to?: string;
                    sort?: "score" | "declared_at" | "created_at";
                    order?: "asc" | "desc";
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                id: string;
                                declarationId: string;
                                lineNo: number;
                                billOfLading: string | null;
                                /** @enum {string} */
                                verdict: "controlled" | "analog" | "watch";
                                substanceId: string | null;
                                substanceName: {
                                    en: string;
                                    es: string;
                                } | null;
                                score: number;
                                /** @enum {string} */
                                severity: "critical" | "high" | "medium" | "low";
                                reasons: {
                                    code: string;
                                    en: string;
                                    es: string;
                                }[];
                                portLocode: string;
                                declaredAt: string;
                                /** @enum {string} */
                                status: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                                assignee: string | null;
                                assigneeName: string | null;
                                dismissReason: string | null;
                                createdAt: string;
                                updatedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One alert with the history of what analysts did with it */
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
                        "application/json": {
                            id: string;
                            declarationId: string;
                            lineNo: number;
                            billOfLading: string | null;
                            /** @enum {string} */
                            verdict: "controlled" | "analog" | "watch";
                            substanceId: string | null;
                            substanceName: {
                                en: string;
                                es: string;
                            } | null;
                            score: number;
                            /** @enum {string} */
                            severity: "critical" | "high" | "medium" | "low";
                            reasons: {
                                code: string;
                                en: string;
                                es: string;
                            }[];
                            portLocode: string;
                            declaredAt: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                            assignee: string | null;
                            assigneeName: string | null;
                            dismissReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                            actions: {
                                action: string;
                                fromStatus: string;
                                toStatus: string;
                                actorUser: string | null;
                                assignee: string | null;
                                reason: string | null;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge an alert */
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
                    "application/json": {
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
                        "application/json": {
                            id: string;
                            declarationId: string;
                            lineNo: number;
                            billOfLading: string | null;
                            /** @enum {string} */
                            verdict: "controlled" | "analog" | "watch";
                            substanceId: string | null;
                            substanceName: {
                                en: string;
                                es: string;
                            } | null;
                            score: number;
                            /** @enum {string} */
                            severity: "critical" | "high" | "medium" | "low";
                            reasons: {
                                code: string;
                                en: string;
                                es: string;
                            }[];
                            portLocode: string;
                            declaredAt: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                            assignee: string | null;
                            assigneeName: string | null;
                            dismissReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/alerts/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign an alert */
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
                    "application/json": {
                        /** Format: uuid */
                        assignee: string;
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
                        "application/json": {
                            id: string;
                            declarationId: string;
                            lineNo: number;
                            billOfLading: string | null;
                            /** @enum {string} */
                            verdict: "controlled" | "analog" | "watch";
                            substanceId: string | null;
                            substanceName: {
                                en: string;
                                es: string;
                            } | null;
                            score: number;
                            /** @enum {string} */
                            severity: "critical" | "high" | "medium" | "low";
                            reasons: {
                                code: string;
                                en: string;
                                es: string;
                            }[];
                            portLocode: string;
                            declaredAt: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                            assignee: string | null;
                            assigneeName: string | null;
                            dismissReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/alerts/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss an alert (a reason is required) */
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
                    "application/json": {
                        reason?: string;
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
                        "application/json": {
                            id: string;
                            declarationId: string;
                            lineNo: number;
                            billOfLading: string | null;
                            /** @enum {string} */
                            verdict: "controlled" | "analog" | "watch";
                            substanceId: string | null;
                            substanceName: {
                                en: string;
                                es: string;
                            } | null;
                            score: number;
                            /** @enum {string} */
                            severity: "critical" | "high" | "medium" | "low";
                            reasons: {
                                code: string;
                                en: string;
                                es: string;
                            }[];
                            portLocode: string;
                            declaredAt: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                            assignee: string | null;
                            assigneeName: string | null;
                            dismissReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/alerts/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate an alert */
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
                    "application/json": {
                        reason?: string;
                        /**
                         * Format: uuid
                         * @description The case to add it to; default: a new case, led by your agency
                         */
                        caseId?: string;
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
                        "application/json": {
                            id: string;
                            declarationId: string;
                            lineNo: number;
                            billOfLading: string | null;
                            /** @enum {string} */
                            verdict: "controlled" | "analog" | "watch";
                            substanceId: string | null;
                            substanceName: {
                                en: string;
                                es: string;
                            } | null;
                            score: number;
                            /** @enum {string} */
                            severity: "critical" | "high" | "medium" | "low";
                            reasons: {
                                code: string;
                                en: string;
                                es: string;
                            }[];
                            portLocode: string;
                            declaredAt: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                            assignee: string | null;
                            assigneeName: string | null;
                            dismissReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                            /** @description The case the alert was escalated into (opened or named) */
                            caseId?: string;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/declarations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a declarations CSV (multipart field "file", or a text/csv body): every line screened and stored, alerts for the non-clear ones; idempotent */
        post: {
            parameters: {
                query?: {
                    /** @description TLP 2.0 level of every imported record */
                    tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                    /** @description Nations (ISO 3166 alpha-3, comma-separated) the records are releasable to; the owner's nation is always included */
                    releasableTo?: string;
                    /** @description Agencies (comma-separated) named as recipients */
                    recipients?: string;
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
                        "application/json": {
                            list_version: string;
                            rows: number;
                            imported: number;
                            already_imported: number;
                            rejected: number;
                            alerts: {
                                controlled: number;
                                analog: number;
                                watch: number;
                            };
                            verdicts: {
                                controlled: number;
                                analog: number;
                                watch: number;
                                clear: number;
                            };
                            batches: number;
                            errors: {
                                line: number;
                                declaration_id?: string;
                                line_no?: number;
                                errors: {
                                    field: string;
                                    /** @enum {string} */
                                    code: "REQUIRED" | "CAS_FORMAT" | "NUMBER" | "DECIMAL" | "WHOLE_NUMBER" | "POSITIVE" | "NOT_NEGATIVE" | "ABSURD" | "AT_LEAST" | "AT_MOST" | "DATE" | "INSTANT" | "REAL_DATE" | "LOCODE" | "COUNTRY" | "IMO" | "HS_CODE" | "SMILES" | "MISSING_COLUMN" | "VALID_TO_BEFORE" | "DAMAGED_RECORD" | "FIELD_COUNT" | "QUOTE_SPANS_LINES" | "QUOTE_AFTER_CLOSING" | "QUOTE_IN_UNQUOTED" | "QUOTE_NEVER_CLOSES" | "TOO_LONG" | "CONTROL_CHARACTER" | "INVALID_UTF8" | "DATABASE_REFUSED" | "EPCIS_REQUIRED_MEMBER" | "EPCIS_ONE_OF" | "EPCIS_SCHEMA" | "EPCIS_DUPLICATE" | "EPCIS_TOO_MANY_EVENTS" | "EPCIS_LIMIT" | "ONE_OF" | "PLACE_NEEDED" | "PLACE_UNKNOWN" | "DUPLICATE_ID" | "INVALID";
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    message: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/epcis/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import an EPCISDocument (multipart field "file", or a JSON body) with the markings to apply: stored whole or not at all, errors by event, then the touched consignments analysed */
        post: {
            parameters: {
                query?: {
                    /** @description TLP 2.0 level of every imported record */
                    tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                    /** @description Nations (ISO 3166 alpha-3, comma-separated) the records are releasable to; the owner's nation is always included */
                    releasableTo?: string;
                    /** @description Agencies (comma-separated) named as recipients */
                    recipients?: string;
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
                        "application/json": {
                            events: number;
                            stored: number;
                            /** @description Events whose eventID was stored before (idempotent) */
                            alreadyStored: number;
                            /** @description Events with an error (then nothing of the document is stored) */
                            rejected: number;
                            errors: {
                                /** @description 1-based position of the event in the eventList; 0 for the document itself */
                                line: number;
                                eventId: string | null;
                                errors: {
                                    field: string;
                                    /** @enum {string} */
                                    code: "REQUIRED" | "CAS_FORMAT" | "NUMBER" | "DECIMAL" | "WHOLE_NUMBER" | "POSITIVE" | "NOT_NEGATIVE" | "ABSURD" | "AT_LEAST" | "AT_MOST" | "DATE" | "INSTANT" | "REAL_DATE" | "LOCODE" | "COUNTRY" | "IMO" | "HS_CODE" | "SMILES" | "MISSING_COLUMN" | "VALID_TO_BEFORE" | "DAMAGED_RECORD" | "FIELD_COUNT" | "QUOTE_SPANS_LINES" | "QUOTE_AFTER_CLOSING" | "QUOTE_IN_UNQUOTED" | "QUOTE_NEVER_CLOSES" | "TOO_LONG" | "CONTROL_CHARACTER" | "INVALID_UTF8" | "DATABASE_REFUSED" | "EPCIS_REQUIRED_MEMBER" | "EPCIS_ONE_OF" | "EPCIS_SCHEMA" | "EPCIS_DUPLICATE" | "EPCIS_TOO_MANY_EVENTS" | "EPCIS_LIMIT" | "ONE_OF" | "PLACE_NEEDED" | "PLACE_UNKNOWN" | "DUPLICATE_ID" | "INVALID";
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    message: string;
                                }[];
                            }[];
                            analysis: {
                                consignments: number;
                                findings: number;
                            } | null;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/epcis/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Capture an EPCISDocument (whole or nothing; idempotent by eventID); 202 + Location of the capture job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            captureID: string;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        /** Capture limits */
        options: {
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
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/epcis/capture/{captureID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of a capture job */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    captureID: string;
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
                        "application/json": {
                            captureID: string;
                            running: boolean;
                            success: boolean | null;
                            captureErrorBehaviour: string;
                            eventCount: number;
                            storedCount: number;
                            errors: unknown[];
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/epcis/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS events query (common parameters, perPage / nextPageToken); returns an EPCISQueryDocument */
        get: {
            parameters: {
                query?: {
                    eventType?: string;
                    GE_eventTime?: string;
                    LT_eventTime?: string;
                    EQ_bizStep?: string;
                    EQ_disposition?: string;
                    MATCH_epc?: string;
                    EQ_readPoint?: string;
                    EQ_bizLocation?: string;
                    EQ_bizTransaction_bol?: string;
                    perPage?: number;
                    nextPageToken?: string;
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
                        "application/json": {
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/permits/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a permits CSV (multipart field "file", or a text/csv body) with the markings to apply; per-row errors; then the stale consignments are analysed */
        post: {
            parameters: {
                query?: {
                    /** @description TLP 2.0 level of every imported record */
                    tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                    /** @description Nations (ISO 3166 alpha-3, comma-separated) the records are releasable to; the owner's nation is always included */
                    releasableTo?: string;
                    /** @description Agencies (comma-separated) named as recipients */
                    recipients?: string;
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
                        "application/json": {
                            rows: number;
                            /** @description Rows stored: new records and records updated */
                            imported: number;
                            rejected: number;
                            errors: {
                                /** @description 1-based line in the file (the header is line 1) */
                                line: number;
                                errors: {
                                    field: string;
                                    /** @enum {string} */
                                    code: "REQUIRED" | "CAS_FORMAT" | "NUMBER" | "DECIMAL" | "WHOLE_NUMBER" | "POSITIVE" | "NOT_NEGATIVE" | "ABSURD" | "AT_LEAST" | "AT_MOST" | "DATE" | "INSTANT" | "REAL_DATE" | "LOCODE" | "COUNTRY" | "IMO" | "HS_CODE" | "SMILES" | "MISSING_COLUMN" | "VALID_TO_BEFORE" | "DAMAGED_RECORD" | "FIELD_COUNT" | "QUOTE_SPANS_LINES" | "QUOTE_AFTER_CLOSING" | "QUOTE_IN_UNQUOTED" | "QUOTE_NEVER_CLOSES" | "TOO_LONG" | "CONTROL_CHARACTER" | "INVALID_UTF8" | "DATABASE_REFUSED" | "EPCIS_REQUIRED_MEMBER" | "EPCIS_ONE_OF" | "EPCIS_SCHEMA" | "EPCIS_DUPLICATE" | "EPCIS_TOO_MANY_EVENTS" | "EPCIS_LIMIT" | "ONE_OF" | "PLACE_NEEDED" | "PLACE_UNKNOWN" | "DUPLICATE_ID" | "INVALID";
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    message: string;
                                }[];
                            }[];
                            /** @description The analysis run after the import over the consignments it made stale */
                            analysis: {
                                consignments: number;
                                findings: number;
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/locations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a locations CSV (multipart field "file", or a text/csv body) with the markings to apply; per-row errors; then the stale consignments are analysed */
        post: {
            parameters: {
                query?: {
                    /** @description TLP 2.0 level of every imported record */
                    tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                    /** @description Nations (ISO 3166 alpha-3, comma-separated) the records are releasable to; the owner's nation is always included */
                    releasableTo?: string;
                    /** @description Agencies (comma-separated) named as recipients */
                    recipients?: string;
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
                        "application/json": {
                            rows: number;
                            /** @description Rows stored: new records and records updated */
                            imported: number;
                            rejected: number;
                            errors: {
                                /** @description 1-based line in the file (the header is line 1) */
                                line: number;
                                errors: {
                                    field: string;
                                    /** @enum {string} */
                                    code: "REQUIRED" | "CAS_FORMAT" | "NUMBER" | "DECIMAL" | "WHOLE_NUMBER" | "POSITIVE" | "NOT_NEGATIVE" | "ABSURD" | "AT_LEAST" | "AT_MOST" | "DATE" | "INSTANT" | "REAL_DATE" | "LOCODE" | "COUNTRY" | "IMO" | "HS_CODE" | "SMILES" | "MISSING_COLUMN" | "VALID_TO_BEFORE" | "DAMAGED_RECORD" | "FIELD_COUNT" | "QUOTE_SPANS_LINES" | "QUOTE_AFTER_CLOSING" | "QUOTE_IN_UNQUOTED" | "QUOTE_NEVER_CLOSES" | "TOO_LONG" | "CONTROL_CHARACTER" | "INVALID_UTF8" | "DATABASE_REFUSED" | "EPCIS_REQUIRED_MEMBER" | "EPCIS_ONE_OF" | "EPCIS_SCHEMA" | "EPCIS_DUPLICATE" | "EPCIS_TOO_MANY_EVENTS" | "EPCIS_LIMIT" | "ONE_OF" | "PLACE_NEEDED" | "PLACE_UNKNOWN" | "DUPLICATE_ID" | "INVALID";
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    message: string;
                                }[];
                            }[];
                            /** @description The analysis run after the import over the consignments it made stale */
                            analysis: {
                                consignments: number;
                                findings: number;
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/permits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One permit of the registry */
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
                        "application/json": {
                            id: string;
                            permitId: string;
                            holderRfc: string;
                            holderName: string;
                            substanceCas: string;
                            maxKgPerYear: number;
                            validFrom: string;
                            validTo: string;
                            siteId: string | null;
                            updatedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        /** Edit a permit (regulator of the owner agency; audited) */
        put: {
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
                    "application/json": {
                        holderName: string;
                        maxKgPerYear: number;
                        validFrom: string;
                        validTo: string;
                        siteId: string | null;
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
                        "application/json": {
                            id: string;
                            permitId: string;
                            holderRfc: string;
                            holderName: string;
                            substanceCas: string;
                            maxKgPerYear: number;
                            validFrom: string;
                            validTo: string;
                            siteId: string | null;
                            updatedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/permits/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A permit's edits, newest first: who changed which fields when (marked as the permit) */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
                    offset?: number;
                };
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
                        "application/json": {
                            items: {
                                id: string;
                                changedAt: string;
                                changedBy: string | null;
                                /** @description For callers of the changer's nation only */
                                changedByName: string | null;
                                changedByNation: string;
                                fields: {
                                    /** @enum {string} */
                                    field: "holderName" | "maxKgPerYear" | "validFrom" | "validTo" | "siteId";
                                    before: string | number | null;
                                    after: string | number | null;
                                }[];
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/permits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Permit registry */
        get: {
            parameters: {
                query?: {
                    holderRfc?: string;
                    substanceCas?: string;
                    /** @description Part of the holder's name or RFC, or of the permit number */
                    q?: string;
                    siteId?: string;
                    /** @description Valid today, or expired */
                    status?: "valid" | "expired";
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                id: string;
                                permitId: string;
                                holderRfc: string;
                                holderName: string;
                                substanceCas: string;
                                maxKgPerYear: number;
                                validFrom: string;
                                validTo: string;
                                siteId: string | null;
                                updatedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registered places: ports, terminals, sites, checkpoints */
        get: {
            parameters: {
                query?: {
                    kind?: string;
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                id: string;
                                locationId: string;
                                name: string;
                                kind: string;
                                lat: number;
                                lon: number;
                                operatorRfc: string | null;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/consignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consignments (bills of lading) visible to the caller, newest activity first */
        get: {
            parameters: {
                query?: {
                    state?: "at_port" | "released" | "in_transit" | "received" | "lost";
                    withFindings?: string;
                    /** @description UN/LOCODE of the port of the declaration */
                    port?: string;
                    /** @description `track`: each item also carries its map track and its findings (one query per page) */
                    include?: "track";
                    /** @description With `include=track`: simplify each track (Douglas–Peucker, tolerance in metres, first and last points kept; coordinates rounded to 5 decimals) for an overview map. Absent or 0: every point */
                    simplify?: number;
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                billOfLading: string;
                                eventCount: number;
                                lastEventTime: string | null;
                                state: ("at_port" | "released" | "in_transit" | "received" | "lost") | null;
                                findingKinds: string[];
                                portLocode: string | null;
                                /** @description Positions in time order, [lon, lat] */
                                track?: [
                                    number,
                                    number
                                ][];
                                findings?: {
                                    id: string;
                                    kind: string;
                                    /** @enum {string} */
                                    severity: "low" | "medium" | "high";
                                }[];
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/ports/{locode}/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A port's map: every consignment the caller can see with a line declared there, its overview track and findings
         * @description Tracks are simplified for the national map (Douglas–Peucker, 1 km; the points findings name kept; coordinates to 5 decimals). A stored track is derived at analysis and marked never wider than its lines and events (`source: stored`, with its marking); where the caller may not see it, the track is drawn from what they can see (`source: live`, no marking of its own). The consignment view has every point.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UN/LOCODE of the port of the declaration */
                    locode: string;
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
                        "application/json": {
                            port: string;
                            items: {
                                billOfLading: string;
                                /** @description Positions in time order, [lon, lat] */
                                track: [
                                    number,
                                    number
                                ][];
                                findings: {
                                    id: string;
                                    kind: string;
                                    /** @enum {string} */
                                    severity: "low" | "medium" | "high";
                                }[];
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                } | null;
                                /** @enum {string} */
                                source: "stored" | "live";
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/consignments/{bol}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One consignment: lines, permits, custody timeline, state, map track ([lon, lat]) and findings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bol: string;
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
                        "application/json": {
                            billOfLading: string;
                            /** @enum {string} */
                            state: "at_port" | "released" | "in_transit" | "received" | "lost";
                            lines: {
                                /** @description declaration_lines.id: the key the markings API (a release) names the line by */
                                id: string | null;
                                declarationId: string;
                                lineNo: number;
                                declaredAt: string;
                                portLocode: string;
                                billOfLading: string;
                                containerNo: string | null;
                                importerRfc: string | null;
                                consigneeRfc: string | null;
                                /** @description As declared: a registry id, coordinates or a city */
                                destination: string | null;
                                /** @description The declared CAS number; when the line states none, that of the permit it cites or the substance screening identified */
                                casNumber: string | null;
                                quantityKg: number;
                                permitId: string | null;
                                goodsDescription?: string | null;
                                hsCode?: string | null;
                                smiles?: string | null;
                                /** @description The verdict stored with the line at import, as used to identify its substance */
                                screened?: {
                                    /** @description Screening's verdict: `controlled`, `analog`, `watch` or `clear` (declaration_lines.verdict) */
                                    verdict: string;
                                    substanceId: string | null;
                                } | null;
                                verdict: string | null;
                                /** @description The control list's substance id screening named */
                                substance: string | null;
                                reasons: {
                                    code: string;
                                    en: string;
                                    es: string;
                                }[];
                                importerName: string | null;
                                consigneeName: string | null;
                                /** @description Null only where the lines table carries no markings */
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                } | null;
                            }[];
                            /** @description The permits the lines cite */
                            permits: {
                                id: string;
                                permitId: string;
                                holderRfc: string;
                                holderName: string;
                                substanceCas: string;
                                maxKgPerYear: number;
                                validFrom: string;
                                validTo: string;
                                siteId: string | null;
                                updatedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description Custody events in time order */
                            timeline: {
                                /** @description epcis_events.id: the key the markings API (a release) names the event by */
                                id: string | null;
                                eventId: string;
                                eventTime: string;
                                bizStep: string | null;
                                disposition: string | null;
                                /** @description Name and kind from the locations registry (null for a bare position or a place not visible) */
                                place: {
                                    id: string | null;
                                    name: string | null;
                                    kind: string | null;
                                    lat: number | null;
                                    lon: number | null;
                                };
                                quantityKg: number | null;
                                /** @description The agency that recorded the event */
                                reportedBy: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                } | null;
                            }[];
                            /** @description Every position in time order, [lon, lat] */
                            track: [
                                number,
                                number
                            ][];
                            /** @description Where the declared destination is, when known */
                            destination: {
                                lat: number;
                                lon: number;
                            } | null;
                            declaredDestination: {
                                /** @description What the declaration says, verbatim */
                                text: string;
                                /** @description The registered place the text names, when the caller may see it */
                                place: {
                                    id: string;
                                    name: string;
                                    kind: string;
                                    /** @description A permit the caller may see licenses the site on the declaration's (local) day */
                                    licensed: boolean;
                                    permits: {
                                        permitId: string;
                                        substanceCas: string;
                                        validTo: string;
                                    }[];
                                } | null;
                                point: {
                                    lat: number;
                                    lon: number;
                                } | null;
                            } | null;
                            findings: {
                                id: string;
                                /** @enum {string} */
                                kind: "quantity_loss" | "unlicensed_receiver" | "route_deviation" | "dwell" | "tracking_gap" | "split" | "transshipment" | "no_permit" | "permit_quota_exceeded" | "permit_expired";
                                /** @enum {string} */
                                severity: "low" | "medium" | "high";
                                /** @description Event ids (or, for permit findings, `permit:<id>` and `line:<declaration>:<line>`) that prove it */
                                evidence: string[];
                                explanation: {
                                    en: string;
                                    es: string;
                                };
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                                /** @enum {string} */
                                status: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                                dismissReason: string | null;
                                /** @description Where it happened: its last evidence event with a position */
                                lat: number | null;
                                lon: number | null;
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The diversion findings the caller may see, filtered and paginated (most severe first) */
        get: {
            parameters: {
                query?: {
                    bol?: string;
                    kind?: "quantity_loss" | "unlicensed_receiver" | "route_deviation" | "dwell" | "tracking_gap" | "split" | "transshipment" | "no_permit" | "permit_quota_exceeded" | "permit_expired";
                    severity?: "low" | "medium" | "high";
                    status?: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                    /** @description UN/LOCODE of the consignment's port */
                    port?: string;
                    /** @description First day of the consignment's declared date */
                    from?: string;
                    /** @description Last day (included) of the consignment's declared date */
                    to?: string;
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                id: string;
                                billOfLading: string;
                                /** @enum {string} */
                                kind: "quantity_loss" | "unlicensed_receiver" | "route_deviation" | "dwell" | "tracking_gap" | "split" | "transshipment" | "no_permit" | "permit_quota_exceeded" | "permit_expired";
                                /** @enum {string} */
                                severity: "low" | "medium" | "high";
                                evidence: string[];
                                explanation: {
                                    en: string;
                                    es: string;
                                };
                                computedAt: string;
                                /** @description The consignment's declared date (its earliest line) */
                                declaredAt: string | null;
                                /** @description UN/LOCODE of the consignment's port */
                                portLocode: string | null;
                                /** @enum {string} */
                                status: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                                assignee: string | null;
                                dismissReason: string | null;
                                updatedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One finding with the history of what analysts did with its consignment’s finding of this kind */
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
                        "application/json": {
                            id: string;
                            billOfLading: string;
                            /** @enum {string} */
                            kind: "quantity_loss" | "unlicensed_receiver" | "route_deviation" | "dwell" | "tracking_gap" | "split" | "transshipment" | "no_permit" | "permit_quota_exceeded" | "permit_expired";
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            evidence: string[];
                            explanation: {
                                en: string;
                                es: string;
                            };
                            computedAt: string;
                            /** @description The consignment's declared date (its earliest line) */
                            declaredAt: string | null;
                            /** @description UN/LOCODE of the consignment's port */
                            portLocode: string | null;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                            assignee: string | null;
                            dismissReason: string | null;
                            updatedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                            /** @description The history of the consignment's finding of this kind, oldest first */
                            actions: {
                                /** @enum {string} */
                                action: "acknowledge" | "assign" | "dismiss" | "escalate" | "reopen";
                                /** @description The finding acted on then (re-analysis replaces findings) */
                                findingId: string | null;
                                fromStatus: string;
                                toStatus: string;
                                /** @description Null when the analysis reopened it */
                                actorUser: string | null;
                                assignee: string | null;
                                reason: string | null;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/findings/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge a finding; every finding of its consignment and kind with it */
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
                    "application/json": {
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
                        "application/json": {
                            id: string;
                            billOfLading: string;
                            /** @enum {string} */
                            kind: "quantity_loss" | "unlicensed_receiver" | "route_deviation" | "dwell" | "tracking_gap" | "split" | "transshipment" | "no_permit" | "permit_quota_exceeded" | "permit_expired";
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            evidence: string[];
                            explanation: {
                                en: string;
                                es: string;
                            };
                            computedAt: string;
                            /** @description The consignment's declared date (its earliest line) */
                            declaredAt: string | null;
                            /** @description UN/LOCODE of the consignment's port */
                            portLocode: string | null;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                            assignee: string | null;
                            dismissReason: string | null;
                            updatedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/findings/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a finding; every finding of its consignment and kind with it */
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
                    "application/json": {
                        /** Format: uuid */
                        assignee: string;
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
                        "application/json": {
                            id: string;
                            billOfLading: string;
                            /** @enum {string} */
                            kind: "quantity_loss" | "unlicensed_receiver" | "route_deviation" | "dwell" | "tracking_gap" | "split" | "transshipment" | "no_permit" | "permit_quota_exceeded" | "permit_expired";
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            evidence: string[];
                            explanation: {
                                en: string;
                                es: string;
                            };
                            computedAt: string;
                            /** @description The consignment's declared date (its earliest line) */
                            declaredAt: string | null;
                            /** @description UN/LOCODE of the consignment's port */
                            portLocode: string | null;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                            assignee: string | null;
                            dismissReason: string | null;
                            updatedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/findings/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a finding (a reason is required); every finding of its consignment and kind with it */
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
                    "application/json": {
                        reason?: string;
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
                        "application/json": {
                            id: string;
                            billOfLading: string;
                            /** @enum {string} */
                            kind: "quantity_loss" | "unlicensed_receiver" | "route_deviation" | "dwell" | "tracking_gap" | "split" | "transshipment" | "no_permit" | "permit_quota_exceeded" | "permit_expired";
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            evidence: string[];
                            explanation: {
                                en: string;
                                es: string;
                            };
                            computedAt: string;
                            /** @description The consignment's declared date (its earliest line) */
                            declaredAt: string | null;
                            /** @description UN/LOCODE of the consignment's port */
                            portLocode: string | null;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                            assignee: string | null;
                            dismissReason: string | null;
                            updatedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/findings/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate a finding; every finding of its consignment and kind with it */
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
                    "application/json": {
                        reason?: string;
                        /**
                         * Format: uuid
                         * @description The case to add it to; default: a new case, led by your agency
                         */
                        caseId?: string;
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
                        "application/json": {
                            id: string;
                            billOfLading: string;
                            /** @enum {string} */
                            kind: "quantity_loss" | "unlicensed_receiver" | "route_deviation" | "dwell" | "tracking_gap" | "split" | "transshipment" | "no_permit" | "permit_quota_exceeded" | "permit_expired";
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            evidence: string[];
                            explanation: {
                                en: string;
                                es: string;
                            };
                            computedAt: string;
                            /** @description The consignment's declared date (its earliest line) */
                            declaredAt: string | null;
                            /** @description UN/LOCODE of the consignment's port */
                            portLocode: string | null;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "assigned" | "dismissed" | "escalated";
                            assignee: string | null;
                            dismissReason: string | null;
                            updatedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                            /** @description The case the finding was escalated into (opened or named) */
                            caseId?: string;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/incidents/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import an incidents CSV (multipart field "file", or a text/csv body) with the markings to apply; per-row errors; idempotent by the source's id */
        post: {
            parameters: {
                query?: {
                    /** @description TLP 2.0 level of every imported record */
                    tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                    /** @description Nations (ISO 3166 alpha-3, comma-separated) the records are releasable to; the owner's nation is always included */
                    releasableTo?: string;
                    /** @description Agencies (comma-separated) named as recipients */
                    recipients?: string;
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
                        "application/json": {
                            rows: number;
                            /** @description New records */
                            imported: number;
                            /** @description Records already imported (same source id) whose content or marking changed */
                            updated: number;
                            /** @description Records already imported as they are */
                            unchanged: number;
                            rejected: number;
                            errors: {
                                /** @description 1-based line in the file (the header is line 1) */
                                line: number;
                                errors: {
                                    field: string;
                                    /** @enum {string} */
                                    code: "REQUIRED" | "CAS_FORMAT" | "NUMBER" | "DECIMAL" | "WHOLE_NUMBER" | "POSITIVE" | "NOT_NEGATIVE" | "ABSURD" | "AT_LEAST" | "AT_MOST" | "DATE" | "INSTANT" | "REAL_DATE" | "LOCODE" | "COUNTRY" | "IMO" | "HS_CODE" | "SMILES" | "MISSING_COLUMN" | "VALID_TO_BEFORE" | "DAMAGED_RECORD" | "FIELD_COUNT" | "QUOTE_SPANS_LINES" | "QUOTE_AFTER_CLOSING" | "QUOTE_IN_UNQUOTED" | "QUOTE_NEVER_CLOSES" | "TOO_LONG" | "CONTROL_CHARACTER" | "INVALID_UTF8" | "DATABASE_REFUSED" | "EPCIS_REQUIRED_MEMBER" | "EPCIS_ONE_OF" | "EPCIS_SCHEMA" | "EPCIS_DUPLICATE" | "EPCIS_TOO_MANY_EVENTS" | "EPCIS_LIMIT" | "ONE_OF" | "PLACE_NEEDED" | "PLACE_UNKNOWN" | "DUPLICATE_ID" | "INVALID";
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    message: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/field-reports/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a field reports CSV (multipart field "file", or a text/csv body) with the markings to apply; per-row errors; idempotent by the source's id */
        post: {
            parameters: {
                query?: {
                    /** @description TLP 2.0 level of every imported record */
                    tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                    /** @description Nations (ISO 3166 alpha-3, comma-separated) the records are releasable to; the owner's nation is always included */
                    releasableTo?: string;
                    /** @description Agencies (comma-separated) named as recipients */
                    recipients?: string;
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
                        "application/json": {
                            rows: number;
                            /** @description New records */
                            imported: number;
                            /** @description Records already imported (same source id) whose content or marking changed */
                            updated: number;
                            /** @description Records already imported as they are */
                            unchanged: number;
                            rejected: number;
                            errors: {
                                /** @description 1-based line in the file (the header is line 1) */
                                line: number;
                                errors: {
                                    field: string;
                                    /** @enum {string} */
                                    code: "REQUIRED" | "CAS_FORMAT" | "NUMBER" | "DECIMAL" | "WHOLE_NUMBER" | "POSITIVE" | "NOT_NEGATIVE" | "ABSURD" | "AT_LEAST" | "AT_MOST" | "DATE" | "INSTANT" | "REAL_DATE" | "LOCODE" | "COUNTRY" | "IMO" | "HS_CODE" | "SMILES" | "MISSING_COLUMN" | "VALID_TO_BEFORE" | "DAMAGED_RECORD" | "FIELD_COUNT" | "QUOTE_SPANS_LINES" | "QUOTE_AFTER_CLOSING" | "QUOTE_IN_UNQUOTED" | "QUOTE_NEVER_CLOSES" | "TOO_LONG" | "CONTROL_CHARACTER" | "INVALID_UTF8" | "DATABASE_REFUSED" | "EPCIS_REQUIRED_MEMBER" | "EPCIS_ONE_OF" | "EPCIS_SCHEMA" | "EPCIS_DUPLICATE" | "EPCIS_TOO_MANY_EVENTS" | "EPCIS_LIMIT" | "ONE_OF" | "PLACE_NEEDED" | "PLACE_UNKNOWN" | "DUPLICATE_ID" | "INVALID";
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    message: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents the caller may see, latest first */
        get: {
            parameters: {
                query?: {
                    kind?: "seizure" | "stopped_shipment" | "attempted_diversion" | "suspicious_order" | "theft_loss" | "lab_dismantled" | "chemical_dumpsite" | "site_searched_negative";
                    /** @description First day (UTC) included */
                    from?: string;
                    /** @description Last day (UTC) included */
                    to?: string;
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                id: string;
                                incidentId: string;
                                /** @enum {string} */
                                kind: "seizure" | "stopped_shipment" | "attempted_diversion" | "suspicious_order" | "theft_loss" | "lab_dismantled" | "chemical_dumpsite" | "site_searched_negative";
                                occurredAt: string;
                                lat: number;
                                lon: number;
                                /** @description The place as the file named it */
                                place: string | null;
                                /**
                                 * @description Where the position comes from: the row, the locations registry, a locality
                                 * @enum {string}
                                 */
                                placedBy: "coordinates" | "location" | "locality";
                                substanceCas: string | null;
                                substanceName: string | null;
                                quantityKg: number | null;
                                billOfLading: string | null;
                                containerNo: string | null;
                                partyNames: string[];
                                partyRfcs: string[];
                                narrative: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                                importedAt: string;
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** Record one incident (the web form): its CSV columns as JSON, checked and stored as a CSV row is, with the markings to apply; a refused record names every field with an error */
        post: {
            parameters: {
                query?: {
                    /** @description TLP 2.0 level of every imported record */
                    tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                    /** @description Nations (ISO 3166 alpha-3, comma-separated) the records are releasable to; the owner's nation is always included */
                    releasableTo?: string;
                    /** @description Agencies (comma-separated) named as recipients */
                    recipients?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        incident_id?: string | number | string[];
                        kind?: string | number | string[];
                        occurred_at?: string | number | string[];
                        lat?: string | number | string[];
                        lon?: string | number | string[];
                        place?: string | number | string[];
                        substance_cas?: string | number | string[];
                        substance_name?: string | number | string[];
                        quantity_kg?: string | number | string[];
                        bill_of_lading?: string | number | string[];
                        container_no?: string | number | string[];
                        party_names?: string | number | string[];
                        party_rfcs?: string | number | string[];
                        narrative?: string | number | string[];
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
                        "application/json": {
                            /** @description The stored record */
                            id: string;
                            /** @enum {string} */
                            outcome: "imported" | "updated" | "unchanged";
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The stored record */
                            id: string;
                            /** @enum {string} */
                            outcome: "imported" | "updated" | "unchanged";
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/field-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Field reports the caller may see, latest first */
        get: {
            parameters: {
                query?: {
                    sourceType?: "aerial" | "ground" | "informant" | "technical" | "open_source";
                    /** @description First day (UTC) included */
                    from?: string;
                    /** @description Last day (UTC) included */
                    to?: string;
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                id: string;
                                reportId: string;
                                observedAt: string;
                                lat: number;
                                lon: number;
                                /** @description The place as the file named it */
                                place: string | null;
                                /**
                                 * @description Where the position comes from: the row, the locations registry, a locality
                                 * @enum {string}
                                 */
                                placedBy: "coordinates" | "location" | "locality";
                                /** @enum {string} */
                                sourceType: "aerial" | "ground" | "informant" | "technical" | "open_source";
                                /** @enum {string} */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                                credibility: number;
                                indicators: ("chemical_odour" | "chemical_waste" | "drums" | "precursor_packaging" | "ventilation_modified" | "blacked_out_windows" | "generator" | "unusual_power_use" | "vehicle_pattern" | "night_activity" | "lookouts" | "glassware" | "pill_press")[];
                                narrative: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                                importedAt: string;
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** Record one field report (the web form): its CSV columns as JSON, checked and stored as a CSV row is, with the markings to apply; a refused record names every field with an error */
        post: {
            parameters: {
                query?: {
                    /** @description TLP 2.0 level of every imported record */
                    tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                    /** @description Nations (ISO 3166 alpha-3, comma-separated) the records are releasable to; the owner's nation is always included */
                    releasableTo?: string;
                    /** @description Agencies (comma-separated) named as recipients */
                    recipients?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        report_id?: string | number | string[];
                        observed_at?: string | number | string[];
                        lat?: string | number | string[];
                        lon?: string | number | string[];
                        place?: string | number | string[];
                        source_type?: string | number | string[];
                        reliability?: string | number | string[];
                        credibility?: string | number | string[];
                        indicators?: string | number | string[];
                        narrative?: string | number | string[];
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
                        "application/json": {
                            /** @description The stored record */
                            id: string;
                            /** @enum {string} */
                            outcome: "imported" | "updated" | "unchanged";
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The stored record */
                            id: string;
                            /** @enum {string} */
                            outcome: "imported" | "updated" | "unchanged";
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One incident, its parties linked to the entities they resolved into */
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
                        "application/json": {
                            id: string;
                            incidentId: string;
                            /** @enum {string} */
                            kind: "seizure" | "stopped_shipment" | "attempted_diversion" | "suspicious_order" | "theft_loss" | "lab_dismantled" | "chemical_dumpsite" | "site_searched_negative";
                            occurredAt: string;
                            lat: number;
                            lon: number;
                            /** @description The place as the file named it */
                            place: string | null;
                            /**
                             * @description Where the position comes from: the row, the locations registry, a locality
                             * @enum {string}
                             */
                            placedBy: "coordinates" | "location" | "locality";
                            substanceCas: string | null;
                            substanceName: string | null;
                            quantityKg: number | null;
                            billOfLading: string | null;
                            containerNo: string | null;
                            partyNames: string[];
                            partyRfcs: string[];
                            narrative: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                            importedAt: string;
                            /** @description The incident's parties, RFCs first, each linked to its resolved entity */
                            parties: {
                                /** @enum {string} */
                                by: "rfc" | "name";
                                /** @description The RFC or the name as the incident gives it */
                                value: string;
                                /** @description The entity it resolved into, when the caller may read one; null otherwise */
                                entityId: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/field-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One field report */
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
                        "application/json": {
                            id: string;
                            reportId: string;
                            observedAt: string;
                            lat: number;
                            lon: number;
                            /** @description The place as the file named it */
                            place: string | null;
                            /**
                             * @description Where the position comes from: the row, the locations registry, a locality
                             * @enum {string}
                             */
                            placedBy: "coordinates" | "location" | "locality";
                            /** @enum {string} */
                            sourceType: "aerial" | "ground" | "informant" | "technical" | "open_source";
                            /** @enum {string} */
                            reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            credibility: number;
                            indicators: ("chemical_odour" | "chemical_waste" | "drums" | "precursor_packaging" | "ventilation_modified" | "blacked_out_windows" | "generator" | "unusual_power_use" | "vehicle_pattern" | "night_activity" | "lookouts" | "glassware" | "pill_press")[];
                            narrative: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                            importedAt: string;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/stix/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A STIX 2.1 bundle of everything the caller may see, with its TLP 2.0 and releasability markings */
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
                        "application/json": {
                            /** @enum {string} */
                            type: "bundle";
                            /** @description Names the contents: the same objects and versions, the same id */
                            id: string;
                            objects: ({
                                type: string;
                                id: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/peers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The peer instances, their accounts here and how the last pull went (administrators) */
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
                        "application/json": {
                            peers: {
                                name: string;
                                /** @description The agency of the partner nation its account reads as */
                                agency: string | null;
                                label: string | null;
                                username: string | null;
                                /** @description Where this instance pulls from it */
                                url: string | null;
                                /** @description Whether a token to pull from it is stored (never shown) */
                                pulls: boolean;
                                createdAt: string;
                                createdBy: string;
                                sync: {
                                    /** @description When it was last pulled from */
                                    triedAt: string | null;
                                    /** @description When a pull last succeeded */
                                    syncedAt: string | null;
                                    objects: number | null;
                                    withdrawn: number | null;
                                    /** @description Why the last pull failed, or null */
                                    error: string | null;
                                };
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a peer: an account of one of its agencies that reads the TAXII routes only (administrators; audited)
         * @description The account’s token is answered once, here, and stored hashed.
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
                    "application/json": {
                        /** @description A short name; the agency’s code in lower case when absent */
                        name?: string;
                        /** @description The agency of the partner nation the peer reads as */
                        agency?: string;
                        /** @description What the account and token are for */
                        label?: string;
                        /** @description The peer’s TAXII server, to pull from it */
                        url?: string;
                        /** @description The token the peer issued to us */
                        token?: string;
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
                        "application/json": {
                            name: string;
                            username: string | null;
                            /** @description The token the peer reads with: shown this once, stored hashed */
                            token: string | null;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/peers/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a peer: its account is disabled and its tokens revoked (administrators; audited) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
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
                        "application/json": {
                            name: string;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/federation/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What this instance received that the caller may see: counts by originating agency, source and type */
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
                        "application/json": {
                            groups: {
                                /** @description The originating agency */
                                ownerAgency: string;
                                ownerNation: string | null;
                                /**
                                 * @description Pulled by a sync, pushed by a peer (the TAXII inbox), or imported from a file
                                 * @enum {string}
                                 */
                                via: "pull" | "push" | "file";
                                /** @description The registered peer it came from, when one matches */
                                peer: string | null;
                                /** @description Where it came from (a collection URL, or push:<the peer account>): administrators only, null for everyone else and for a file import */
                                source: string | null;
                                /** @description The STIX type */
                                type: string;
                                objects: number;
                                /** @description When the newest of them was stored or re-marked here */
                                lastAdded: string;
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/federation/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How the last pull from each peer went: when, ok or not, how many objects received and withdrawn
         * @description Read as the caller through the view `peer_sync_status` (0741): where a peer is pulled from and why a pull failed are answered to administrators only.
         */
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
                        "application/json": {
                            peers: {
                                /** @description The registered peer; null for a source pulled with `sync --from` alone */
                                name: string | null;
                                agency: string | null;
                                pulls: boolean;
                                /** @description When the last pull began */
                                triedAt: string | null;
                                finishedAt: string | null;
                                /** @description When a pull last succeeded */
                                syncedAt: string | null;
                                /** @description partial: some collections were recorded before it failed; null: never pulled from */
                                outcome: ("running" | "ok" | "partial" | "failed") | null;
                                /** @description Collections recorded by the last pull */
                                collections: number | null;
                                /** @description Objects received by the last pull */
                                objects: number | null;
                                /** @description Objects withdrawn by the last pull */
                                withdrawn: number | null;
                                /** @description Administrators only (the database shows it to no one else): null for every other user */
                                detail: {
                                    /** @description Where this instance pulls from */
                                    url: string | null;
                                    /** @description Why the last pull failed */
                                    error: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/federation/received/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One received object, by its STIX id or the id of the record it became (audited as a read) */
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
                        "application/json": {
                            stixId: string;
                            /** @description The STIX type */
                            type: string;
                            recordTable: ("reports" | "incidents" | "field_reports") | null;
                            /** @description The record it also became here, if any */
                            recordId: string | null;
                            /**
                             * @description Pulled by a sync, pushed by a peer (the TAXII inbox), or imported from a file
                             * @enum {string}
                             */
                            via: "pull" | "push" | "file";
                            /** @description The registered peer it came from, when one matches */
                            peer: string | null;
                            /** @description Where it came from (a collection URL, or push:<the peer account>): administrators only, null for everyone else and for a file import */
                            source: string | null;
                            dateAdded: string;
                            /** @description The agency that received it: whose copy it is */
                            receivedBy: string | null;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                            /** @description How the receiver narrowed its copy, if it did */
                            narrowed: {
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            } | null;
                            /** @description Whether the caller’s agency may narrow this copy */
                            mayNarrow: boolean;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/federation/received/{id}/marking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Narrow this agency’s copy of something it received (never wider; the receiving agency only; audited)
         * @description The object and the record it became are narrowed together; a newer version pulled later is held no wider.
         */
        put: {
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
                    "application/json": {
                        /** @enum {string} */
                        tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                        releasableTo: string[];
                        recipients: string[];
                        /** @description Why; the audit keeps it */
                        justification?: string;
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
                        "application/json": {
                            stixId: string;
                            /** @description The STIX type */
                            type: string;
                            recordTable: ("reports" | "incidents" | "field_reports") | null;
                            /** @description The record it also became here, if any */
                            recordId: string | null;
                            /**
                             * @description Pulled by a sync, pushed by a peer (the TAXII inbox), or imported from a file
                             * @enum {string}
                             */
                            via: "pull" | "push" | "file";
                            /** @description The registered peer it came from, when one matches */
                            peer: string | null;
                            /** @description Where it came from (a collection URL, or push:<the peer account>): administrators only, null for everyone else and for a file import */
                            source: string | null;
                            dateAdded: string;
                            /** @description The agency that received it: whose copy it is */
                            receivedBy: string | null;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                            /** @description How the receiver narrowed its copy, if it did */
                            narrowed: {
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            } | null;
                            /** @description Whether the caller’s agency may narrow this copy */
                            mayNarrow: boolean;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your ranked leads, best first, computed from the evidence you may see */
        get: {
            parameters: {
                query?: {
                    /** @description The instant the leads stand at (later evidence ignored, decay counted from it); default: the newest evidence you may see */
                    asOf?: string;
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
                        "application/json": {
                            asOf: string | null;
                            resolution: number;
                            items: {
                                leadId: string;
                                rank: number;
                                score: number;
                                cell: string;
                                lat: number;
                                lon: number;
                                areaKm2: number;
                                evidence: {
                                    /** @enum {string} */
                                    kind: "consignment" | "finding" | "incident" | "field_report" | "outcome";
                                    id: string;
                                    weight: number;
                                }[];
                                z?: number;
                                p?: number;
                                /** @description The newest decision you may see */
                                decision?: {
                                    id: string;
                                    leadId: string;
                                    /** @enum {string} */
                                    action: "accept" | "reject" | "merge";
                                    mergedInto: string | null;
                                    reason: string;
                                    decidedBy: string;
                                    decidedByName: string | null;
                                    decidedAt: string;
                                    marking: {
                                        ownerAgency: string;
                                        /** @enum {string} */
                                        tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                        releasableTo: string[];
                                        recipients: string[];
                                    };
                                };
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/leads/{leadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your leads with its evidence, decisions and outcomes */
        get: {
            parameters: {
                query?: {
                    /** @description The instant the leads stand at (later evidence ignored, decay counted from it); default: the newest evidence you may see */
                    asOf?: string;
                };
                header?: never;
                path: {
                    /** @description `lead-<H3 cell>` */
                    leadId: string;
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
                        "application/json": {
                            asOf: string;
                            resolution: number;
                            lead: {
                                leadId: string;
                                rank: number;
                                score: number;
                                cell: string;
                                lat: number;
                                lon: number;
                                areaKm2: number;
                                evidence: {
                                    /** @enum {string} */
                                    kind: "consignment" | "finding" | "incident" | "field_report" | "outcome";
                                    id: string;
                                    weight: number;
                                    at: string;
                                    lat: number;
                                    lon: number;
                                    /** @description Status, finding or incident kind, Admiralty grading and source type, or outcome */
                                    what: string;
                                }[];
                                z?: number;
                                p?: number;
                            };
                            /** @description Newest first */
                            decisions: {
                                id: string;
                                leadId: string;
                                /** @enum {string} */
                                action: "accept" | "reject" | "merge";
                                mergedInto: string | null;
                                reason: string;
                                decidedBy: string;
                                decidedByName: string | null;
                                decidedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description Newest first */
                            outcomes: {
                                id: string;
                                leadId: string;
                                /** @enum {string} */
                                outcome: "found" | "nothing_found";
                                note: string;
                                lat: number;
                                lon: number;
                                observedAt: string;
                                recordedBy: string;
                                recordedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/leads/{leadId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept, reject or merge one of your leads, with a reason, on the record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description `lead-<H3 cell>` */
                    leadId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "accept" | "reject" | "merge";
                        reason: string;
                        mergedInto?: string;
                        /** @description The record's marking; default amber, releasable to your nation */
                        marking?: {
                            /** @enum {string} */
                            tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                            releasableTo?: string[];
                            recipients?: string[];
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
                        "application/json": {
                            id: string;
                            leadId: string;
                            /** @enum {string} */
                            action: "accept" | "reject" | "merge";
                            mergedInto: string | null;
                            reason: string;
                            decidedBy: string;
                            decidedByName: string | null;
                            decidedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/leads/{leadId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record what a search of the lead found; it feeds back into the leads as evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description `lead-<H3 cell>` */
                    leadId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "found" | "nothing_found";
                        /** @default  */
                        note?: string;
                        /**
                         * Format: date-time
                         * @description When the search was made; default now
                         */
                        observedAt?: string;
                        /** @description The record's marking; default amber, releasable to your nation */
                        marking?: {
                            /** @enum {string} */
                            tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                            releasableTo?: string[];
                            recipients?: string[];
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
                        "application/json": {
                            id: string;
                            leadId: string;
                            /** @enum {string} */
                            outcome: "found" | "nothing_found";
                            note: string;
                            lat: number;
                            lon: number;
                            observedAt: string;
                            recordedBy: string;
                            recordedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases you may see, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
                    offset?: number;
                    status?: "open" | "closed";
                    /** @description Cases this user is assigned to */
                    assignedTo?: string;
                    linkedKind?: "alert" | "finding" | "consignment" | "entity" | "incident" | "lead";
                    /** @description Cases linking this record (that you see) */
                    linkedId?: string;
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
                        "application/json": {
                            items: {
                                id: string;
                                title: string;
                                summary: string;
                                /** @enum {string} */
                                status: "open" | "closed";
                                openedBy: string;
                                openedByName: string | null;
                                openedAt: string;
                                /** @description The case's marking; its owner is the lead agency */
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** Open a case led by your agency */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        summary?: string;
                        /** @description The record's marking; default amber, releasable to your nation */
                        marking?: {
                            /** @enum {string} */
                            tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                            releasableTo?: string[];
                            recipients?: string[];
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
                        "application/json": {
                            id: string;
                            title: string;
                            summary: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            openedBy: string;
                            openedByName: string | null;
                            openedAt: string;
                            /** @description The case's marking; its owner is the lead agency */
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case: assignees, links, notes and its timeline, as far as you may see them */
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
                        "application/json": {
                            id: string;
                            title: string;
                            summary: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            openedBy: string;
                            openedByName: string | null;
                            openedAt: string;
                            /** @description The case's marking; its owner is the lead agency */
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                            assignees: {
                                id: string;
                                caseId: string;
                                userId: string;
                                username: string | null;
                                agency: string | null;
                                assignedBy: string;
                                assignedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description Only the links whose targets you may see */
                            links: {
                                id: string;
                                caseId: string;
                                /** @enum {string} */
                                kind: "alert" | "finding" | "consignment" | "entity" | "incident" | "lead";
                                /** @description An id; a bill of lading for a consignment; `lead-<H3 cell>` for a lead */
                                targetId: string;
                                note: string;
                                linkedBy: string;
                                linkedByName: string | null;
                                linkedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            notes: {
                                id: string;
                                caseId: string;
                                body: string;
                                writtenBy: string;
                                writtenByName: string | null;
                                writtenAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description The case's operations you may see (GET /api/operations/{id} for one) */
                            operations: {
                                id: string;
                                objective: string;
                                /** @enum {string} */
                                status: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                state: string;
                                municipality: string | null;
                                statusChangedAt: string;
                            }[];
                            /** @description Oldest first */
                            timeline: {
                                at: string;
                                /** @enum {string} */
                                kind: "opened" | "assigned" | "linked" | "noted" | "attached" | "operation";
                                by: string;
                                byName: string | null;
                                recordId: string;
                                what: string;
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/cases/{id}/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a user of an agency that may see the case (the lead agency assigns) */
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
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
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
                        "application/json": {
                            id: string;
                            caseId: string;
                            userId: string;
                            username: string | null;
                            agency: string | null;
                            assignedBy: string;
                            assignedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/cases/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a record you may see to the case; the link is marked no wider than the case and the record */
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
                    "application/json": {
                        /** @enum {string} */
                        kind: "alert" | "finding" | "consignment" | "entity" | "incident" | "lead";
                        targetId: string;
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
                        "application/json": {
                            id: string;
                            caseId: string;
                            /** @enum {string} */
                            kind: "alert" | "finding" | "consignment" | "entity" | "incident" | "lead";
                            /** @description An id; a bill of lading for a consignment; `lead-<H3 cell>` for a lead */
                            targetId: string;
                            note: string;
                            linkedBy: string;
                            linkedByName: string | null;
                            linkedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write a note on the case (marked no wider than the case) */
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
                    "application/json": {
                        body: string;
                        /** @description The note's marking; default the case's, and never wider than the case's whatever is asked */
                        marking?: {
                            /** @enum {string} */
                            tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                            releasableTo?: string[];
                            recipients?: string[];
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
                        "application/json": {
                            id: string;
                            caseId: string;
                            body: string;
                            writtenBy: string;
                            writtenByName: string | null;
                            writtenAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the case (its lead agency), with a reason */
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
                    "application/json": {
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
                        "application/json": {
                            id: string;
                            title: string;
                            summary: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            openedBy: string;
                            openedByName: string | null;
                            openedAt: string;
                            /** @description The case's marking; its owner is the lead agency */
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen the case (its lead agency), with a reason */
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
                    "application/json": {
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
                        "application/json": {
                            id: string;
                            title: string;
                            summary: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            openedBy: string;
                            openedByName: string | null;
                            openedAt: string;
                            /** @description The case's marking; its owner is the lead agency */
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Operations you may see, most recently moved first (the board; `status=proposed`: the approval queue) */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
                    offset?: number;
                    status?: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                    caseId?: string;
                    territory?: string;
                    state?: string;
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
                        "application/json": {
                            items: {
                                id: string;
                                caseId: string;
                                objective: string;
                                /** @description The nation whose territory the operation is in: its commanders decide */
                                territory: string;
                                state: string;
                                municipality: string | null;
                                /** @description Agencies of the host nation */
                                hostUnits: string[];
                                /** @description Users (partner advisors) attached to it */
                                advisors: string[];
                                leadIds: string[];
                                /** @enum {string} */
                                status: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                createdBy: string;
                                createdAt: string;
                                statusChangedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/operations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One operation: its decisions, comments, outcomes and the moves you may make now */
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
                        "application/json": {
                            id: string;
                            caseId: string;
                            objective: string;
                            /** @description The nation whose territory the operation is in: its commanders decide */
                            territory: string;
                            state: string;
                            municipality: string | null;
                            /** @description Agencies of the host nation */
                            hostUnits: string[];
                            /** @description Users (partner advisors) attached to it */
                            advisors: string[];
                            leadIds: string[];
                            /** @enum {string} */
                            status: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                            createdBy: string;
                            createdAt: string;
                            statusChangedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                            /** @description Oldest first */
                            transitions: {
                                id: string;
                                operationId: string;
                                /** @enum {string} */
                                action: "propose" | "approve" | "reject" | "start" | "conclude" | "withdraw";
                                /** @enum {string} */
                                from: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                /** @enum {string} */
                                to: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                reason: string;
                                decidedBy: string;
                                decidedByName: string | null;
                                decidedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            comments: {
                                id: string;
                                operationId: string;
                                /** @enum {string} */
                                kind: "comment" | "recommendation";
                                body: string;
                                writtenBy: string;
                                writtenByName: string | null;
                                writtenAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            outcomes: {
                                id: string;
                                operationId: string;
                                /** @enum {string} */
                                kind: "seizure" | "site_found" | "site_not_found" | "entity_confirmed" | "arrest";
                                substance: string | null;
                                quantityKg: number | null;
                                place: string | null;
                                lat: number | null;
                                lon: number | null;
                                entityId: string | null;
                                /** @description The named entity's RFCs, normalised: what links the outcome to the entity in every reader's network */
                                entityRfcs: string[];
                                arrests: number | null;
                                note: string;
                                observedAt: string;
                                /** @description The incident the outcome became (a seizure or a site) */
                                incidentId: string | null;
                                /** @description The outcomes it recorded on the operation's leads */
                                leadOutcomeIds: string[];
                                recordedBy: string;
                                recordedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description The moves you may make now */
                            mayMove: {
                                [key: string]: boolean;
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/cases/{id}/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft an operation on the case (the host nation: its analysts and commanders); no tactical data */
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
                    "application/json": {
                        objective: string;
                        /** @description The state (entidad federativa) of the jurisdiction */
                        state: string;
                        municipality?: string;
                        hostUnits?: string[];
                        advisors?: string[];
                        leadIds?: string[];
                        /** @description The record's marking; default the operation's (or the case's), never wider */
                        marking?: {
                            /** @enum {string} */
                            tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                            releasableTo?: string[];
                            recipients?: string[];
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
                        "application/json": {
                            id: string;
                            caseId: string;
                            objective: string;
                            /** @description The nation whose territory the operation is in: its commanders decide */
                            territory: string;
                            state: string;
                            municipality: string | null;
                            /** @description Agencies of the host nation */
                            hostUnits: string[];
                            /** @description Users (partner advisors) attached to it */
                            advisors: string[];
                            leadIds: string[];
                            /** @enum {string} */
                            status: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                            createdBy: string;
                            createdAt: string;
                            statusChangedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/operations/{id}/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose the operation, with a reason (docs/OPERATIONS.md: who may) */
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
                    "application/json": {
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
                        "application/json": {
                            operation: {
                                id: string;
                                caseId: string;
                                objective: string;
                                /** @description The nation whose territory the operation is in: its commanders decide */
                                territory: string;
                                state: string;
                                municipality: string | null;
                                /** @description Agencies of the host nation */
                                hostUnits: string[];
                                /** @description Users (partner advisors) attached to it */
                                advisors: string[];
                                leadIds: string[];
                                /** @enum {string} */
                                status: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                createdBy: string;
                                createdAt: string;
                                statusChangedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            };
                            transition: {
                                id: string;
                                operationId: string;
                                /** @enum {string} */
                                action: "propose" | "approve" | "reject" | "start" | "conclude" | "withdraw";
                                /** @enum {string} */
                                from: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                /** @enum {string} */
                                to: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                reason: string;
                                decidedBy: string;
                                decidedByName: string | null;
                                decidedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/operations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the operation, with a reason (docs/OPERATIONS.md: who may) */
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
                    "application/json": {
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
                        "application/json": {
                            operation: {
                                id: string;
                                caseId: string;
                                objective: string;
                                /** @description The nation whose territory the operation is in: its commanders decide */
                                territory: string;
                                state: string;
                                municipality: string | null;
                                /** @description Agencies of the host nation */
                                hostUnits: string[];
                                /** @description Users (partner advisors) attached to it */
                                advisors: string[];
                                leadIds: string[];
                                /** @enum {string} */
                                status: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                createdBy: string;
                                createdAt: string;
                                statusChangedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            };
                            transition: {
                                id: string;
                                operationId: string;
                                /** @enum {string} */
                                action: "propose" | "approve" | "reject" | "start" | "conclude" | "withdraw";
                                /** @enum {string} */
                                from: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                /** @enum {string} */
                                to: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                reason: string;
                                decidedBy: string;
                                decidedByName: string | null;
                                decidedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/operations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject the operation, with a reason (docs/OPERATIONS.md: who may) */
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
                    "application/json": {
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
                        "application/json": {
                            operation: {
                                id: string;
                                caseId: string;
                                objective: string;
                                /** @description The nation whose territory the operation is in: its commanders decide */
                                territory: string;
                                state: string;
                                municipality: string | null;
                                /** @description Agencies of the host nation */
                                hostUnits: string[];
                                /** @description Users (partner advisors) attached to it */
                                advisors: string[];
                                leadIds: string[];
                                /** @enum {string} */
                                status: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                createdBy: string;
                                createdAt: string;
                                statusChangedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            };
                            transition: {
                                id: string;
                                operationId: string;
                                /** @enum {string} */
                                action: "propose" | "approve" | "reject" | "start" | "conclude" | "withdraw";
                                /** @enum {string} */
                                from: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                /** @enum {string} */
                                to: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                reason: string;
                                decidedBy: string;
                                decidedByName: string | null;
                                decidedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/operations/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the operation, with a reason (docs/OPERATIONS.md: who may) */
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
                    "application/json": {
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
                        "application/json": {
                            operation: {
                                id: string;
                                caseId: string;
                                objective: string;
                                /** @description The nation whose territory the operation is in: its commanders decide */
                                territory: string;
                                state: string;
                                municipality: string | null;
                                /** @description Agencies of the host nation */
                                hostUnits: string[];
                                /** @description Users (partner advisors) attached to it */
                                advisors: string[];
                                leadIds: string[];
                                /** @enum {string} */
                                status: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                createdBy: string;
                                createdAt: string;
                                statusChangedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            };
                            transition: {
                                id: string;
                                operationId: string;
                                /** @enum {string} */
                                action: "propose" | "approve" | "reject" | "start" | "conclude" | "withdraw";
                                /** @enum {string} */
                                from: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                /** @enum {string} */
                                to: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                reason: string;
                                decidedBy: string;
                                decidedByName: string | null;
                                decidedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/operations/{id}/conclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Conclude the operation, with a reason (docs/OPERATIONS.md: who may) */
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
                    "application/json": {
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
                        "application/json": {
                            operation: {
                                id: string;
                                caseId: string;
                                objective: string;
                                /** @description The nation whose territory the operation is in: its commanders decide */
                                territory: string;
                                state: string;
                                municipality: string | null;
                                /** @description Agencies of the host nation */
                                hostUnits: string[];
                                /** @description Users (partner advisors) attached to it */
                                advisors: string[];
                                leadIds: string[];
                                /** @enum {string} */
                                status: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                createdBy: string;
                                createdAt: string;
                                statusChangedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            };
                            transition: {
                                id: string;
                                operationId: string;
                                /** @enum {string} */
                                action: "propose" | "approve" | "reject" | "start" | "conclude" | "withdraw";
                                /** @enum {string} */
                                from: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                /** @enum {string} */
                                to: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                reason: string;
                                decidedBy: string;
                                decidedByName: string | null;
                                decidedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/operations/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the operation, with a reason (docs/OPERATIONS.md: who may) */
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
                    "application/json": {
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
                        "application/json": {
                            operation: {
                                id: string;
                                caseId: string;
                                objective: string;
                                /** @description The nation whose territory the operation is in: its commanders decide */
                                territory: string;
                                state: string;
                                municipality: string | null;
                                /** @description Agencies of the host nation */
                                hostUnits: string[];
                                /** @description Users (partner advisors) attached to it */
                                advisors: string[];
                                leadIds: string[];
                                /** @enum {string} */
                                status: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                createdBy: string;
                                createdAt: string;
                                statusChangedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            };
                            transition: {
                                id: string;
                                operationId: string;
                                /** @enum {string} */
                                action: "propose" | "approve" | "reject" | "start" | "conclude" | "withdraw";
                                /** @enum {string} */
                                from: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                /** @enum {string} */
                                to: "draft" | "proposed" | "approved" | "rejected" | "under_way" | "concluded" | "withdrawn";
                                reason: string;
                                decidedBy: string;
                                decidedByName: string | null;
                                decidedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/operations/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on the operation or recommend (a partner advisor’s voice; it changes no state) */
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
                    "application/json": {
                        /**
                         * @default comment
                         * @enum {string}
                         */
                        kind?: "comment" | "recommendation";
                        body: string;
                        /** @description The record's marking; default the operation's (or the case's), never wider */
                        marking?: {
                            /** @enum {string} */
                            tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                            releasableTo?: string[];
                            recipients?: string[];
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
                        "application/json": {
                            id: string;
                            operationId: string;
                            /** @enum {string} */
                            kind: "comment" | "recommendation";
                            body: string;
                            writtenBy: string;
                            writtenByName: string | null;
                            writtenAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/operations/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an outcome (seizure, site found or not, entity confirmed, arrests of record); a seizure or a site becomes an incident and feeds the leads */
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
                    "application/json": {
                        /** @enum {string} */
                        kind: "seizure" | "site_found" | "site_not_found" | "entity_confirmed" | "arrest";
                        substance?: string;
                        quantityKg?: number;
                        place?: string;
                        lat?: number;
                        lon?: number;
                        /** Format: uuid */
                        entityId?: string;
                        arrests?: number;
                        note?: string;
                        /** Format: date-time */
                        observedAt?: string;
                        /** @description The record's marking; default the operation's (or the case's), never wider */
                        marking?: {
                            /** @enum {string} */
                            tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                            releasableTo?: string[];
                            recipients?: string[];
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
                        "application/json": {
                            id: string;
                            operationId: string;
                            /** @enum {string} */
                            kind: "seizure" | "site_found" | "site_not_found" | "entity_confirmed" | "arrest";
                            substance: string | null;
                            quantityKg: number | null;
                            place: string | null;
                            lat: number | null;
                            lon: number | null;
                            entityId: string | null;
                            /** @description The named entity's RFCs, normalised: what links the outcome to the entity in every reader's network */
                            entityRfcs: string[];
                            arrests: number | null;
                            note: string;
                            observedAt: string;
                            /** @description The incident the outcome became (a seizure or a site) */
                            incidentId: string | null;
                            /** @description The outcomes it recorded on the operation's leads */
                            leadOutcomeIds: string[];
                            recordedBy: string;
                            recordedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first (`unread=true`: only the unread ones) */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
                    offset?: number;
                    unread?: string;
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
                        "application/json": {
                            items: {
                                id: string;
                                /**
                                 * @description What happened; the words are the client’s
                                 * @enum {string}
                                 */
                                kind: "assigned" | "awaiting_decision" | "decided" | "commented";
                                caseId: string;
                                operationId: string | null;
                                createdAt: string;
                                readAt: string | null;
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/notifications/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your notifications are unread */
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
                        "application/json": {
                            unread: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read */
        post: {
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
                        "application/json": {
                            id: string;
                            /**
                             * @description What happened; the words are the client’s
                             * @enum {string}
                             */
                            kind: "assigned" | "awaiting_decision" | "decided" | "commented";
                            caseId: string;
                            operationId: string | null;
                            createdAt: string;
                            readAt: string | null;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
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
                        "application/json": {
                            read: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/cases/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's attachments you may see, newest first (without their content) */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
                    offset?: number;
                };
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
                        "application/json": {
                            items: {
                                id: string;
                                caseId: string;
                                filename: string;
                                /** @enum {string} */
                                contentType: "application/pdf" | "image/png" | "image/jpeg" | "text/plain" | "text/csv" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hexadecimal */
                                sha256: string;
                                uploadedBy: string;
                                uploadedByName: string | null;
                                uploadedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** Attach a file to the case (multipart field "file"; PDF, PNG, JPEG, text, CSV, XLSX or DOCX, at most 10 MiB, its type checked against its content); marked no wider than the case */
        post: {
            parameters: {
                query?: {
                    tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                    /** @description Nations, comma-separated */
                    releasableTo?: string;
                    /** @description Agencies, comma-separated */
                    recipients?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
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
                        "application/json": {
                            id: string;
                            caseId: string;
                            filename: string;
                            /** @enum {string} */
                            contentType: "application/pdf" | "image/png" | "image/jpeg" | "text/plain" | "text/csv" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                            sizeBytes: number;
                            /** @description SHA-256 of the content, hexadecimal */
                            sha256: string;
                            uploadedBy: string;
                            uploadedByName: string | null;
                            uploadedAt: string;
                            marking: {
                                ownerAgency: string;
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                releasableTo: string[];
                                recipients: string[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attachments you may see across cases, newest first (without their content) */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                id: string;
                                caseId: string;
                                filename: string;
                                /** @enum {string} */
                                contentType: "application/pdf" | "image/png" | "image/jpeg" | "text/plain" | "text/csv" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hexadecimal */
                                sha256: string;
                                uploadedBy: string;
                                uploadedByName: string | null;
                                uploadedAt: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment: its content with its stored type, as a file to save */
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
                /** @description The file's bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/png": string;
                        "image/jpeg": string;
                        "text/plain": string;
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/cases/{id}/assignable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people who may be put on the case: active analysts, advisors and commanders of every agency its marking admits */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
                    offset?: number;
                };
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
                        "application/json": {
                            items: {
                                id: string;
                                username: string;
                                displayName: string;
                                agency: string;
                                nation: string;
                                /** @description The roles that work cases the user holds */
                                roles: ("analyst" | "advisor" | "commander")[];
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entities with at least one record the caller may see (search by name or RFC) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
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
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                names: string[];
                                rfcs: string[];
                                records: number;
                                status: string;
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/entities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An entity: the records the caller may see and why they were merged
         * @description records=none answers its summary alone (name, kind, counts, roles): the records of the largest entities come a page of groups at a time from /entities/{id}/groups.
         */
        get: {
            parameters: {
                query?: {
                    records?: "all" | "none";
                };
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
                        "application/json": {
                            id: string;
                            name: string;
                            /**
                             * @description person or company, from the visible records' RFCs and names; unknown when they cannot tell
                             * @enum {string}
                             */
                            kind: "person" | "company" | "unknown";
                            rfc: string | null;
                            status: string;
                            /** @description every visible record; empty when asked for records=none */
                            records: {
                                id: string;
                                source: string;
                                role: string;
                                name: string;
                                rfc: string | null;
                                address: string | null;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                                matchReasons: {
                                    code: string;
                                    en: string;
                                    es: string;
                                }[];
                            }[];
                            /** @description why the records were merged; empty when asked for records=none */
                            links: {
                                recordA: string;
                                recordB: string;
                                reason: string;
                                weight: number | null;
                                probability: number | null;
                                support: number | null;
                                fields: {
                                    comparison: string;
                                    level: string;
                                    weight: number;
                                }[];
                            }[];
                            /** @description how many of its records the caller may see */
                            recordCount: number;
                            /** @description most frequent first */
                            roles: {
                                role: string;
                                count: number;
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/declarations/{id}/lines/{lineNo}/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The parties of a declaration line (importer, consignee, broker) with each one's entity
         * @description The records the caller may see of the line that `agency` declared; an alert or a finding names its line and its owner, and the command center links its parties to their entities.
         */
        get: {
            parameters: {
                query?: {
                    /** @description the declaring agency (the alert's or finding's owner); the caller's own by default */
                    agency?: string;
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
                    offset?: number;
                };
                header?: never;
                path: {
                    id: string;
                    lineNo: number;
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
                        "application/json": {
                            items: {
                                role: string;
                                name: string;
                                rfc: string | null;
                                address: string | null;
                                entityId: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/entities/{id}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of an entity's record groups: equal records counted, each with why it belongs */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
                    offset?: number;
                };
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
                        "application/json": {
                            items: {
                                source: string;
                                role: string;
                                name: string;
                                rfc: string | null;
                                address: string | null;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                                count: number;
                                evidence: {
                                    /** @description match, identical, confirmed, or anchor (the record the entity grew from) */
                                    reason: string;
                                    fields: {
                                        comparison: string;
                                        level: string;
                                        weight: number;
                                    }[];
                                    probability: number | null;
                                    count: number;
                                }[];
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                            /** @description records the caller may see in all the groups */
                            records: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/entities/{id}/inputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The input records of an entity the caller may see: what to release to share it
         * @description An entity and its party records are derived, never wider than their inputs: sharing one means releasing the declaration lines, declarations (the importer's address), permits and locations its visible records were extracted from (POST /api/markings/batch).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 */
                    limit?: number;
                    /** @description Items to skip */
                    offset?: number;
                };
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
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                table: "declaration_lines" | "declarations" | "permits" | "locations";
                                /** @description The key POST /api/markings/batch takes */
                                id: string;
                                label: string;
                                marking: {
                                    ownerAgency: string;
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                    releasableTo: string[];
                                    recipients: string[];
                                };
                            }[];
                            /** @description Items in the whole list as the caller may see it, filters applied */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/entities/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an entity: its visible records stay together on every re-run (audited) */
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
                    "application/json": {
                        /** @default  */
                        reason?: string;
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
                        "application/json": {
                            decisionId: string;
                            entityIds: string[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/entities/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Split records off an entity into their own; they stay apart on every re-run (audited) */
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
                    "application/json": {
                        recordIds: string[];
                        /** @default  */
                        reason?: string;
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
                        "application/json": {
                            decisionId: string;
                            entityIds: string[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/entities/{id}/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The neighbourhood of an entity to depth N, with communities and explained risk */
        get: {
            parameters: {
                query?: {
                    depth?: number;
                };
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
                        "application/json": {
                            entityId: string;
                            depth: number;
                            nodes: {
                                id: string;
                                kind: string;
                                label: string;
                                community: number;
                                risk: number;
                                /** @description the strongest path that explains the node's risk (at most one) */
                                riskPaths: {
                                    source: string;
                                    path: string[];
                                    contribution: number;
                                }[];
                            }[];
                            edges: {
                                id: string;
                                source: string;
                                target: string;
                                kind: string;
                            }[];
                            /** @description false when the neighbourhood had more than 500 nodes and the farthest were left out */
                            complete: boolean;
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Records matching a text (identifiers, names, descriptions), best first: exact, prefix, inside, then fuzzy; accents and case aside */
        get: {
            parameters: {
                query: {
                    q: string;
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
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                kind: "declaration" | "bill_of_lading" | "container" | "line" | "entity" | "company" | "permit" | "place" | "incident" | "field_report" | "case";
                                id: string;
                                label: string;
                                context: string;
                                score: number;
                                open: {
                                    /** @enum {string} */
                                    view: "consignment";
                                    billOfLading: string;
                                } | {
                                    /** @enum {string} */
                                    view: "entity";
                                    entityId: string;
                                } | {
                                    /** @enum {string} */
                                    view: "permit";
                                    permitId: string;
                                } | {
                                    /** @enum {string} */
                                    view: "incident";
                                    incidentId: string;
                                } | {
                                    /** @enum {string} */
                                    view: "fieldReport";
                                    reportId: string;
                                } | {
                                    /** @enum {string} */
                                    view: "case";
                                    caseId: string;
                                } | {
                                    /** @enum {string} */
                                    view: "map";
                                } | {
                                    /** @enum {string} */
                                    view: "consignments";
                                };
                                /** @description The marked records the hit was found in, as POST /api/markings/batch names them (a release); derived records (an entity's party records) are left out: their inputs are released instead */
                                records: {
                                    table: string;
                                    id: string;
                                    marking: {
                                        ownerAgency: string;
                                        /** @enum {string} */
                                        tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                        releasableTo: string[];
                                        recipients: string[];
                                    };
                                }[];
                            }[];
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts of the alerts and findings the caller may see, over its latest weeks */
        get: {
            parameters: {
                query?: {
                    weeks?: number;
                    /** @description last day of the window; default: the latest declaration seen */
                    to?: string;
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
                        "application/json": {
                            window: {
                                /** Format: date */
                                from: string;
                                /** Format: date */
                                to: string;
                                weeks: number;
                            };
                            alerts: {
                                byWeek: {
                                    /** Format: date */
                                    week: string;
                                    alerts: number;
                                }[];
                                byPort: {
                                    port: string;
                                    alerts: number;
                                    open: number;
                                }[];
                                bySubstance: {
                                    substanceId: string;
                                    name: {
                                        en: string;
                                        es: string;
                                    } | null;
                                    alerts: number;
                                }[];
                                byStatus: {
                                    status: string;
                                    alerts: number;
                                }[];
                                openByAge: {
                                    /** @enum {string} */
                                    age: "0-7" | "8-30" | "31-90" | "90+";
                                    alerts: number;
                                }[];
                            };
                            findings: {
                                byWeek: {
                                    /** Format: date */
                                    week: string;
                                    findings: number;
                                }[];
                                byKind: {
                                    kind: string;
                                    findings: number;
                                    open: number;
                                }[];
                                byPort: {
                                    port: string;
                                    findings: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description An error of the closed catalogue (docs/ERRORS.md), in both languages */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
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
    "/taxii2/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TAXII 2.1 discovery */
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
                        "application/json": {
                            title: string;
                            description?: string;
                            default?: string;
                            api_roots: string[];
                        };
                    };
                };
                /** @description A TAXII 2.1 error message (title, description, error_code, http_status) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/taxii+json;version=2.1": components["schemas"]["TaxiiError"];
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
    "/taxii2/api/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The TAXII 2.1 API root */
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
                        "application/json": {
                            title: string;
                            description?: string;
                            versions: string[];
                            max_content_length: number;
                        };
                    };
                };
                /** @description A TAXII 2.1 error message (title, description, error_code, http_status) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/taxii+json;version=2.1": components["schemas"]["TaxiiError"];
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
    "/taxii2/api/collections/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The collections the caller may read */
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
                        "application/json": {
                            collections: {
                                id: string;
                                title: string;
                                description?: string;
                                can_read: boolean;
                                can_write: boolean;
                                media_types: string[];
                            }[];
                        };
                    };
                };
                /** @description A TAXII 2.1 error message (title, description, error_code, http_status) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/taxii+json;version=2.1": components["schemas"]["TaxiiError"];
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
    "/taxii2/api/collections/{collectionId}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One collection */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    collectionId: string;
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
                        "application/json": {
                            id: string;
                            title: string;
                            description?: string;
                            can_read: boolean;
                            can_write: boolean;
                            media_types: string[];
                        };
                    };
                };
                /** @description A TAXII 2.1 error message (title, description, error_code, http_status) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/taxii+json;version=2.1": components["schemas"]["TaxiiError"];
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
    "/taxii2/api/collections/{collectionId}/objects/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The objects the caller may see, ascending by date added (filters, added_after, limit and next paging) */
        get: {
            parameters: {
                query?: {
                    /** @description only objects added after this time */
                    added_after?: string;
                    /** @description objects per page */
                    limit?: number;
                    /** @description the `next` of the previous page */
                    next?: string;
                    /** @description object ids, comma-separated */
                    "match[id]"?: string;
                    /** @description object types, comma-separated */
                    "match[type]"?: string;
                    /** @description `last` (default), `first`, `all` or timestamps */
                    "match[version]"?: string;
                    /** @description STIX versions, e.g. `2.1` */
                    "match[spec_version]"?: string;
                };
                header?: never;
                path: {
                    collectionId: string;
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
                        "application/json": {
                            more: boolean;
                            next?: string;
                            objects?: ({
                                type: string;
                                id: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
                /** @description A TAXII 2.1 error message (title, description, error_code, http_status) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/taxii+json;version=2.1": components["schemas"]["TaxiiError"];
                    };
                };
            };
        };
        put?: never;
        /** Add objects to the inbox (a peer instance's account): received as a sync would pull them; 202 and the status */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    collectionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/taxii+json;version=2.1": {
                        more?: boolean;
                        next?: string;
                        /** @description The STIX 2.1 objects to add (a marking definition or identity they name among them) */
                        objects: unknown[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "complete" | "pending";
                            request_timestamp: string;
                            total_count: number;
                            success_count: number;
                            successes?: {
                                id: string;
                                version: string;
                                message?: string;
                            }[];
                            failure_count: number;
                            failures?: {
                                id: string;
                                version: string;
                                message?: string;
                            }[];
                            pending_count: number;
                            pendings?: {
                                id: string;
                                version: string;
                                message?: string;
                            }[];
                        };
                    };
                };
                /** @description A TAXII 2.1 error message (title, description, error_code, http_status) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/taxii+json;version=2.1": components["schemas"]["TaxiiError"];
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
    "/taxii2/api/collections/{collectionId}/objects/{objectId}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One object (its version held) when the caller may see it */
        get: {
            parameters: {
                query?: {
                    /** @description only objects added after this time */
                    added_after?: string;
                    /** @description objects per page */
                    limit?: number;
                    /** @description the `next` of the previous page */
                    next?: string;
                    /** @description object ids, comma-separated */
                    "match[id]"?: string;
                    /** @description object types, comma-separated */
                    "match[type]"?: string;
                    /** @description `last` (default), `first`, `all` or timestamps */
                    "match[version]"?: string;
                    /** @description STIX versions, e.g. `2.1` */
                    "match[spec_version]"?: string;
                };
                header?: never;
                path: {
                    collectionId: string;
                    objectId: string;
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
                        "application/json": {
                            more: boolean;
                            next?: string;
                            objects?: ({
                                type: string;
                                id: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
                /** @description A TAXII 2.1 error message (title, description, error_code, http_status) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/taxii+json;version=2.1": components["schemas"]["TaxiiError"];
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
    "/taxii2/api/collections/{collectionId}/objects/{objectId}/versions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The versions held of one object */
        get: {
            parameters: {
                query?: {
                    /** @description only objects added after this time */
                    added_after?: string;
                    /** @description objects per page */
                    limit?: number;
                    /** @description the `next` of the previous page */
                    next?: string;
                    /** @description object ids, comma-separated */
                    "match[id]"?: string;
                    /** @description object types, comma-separated */
                    "match[type]"?: string;
                    /** @description `last` (default), `first`, `all` or timestamps */
                    "match[version]"?: string;
                    /** @description STIX versions, e.g. `2.1` */
                    "match[spec_version]"?: string;
                };
                header?: never;
                path: {
                    collectionId: string;
                    objectId: string;
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
                        "application/json": {
                            more: boolean;
                            versions?: string[];
                        };
                    };
                };
                /** @description A TAXII 2.1 error message (title, description, error_code, http_status) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/taxii+json;version=2.1": components["schemas"]["TaxiiError"];
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
    "/taxii2/api/status/{statusId}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The status of one of the caller’s pushes (404 for anyone else’s) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    statusId: string;
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
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "complete" | "pending";
                            request_timestamp: string;
                            total_count: number;
                            success_count: number;
                            successes?: {
                                id: string;
                                version: string;
                                message?: string;
                            }[];
                            failure_count: number;
                            failures?: {
                                id: string;
                                version: string;
                                message?: string;
                            }[];
                            pending_count: number;
                            pendings?: {
                                id: string;
                                version: string;
                                message?: string;
                            }[];
                        };
                    };
                };
                /** @description A TAXII 2.1 error message (title, description, error_code, http_status) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/taxii+json;version=2.1": components["schemas"]["TaxiiError"];
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
    "/taxii2/api/collections/{collectionId}/manifest/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The manifest of the objects the caller may see (id, date added, version, media type) */
        get: {
            parameters: {
                query?: {
                    /** @description only objects added after this time */
                    added_after?: string;
                    /** @description objects per page */
                    limit?: number;
                    /** @description the `next` of the previous page */
                    next?: string;
                    /** @description object ids, comma-separated */
                    "match[id]"?: string;
                    /** @description object types, comma-separated */
                    "match[type]"?: string;
                    /** @description `last` (default), `first`, `all` or timestamps */
                    "match[version]"?: string;
                    /** @description STIX versions, e.g. `2.1` */
                    "match[spec_version]"?: string;
                };
                header?: never;
                path: {
                    collectionId: string;
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
                        "application/json": {
                            more: boolean;
                            next?: string;
                            objects?: {
                                id: string;
                                date_added: string;
                                version: string;
                                media_type: string;
                            }[];
                        };
                    };
                };
                /** @description A TAXII 2.1 error message (title, description, error_code, http_status) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/taxii+json;version=2.1": components["schemas"]["TaxiiError"];
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
    schemas: {
        /** ErrorBody */
        ErrorBody: {
            error: {
                /**
                 * @description A code of the closed catalogue (docs/ERRORS.md)
                 * @enum {string}
                 */
                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "PEER_UNAVAILABLE" | "NOT_ACCEPTABLE" | "VALUE_TOO_LARGE" | "NOT_FOUND" | "ROUTE_NOT_FOUND" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "TOO_MANY_ATTEMPTS" | "FORBIDDEN" | "CONFLICT" | "USERNAME_TAKEN" | "WEAK_PASSWORD" | "UNKNOWN_AGENCY" | "UNKNOWN_NATION" | "MARKING_WIDENING_FORBIDDEN" | "DERIVED_MARKING_WIDENING" | "DERIVED_MARKING_JUSTIFICATION_REQUIRED" | "NOT_A_MARKED_TABLE" | "AUDIT_CHAIN_BROKEN" | "QUERY_TIMEOUT" | "FILE_NOT_FOUND" | "DATA_DIR_IN_USE" | "DATA_DIR_UNREADABLE" | "CONFIGURATION_INVALID" | "INTERNAL" | "DECLARATIONS_HEADER" | "DECLARATIONS_FILE_MISSING" | "ALERT_NOT_FOUND" | "ALERT_TRANSITION" | "DISMISS_REASON_REQUIRED" | "EPCIS_INVALID_DOCUMENT" | "EPCIS_FILE_MISSING" | "EPCIS_CAPTURE_LIMIT" | "EPCIS_INVALID_PAGE_TOKEN" | "EPCIS_CAPTURE_NOT_FOUND" | "CONSIGNMENT_NOT_FOUND" | "PERMIT_NOT_FOUND" | "REGISTRY_FILE_MISSING" | "FINDING_NOT_FOUND" | "FINDING_TRANSITION" | "FINDING_DISMISS_REASON_REQUIRED" | "CROSS_ORIGIN_REJECTED" | "PASSWORD_CHANGE_REQUIRED" | "SELF_ELEVATION_FORBIDDEN" | "OUTSIDE_ADMIN_SCOPE" | "SECOND_ADMIN_REQUIRED" | "OWN_REQUEST" | "WRONG_PASSWORD" | "INCIDENT_NOT_FOUND" | "FIELD_REPORT_NOT_FOUND" | "EVIDENCE_FILE_MISSING" | "EVIDENCE_RECORD_INVALID" | "LEAD_NOT_FOUND" | "LEAD_MERGE_TARGET_NOT_FOUND" | "LEAD_MERGE_TARGET_REQUIRED" | "CASE_NOT_FOUND" | "CASE_LINK_TARGET_NOT_FOUND" | "CASE_ASSIGNEE_CANNOT_SEE" | "OPERATION_NOT_FOUND" | "OPERATION_TRANSITION" | "OPERATION_COMMANDER_REQUIRED" | "OPERATION_HOST_REQUIRED" | "OPERATION_NOT_UNDER_WAY" | "NOTIFICATION_NOT_FOUND" | "ATTACHMENT_MISSING" | "ATTACHMENT_TOO_LARGE" | "ATTACHMENT_TYPE_REFUSED" | "ATTACHMENT_TYPE_MISMATCH" | "ATTACHMENT_NOT_FOUND";
                message: {
                    en: string;
                    es: string;
                };
                /** @description The input that was refused (`body.x`, `query.y`) */
                field?: string;
                /** @description The file row that was refused (imports) */
                row?: number;
                detail?: string;
                /** @description A refused record's problems, one per field, coded like an import's row errors */
                fieldErrors?: {
                    field: string;
                    /** @enum {string} */
                    code: "REQUIRED" | "CAS_FORMAT" | "NUMBER" | "DECIMAL" | "WHOLE_NUMBER" | "POSITIVE" | "NOT_NEGATIVE" | "ABSURD" | "AT_LEAST" | "AT_MOST" | "DATE" | "INSTANT" | "REAL_DATE" | "LOCODE" | "COUNTRY" | "IMO" | "HS_CODE" | "SMILES" | "MISSING_COLUMN" | "VALID_TO_BEFORE" | "DAMAGED_RECORD" | "FIELD_COUNT" | "QUOTE_SPANS_LINES" | "QUOTE_AFTER_CLOSING" | "QUOTE_IN_UNQUOTED" | "QUOTE_NEVER_CLOSES" | "TOO_LONG" | "CONTROL_CHARACTER" | "INVALID_UTF8" | "DATABASE_REFUSED" | "EPCIS_REQUIRED_MEMBER" | "EPCIS_ONE_OF" | "EPCIS_SCHEMA" | "EPCIS_DUPLICATE" | "EPCIS_TOO_MANY_EVENTS" | "EPCIS_LIMIT" | "ONE_OF" | "PLACE_NEEDED" | "PLACE_UNKNOWN" | "DUPLICATE_ID" | "INVALID";
                    params: {
                        [key: string]: string | number;
                    };
                    message: string;
                }[];
                requestId: string;
            };
        };
        /** TaxiiError */
        TaxiiError: {
            /** @description A short human-readable summary (the catalogue's English message) */
            title: string;
            /** @description What went wrong, in more detail */
            description?: string;
            /** @description The request id to quote */
            error_id?: string;
            /** @description A code of the closed catalogue (docs/ERRORS.md) */
            error_code?: string;
            /** @description The HTTP status of the answer */
            http_status: string;
            external_details?: string;
            /** @description Centinela error body fields: `title_es`, `field`, `row` */
            details?: {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

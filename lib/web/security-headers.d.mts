// Types of security-headers.mjs (plain JavaScript so that next.config.js and the production server load it as it is).

/** Sent on every response: pages, API, feeds, preview images, static files, error pages. */
export declare const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }>;
/** For everything that is not an HTML page: nothing may run in it or frame it. */
export declare const NON_PAGE_CSP: string;
/** The production server's "database unavailable" page: no script at all. */
export declare const UNAVAILABLE_PAGE_CSP: string;
/** A nonce for one response: 16 random bytes, base64. */
export declare function newNonce(): string;
/** The pages' policy, with this response's nonce ('unsafe-eval' added in development). */
export declare function pageCsp(nonce: string, dev?: boolean): string;

// Types of forwarded.mjs (plain JavaScript so that the production server loads it as it is).

/** Whether TRUST_PROXY says a reverse proxy is in front. */
export declare function trustsProxy(value: string | undefined): boolean;
/** Without a trusted proxy, drops the client's forwarding headers and sets X-Forwarded-For to the socket's address. */
export declare function settleForwarding(headers: Record<string, string | string[] | undefined>, socketAddress: string | undefined, trusted: boolean): void;

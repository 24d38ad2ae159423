// Types of request-path.mjs (plain JavaScript so that the production server loads it as it is).

/** True when a segment of the raw, percent-encoded `pathname` cannot be decoded. */
export declare function hasMalformedEncoding(pathname: string): boolean;

// Types of fallback-answers.mjs (plain JavaScript so that the production server loads it as it is).

export type AnswerKind = "page" | "api" | "feed" | "image";
export interface PlainAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** Seconds a client should wait before trying again while the database is away. */
export declare const RETRY_AFTER_SECONDS: number;
/** The API's error for "database unavailable". */
export declare const UNAVAILABLE_ERROR: { code: "UNAVAILABLE"; message: string; messageEn: string };
/** Every security header, with a policy that lets nothing run. */
export declare const PLAIN_ANSWER_HEADERS: Record<string, string>;
/** A small Arabic page with no script and no outside resource. */
export declare function arabicPage(page: { title: string; message: string; refreshSeconds?: number }): string;
/** The feed's 503 body: an Atom document with no entries. */
export declare function unavailableAtom(now?: Date): string;
/** What a route of this kind answers while the database is away. */
export declare function unavailableAnswer(kind: AnswerKind, png?: Uint8Array | null): PlainAnswer;
/** The kind of answer a path gets. */
export declare function answerKind(pathname: string): AnswerKind;
/** A raw HTTP/1.1 answer for a request Node's parser refused. */
export declare function rawRequestError(status: number, reason: string): string;

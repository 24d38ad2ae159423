// Types for hold-server-errors.mjs (plain JS so that serve.mjs can import it without a build step).
import type { ServerResponse } from "node:http";

type Send = (status: number, headers: Record<string, string | number>, body?: string | Uint8Array) => void;
export function holdServerErrors(res: ServerResponse, databaseDown: () => Promise<boolean>, answerUnavailable: (send: Send) => void): void;

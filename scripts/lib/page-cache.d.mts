// Types for page-cache.mjs (plain JS so that serve.mjs can import it without a build step).
import type { IncomingMessage, ServerResponse } from "node:http";

type Render = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
export function isCacheableRequest(req: IncomingMessage): boolean;
export function cacheKey(req: IncomingMessage): string;
export function newNonce(): string;
export function assembleGzip(parts: Buffer[], deflated: Buffer[], nonce: string): Buffer[];
export function coalescedReader<T>(read: () => Promise<T>): () => Promise<T>;
export class ByteLru<E extends { bytes: number } = { bytes: number }> {
  constructor(maxBytes: number);
  maxBytes: number;
  bytes: number;
  map: Map<string, E>;
  get(key: string): E | undefined;
  delete(key: string): void;
  set(key: string, entry: E): void;
  readonly size: number;
}
export function createPageCache(opts: { readVersion: () => Promise<string>; maxBytes?: number; maxAgeMs?: number; gzipLevel?: number; now?: () => number }): {
  handle(req: IncomingMessage, res: ServerResponse, render: Render): Promise<void>;
  stats: { hits: number; misses: number; bypass: number };
  lru: ByteLru;
};

// The editors' token: compared in constant time so response timing reveals nothing about it.
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** Hashing first gives equal-length buffers, so even the length of the token does not leak. */
export function tokenMatches(candidate: string, expected: string | undefined): boolean {
  if (!expected) return false;
  return timingSafeEqual(digest(candidate), digest(expected));
}

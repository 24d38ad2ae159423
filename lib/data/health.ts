import "server-only";
import { db } from "./client";

/** Whether the database answers a trivial query within a short time. */
export async function databaseAnswers(timeoutMs = 2000): Promise<boolean> {
  const probe = db().$queryRaw`SELECT 1`.then(() => true, () => false);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  return Promise.race([probe, timeout]);
}

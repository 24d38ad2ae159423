// The product's own database for command-line tools: opened, migrated, and closed again.
import path from "node:path";
import { connect, type Database } from "../../lib/data/client";
import { applyMigrations } from "../../lib/data/schema/migrate";
import { openDatabase, type OpenDatabase } from "../../lib/data/server/open";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
/** The product's data folder: `.data/` in the project, or DATA_DIR (e.g. a mounted volume). */
export const DATA_ROOT = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(ROOT, ".data");
export const DATA_DIR = path.join(DATA_ROOT, "postgres");
export const DATABASE_NAME = "syria_talks";

export async function openProductDatabase(log: (line: string) => void): Promise<OpenDatabase> {
  const database = await openDatabase({ dataDir: DATA_DIR, databaseName: DATABASE_NAME, log });
  try {
    await applyMigrations(database.url, { log });
    return database;
  } catch (e) {
    await database.close();
    throw e;
  }
}

export async function withProductDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const server = await openProductDatabase((line) => console.error(`• ${line}`));
  const db = connect(server.url, 4);
  try {
    return await work(db);
  } finally {
    await db.close();
    await server.close();
  }
}

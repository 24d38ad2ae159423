// The one connection pool and Prisma client of a process. Prisma (reads) and the bulk writer (pg)
// share the pool; globalThis keeps both across Next.js hot reloads and duplicated module copies.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { env } from "../env";

export interface Database {
  pool: pg.Pool;
  prisma: PrismaClient;
  close(): Promise<void>;
}

export function connect(connectionString: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client losing its server (database restart) must not crash the process.
  pool.on("error", () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    pool,
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

const globalForDb = globalThis as unknown as { database?: Database };

function shared(): Database {
  if (!globalForDb.database) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    globalForDb.database = connect(DATABASE_URL, DATABASE_POOL_SIZE);
  }
  return globalForDb.database;
}

/** The app's Prisma client. */
export const db = (): PrismaClient => shared().prisma;

/** The app's pg pool, for the writer. */
export const pool = (): pg.Pool => shared().pool;

/** Pool and Prisma together, as the loader takes them. */
export const database = (): Database => shared();

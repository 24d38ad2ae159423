// The one connection pool and Prisma client of a process. Every read and write of the product goes through
// the Prisma client (models, or raw SQL in lib/data), whose adapter draws its connections from this pool;
// transactions are Prisma's (lib/data/transaction.ts). globalThis keeps both across Next.js hot reloads
// and duplicated module copies.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { env } from "../env";
import { availability, isDatabaseUnavailable } from "./availability";

export interface Database {
  prisma: PrismaClient;
  /** The pool under Prisma's adapter: for tests' and benchmarks' own checks in SQL, never product code. */
  pool: pg.Pool;
  close(): Promise<void>;
}

export function connect(connectionString: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client losing its server (database restart) must not crash the process; it tells us the
  // database went away. New connections are made on demand, so the pool recovers when it returns.
  pool.on("error", (e) => {
    if (isDatabaseUnavailable(e)) availability().down = true;
  });
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
    const database = connect(DATABASE_URL, DATABASE_POOL_SIZE);
    globalForDb.database = database;
    availability().probe = () => probe(database.pool);
  }
  return globalForDb.database;
}

/** The app's Prisma client. */
export const db = (): PrismaClient => shared().prisma;

/** The app's Prisma client and its pool, as the loader and the writers take them. */
export const database = (): Database => shared();

/** One trivial query, bounded in time (a connect to an unreachable host has no timeout of its own). */
function probe(p: pg.Pool, timeoutMs = 1500): Promise<boolean> {
  const answered = p.query("SELECT 1").then(() => true, () => false);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  return Promise.race([answered, timeout]);
}

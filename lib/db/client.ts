// The one Prisma client of a process (globalThis keeps it across Next.js hot reloads and module copies).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { env } from "../env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    globalForPrisma.prisma = createPrismaClient(DATABASE_URL, DATABASE_POOL_SIZE);
  }
  return globalForPrisma.prisma;
}

// Where the product's database comes from: DATABASE_URL when given, else an embedded PostgreSQL.
import { ensureDatabase } from "./database";
import { startEmbeddedPostgres } from "./embedded";

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export async function openDatabase(opts: {
  dataDir: string;
  databaseName: string;
  log?: (line: string) => void;
}): Promise<OpenDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    opts.log?.("Using the PostgreSQL server named by DATABASE_URL");
    return { url: external, embedded: false, close: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: opts.dataDir, log: opts.log });
  opts.log?.(
    server.shared
      ? `Sharing the embedded PostgreSQL of the running app (port ${server.port})`
      : `Embedded PostgreSQL is running on port ${server.port} (data in ${opts.dataDir})`,
  );
  try {
    const url = await ensureDatabase(server.adminUrl, opts.databaseName);
    return { url, embedded: true, close: () => server.stop() };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

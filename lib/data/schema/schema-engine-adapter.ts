// DEV TOOLING ONLY (used by schema-engine.ts; never import from app or runtime code).
// A pg driver-adapter factory the wasm schema engine can use, including its throwaway shadow databases.
// It works around traps of using @prisma/adapter-pg here (see /work/shared/TOOLCHAIN.md):
//  - with a connectionString, adapter-pg's own shadow database silently becomes the real one, so we
//    always hand pg separate host/port/user/password/database fields;
//  - adapter-pg drops the shadow database before closing its pool ("being accessed by other users"),
//    so we create and drop shadow databases ourselves, closing the pool first;
//  - adapter-pg rejects PostgreSQL's internal "char" columns (oid 18) that the engine's catalog
//    queries read, and the engine insists on reading them as characters, so we report them as such;
//  - adapter-pg's executeScript splits scripts on every ";" (breaking function bodies), whereas the
//    native engine sends a migration as one multi-statement query; we do the same.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

const CHAR_OID = 18;
const TEXT_OID = 25;

interface PgFields {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

/** Local dev tooling: URL query parameters (sslmode and the like) are not carried over. */
export function connectionFields(connectionString: string): PgFields {
  const url = new URL(connectionString);
  if (!/^postgres(ql)?:$/.test(url.protocol)) throw new Error(`Not a PostgreSQL URL: ${url.protocol}`);
  return {
    host: decodeURIComponent(url.hostname) || "127.0.0.1",
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres",
  };
}

type QueryResultLike = { fields?: { dataTypeID: number }[]; rows?: unknown[] } | undefined;

/** "char" column positions per result, keyed by the rows array that adapter-pg passes through unchanged. */
const charColumns = new WeakMap<object, number[]>();

/** Disguise "char" columns as text so adapter-pg accepts them; remember where they were. */
function charAsText<T>(result: T): T {
  const r = result as QueryResultLike;
  const positions: number[] = [];
  r?.fields?.forEach((field, i) => {
    if (field.dataTypeID !== CHAR_OID) return;
    field.dataTypeID = TEXT_OID;
    positions.push(i);
  });
  if (positions.length && r?.rows) charColumns.set(r.rows, positions);
  return result;
}

/** Undo the disguise at the adapter level: the engine reads these columns as Character. */
function reportCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

/** pg.Client that applies charAsText to every result; pg-pool calls query() with a callback. */
class CharAsTextClient extends pg.Client {
  // pg's overloads cannot be re-declared one by one, hence `any`: forward whatever we get.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an override of every pg overload at once
  override query(...args: any[]): any {
    const at = args.findIndex((a) => typeof a === "function");
    if (at >= 0) {
      const callback = args[at] as (err: unknown, res: unknown) => void;
      args[at] = (err: unknown, res: unknown) => callback(err, err ? res : charAsText(res));
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return out instanceof Promise ? out.then(charAsText) : out;
  }
}

async function onDatabase(fields: PgFields, sql: string): Promise<void> {
  const client = new pg.Client(fields);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database beside the given one, for work that must not touch the caller's database. */
export async function createScratchDatabase(connectionString: string): Promise<{ url: string; drop(): Promise<void> }> {
  const fields = connectionFields(connectionString);
  const name = `prisma_scratch_${randomUUID().replaceAll("-", "")}`;
  await onDatabase(fields, `CREATE DATABASE "${name}"`);
  const url = new URL(connectionString);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onDatabase(fields, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export interface SchemaEngineAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Close every pool this factory opened: the engine keeps its main pool open even after free(). */
  closeAll(): Promise<void>;
}

export function schemaEngineAdapterFactory(connectionString: string): SchemaEngineAdapterFactory {
  const main = connectionFields(connectionString);
  const open = new Set<SqlDriverAdapter>();

  const connectTo = async (database: string) => {
    const adapter = reportCharColumns(
      await new PrismaPg({ ...main, database, max: 2, Client: CharAsTextClient }).connect(),
    );
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (level) => reportCharColumns(await startTransaction(level));
    adapter.executeScript = async (script) => {
      await adapter.underlyingDriver().query(script);
    };
    open.add(adapter);
    return adapter;
  };
  const onMainDatabase = (sql: string) => onDatabase(main, sql);
  const closeOnce = async (adapter: SqlDriverAdapter, close: () => Promise<void>) => {
    if (!open.delete(adapter)) return;
    await close();
  };

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const adapter = await connectTo(main.database);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = () => closeOnce(adapter, dispose);
      return adapter;
    },
    async connectToShadowDb() {
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await onMainDatabase(`CREATE DATABASE "${name}"`);
      const adapter = await connectTo(name);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = () =>
        closeOnce(adapter, async () => {
          await dispose(); // pool first: PostgreSQL refuses to drop a database with open sessions
          await onMainDatabase(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        });
      return adapter;
    },
    async closeAll() {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}

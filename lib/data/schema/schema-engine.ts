// DEV TOOLING ONLY: never import from app or runtime code (it loads a 5 MB wasm and needs a devDependency).
// Drives Prisma's own schema engine, compiled to WebAssembly, because the native engine cannot be
// downloaded here. Main question: which SQL brings the migrations folder up to schema.prisma? The SQL
// is rendered by Prisma itself (same text and warnings as `prisma migrate dev --create-only`).
// Also exposes Prisma's `migrate status`/`deploy` logic so tests can check applyMigrations against it.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type ErrorRegistry } from "@prisma/driver-adapter-utils";
import { defaultMigrationsDir, LOCKFILE_CONTENT, LOCKFILE_NAME, readLockfile, readMigrations } from "./migrations-dir";
import { createScratchDatabase, schemaEngineAdapterFactory } from "./schema-engine-adapter";
import type {
  DiagnoseMigrationHistoryOutput,
  MigrationList,
  SchemaEngine as SchemaEngineInstance,
} from "@prisma/schema-engine-wasm/schema_engine_bg";

type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type SchemaEngineClass = Glue["SchemaEngine"];

export interface DiffOptions {
  /** Any database on a server where we may create databases: scratch and shadow databases are
   *  created (and dropped) beside it; the database itself is only connected to, never changed. */
  databaseUrl: string;
  /** schema.prisma as text; defaults to prisma/schema.prisma under the current directory. */
  schema?: string;
  migrationsDir?: string;
  /** Name the engine uses for the generated folder (`<timestamp>_<name>`). */
  migrationName?: string;
}

export interface DiffResult {
  /** SQL that brings the migrations up to the schema; "" when they are in step. */
  sql: string;
  /** Folder name Prisma would use, e.g. 20261124005330_init. */
  generatedMigrationName: string;
}

const NO_FILTER = { externalTables: [], externalEnums: [] };

/** The SQL needed to bring the migrations up to the schema ("" when in step). For drift tests. */
export async function diffSchemaAgainstMigrations(opts: DiffOptions): Promise<string> {
  return (await planMigration(opts)).sql;
}

export async function planMigration(opts: DiffOptions): Promise<DiffResult> {
  const schemaText = opts.schema ?? readSchema();
  const migrationsList = loadMigrationList(opts.migrationsDir ?? defaultMigrationsDir());

  // Replay `prisma migrate dev --create-only` on a scratch database, never on the caller's own.
  const scratch = await createScratchDatabase(opts.databaseUrl);
  try {
    return await withEngine(scratch.url, schemaText, async (engine, run) => {
      // createMigration cannot open a shadow database itself: it reuses the schema that devDiagnostic
      // computed (on a shadow database) for the migrations applied to the main database. So apply
      // them all first, as `migrate dev` does, and the cache then covers the whole folder.
      await run(() => engine.applyMigrations({ migrationsList, filters: NO_FILTER }));
      const diagnostic = await run(() => engine.devDiagnostic({ migrationsList, filters: NO_FILTER }));
      if (diagnostic.action.tag === "reset") throw new Error(`Migrations do not replay cleanly: ${diagnostic.action.reason}`);
      const out = await run(() =>
        engine.createMigration({
          draft: false,
          migrationName: opts.migrationName ?? "migration",
          migrationsList,
          schema: { files: [{ path: "schema.prisma", content: schemaText }] },
          filters: NO_FILTER,
        }),
      );
      return { sql: out.migrationScript ?? "", generatedMigrationName: out.generatedMigrationName };
    });
  } finally {
    await scratch.drop();
  }
}

/** What `prisma migrate status` would say about a database (read-only; no shadow database). */
export async function prismaMigrationStatus(
  databaseUrl: string,
  migrationsDir: string = defaultMigrationsDir(),
): Promise<DiagnoseMigrationHistoryOutput> {
  const migrationsList = loadMigrationList(migrationsDir);
  return withEngine(databaseUrl, readSchema(), (engine, run) =>
    run(() => engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTER })),
  );
}

/** `prisma migrate deploy` done by Prisma's own engine; returns the names it applied. */
export async function prismaMigrateDeploy(databaseUrl: string, migrationsDir: string = defaultMigrationsDir()): Promise<string[]> {
  const migrationsList = loadMigrationList(migrationsDir);
  const out = await withEngine(databaseUrl, readSchema(), (engine, run) =>
    run(() => engine.applyMigrations({ migrationsList, filters: NO_FILTER })),
  );
  return out.appliedMigrationNames;
}

type Run = <T>(fn: () => Promise<T>) => Promise<T>;

async function withEngine<T>(
  databaseUrl: string,
  schemaText: string,
  fn: (engine: SchemaEngineInstance, run: Run) => Promise<T>,
): Promise<T> {
  const SchemaEngine = await loadSchemaEngine();
  const factory = schemaEngineAdapterFactory(databaseUrl);
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(factory);
    const run: Run = (f) => call(f, adapter.errorRegistry);
    const engine = await run(() => SchemaEngine.new({ datamodels: [["schema.prisma", schemaText]] }, () => {}, adapter));
    try {
      return await fn(engine, run);
    } finally {
      engine.free();
    }
  } finally {
    await factory.closeAll();
  }
}

function readSchema(): string {
  return fs.readFileSync(path.resolve(process.cwd(), "prisma", "schema.prisma"), "utf8");
}

function loadMigrationList(dir: string): MigrationList {
  return {
    baseDir: dir,
    // Without a lockfile the engine cannot tell the provider; a new project gets Prisma's default one.
    lockfile: { path: LOCKFILE_NAME, content: readLockfile(dir) ?? LOCKFILE_CONTENT },
    shadowDbInitScript: "",
    migrationDirectories: readMigrations(dir).map((m) => ({
      path: m.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: m.sql } },
    })),
  };
}

/**
 * Make engine errors readable: a database error arrives as "External error id#N" (the original is
 * kept in the adapter's error registry), a Rust panic as a bare "unreachable" RuntimeError.
 */
async function call<T>(fn: () => Promise<T>, errors?: ErrorRegistry): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    const id = /External error id#(\d+)/.exec(e.message)?.[1];
    const original = id === undefined ? undefined : errors?.consumeError(Number(id))?.error;
    if (original) e.message = `${e.message}\nCaused by: ${describe(original)}`;
    const panic = panicRegistry().take();
    if (panic) e.message = `${e.message}\n${panic}`;
    throw e;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

interface PanicRegistry {
  set_message(message: string): void;
  take(): string;
}

/** The wasm glue calls globalThis.PRISMA_WASM_PANIC_REGISTRY.set_message on a panic and throws without it. */
function panicRegistry(): PanicRegistry {
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  if (!g.PRISMA_WASM_PANIC_REGISTRY?.take) {
    let message = "";
    g.PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (m) => void (message = `Schema engine panic: ${m}`),
      take: () => {
        const taken = message;
        message = "";
        return taken;
      },
    };
  }
  return g.PRISMA_WASM_PANIC_REGISTRY;
}

/**
 * Instantiate once per process: the glue module keeps the instance in module state and breaks on a
 * second load. Kept on globalThis because test runners re-evaluate this file per test file while
 * sharing the (externalised) glue module.
 */
function loadSchemaEngine(): Promise<SchemaEngineClass> {
  const g = globalThis as { __schemaEngineWasm?: Promise<SchemaEngineClass> };
  g.__schemaEngineWasm ??= (async () => {
    panicRegistry();
    const glue: Glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    // Node 20 cannot `import` a .wasm file, so build the instance by hand, the way the prisma CLI does.
    const instance = new WebAssembly.Instance(wasmModule(glue), {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue.SchemaEngine;
  })();
  return g.__schemaEngineWasm;
}

/**
 * Prefer the engine the prisma CLI bundles (the exact engine commit of our prisma version, so the SQL
 * matches what `prisma migrate dev` writes elsewhere). The CLI ships no JS glue for it, so the glue
 * comes from @prisma/schema-engine-wasm; if a prisma upgrade makes the two disagree, use that
 * package's own wasm instead of failing.
 */
function wasmModule(glue: Glue): WebAssembly.Module {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const bundled = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "schema_engine_bg.wasm");
  if (fs.existsSync(bundled)) {
    const mod = new WebAssembly.Module(fs.readFileSync(bundled));
    const provided = new Set(Object.keys(glue));
    if (WebAssembly.Module.imports(mod).every((i) => provided.has(i.name))) return mod;
  }
  const own = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  return new WebAssembly.Module(fs.readFileSync(own));
}

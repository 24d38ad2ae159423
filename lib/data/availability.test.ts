// Which errors mean "the database is away" (a 503) rather than a bug (a 500): every form seen while
// PostgreSQL was killed or shut down under load, through pg, pg-pool and Prisma's driver adapter.
import { describe, expect, it } from "vitest";
import { availability, isDatabaseUnavailable, noteIfUnavailable } from "./availability";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["connection refused", withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED")],
    ["refused on IPv4 and IPv6", new AggregateError([withCode("connect ECONNREFUSED ::1:5432", "ECONNREFUSED")], "")],
    ["connection reset", withCode("read ECONNRESET", "ECONNRESET")],
    ["socket closed under a query", new Error("Connection terminated unexpectedly")],
    ["fast shutdown of a busy backend", withCode("terminating connection due to administrator command", "57P01")],
    ["a backend crashed", withCode("terminating connection because of crash of another server process", "57P02")],
    ["connecting while it shuts down", withCode("the database system is shutting down", "57P03")],
    ["connection exception class", withCode("connection failure", "08006")],
    ["pool could not connect in time", new Error("timeout exceeded when trying to connect")],
    ["pool already closed", new Error("Client was closed and is not queryable")],
    ["Prisma: can't reach", withCode("Can't reach database server at `127.0.0.1:5432`", "P1001")],
    ["Prisma: connection closed", withCode("Server has closed the connection.", "P1017")],
    ["Prisma adapter kind", { name: "DriverAdapterError", message: "x", cause: { kind: "DatabaseNotReachable" } }],
    ["Prisma adapter closed", { name: "DriverAdapterError", message: "x", cause: { kind: "ConnectionClosed" } }],
    ["wrapped deep", { message: "render failed", cause: { message: "query failed", cause: new Error("Connection terminated unexpectedly") } }],
  ])("%s", (_, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ["a syntax error", withCode('syntax error at or near "SELEC"', "42601")],
    ["a unique violation", withCode("duplicate key value violates unique constraint", "23505")],
    ["Prisma: record not found", withCode("No record was found", "P2025")],
    ["a type error", new TypeError("Cannot read properties of undefined")],
    ["not an error", "Connection terminated"],
    ["nothing", undefined],
  ])("not %s", (_, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });

  it("stops on a cycle of causes", () => {
    const a: { message: string; cause?: unknown } = { message: "a" };
    a.cause = a;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe("noteIfUnavailable", () => {
  it("marks the database lost for a lost database only", () => {
    availability().down = false;
    expect(noteIfUnavailable(new Error("boom"))).toBe(false);
    expect(availability().down).toBe(false);
    expect(noteIfUnavailable(withCode("connect ECONNREFUSED", "ECONNREFUSED"))).toBe(true);
    expect(availability().down).toBe(true);
    availability().down = false;
  });
});

import { describe, expect, it } from "vitest";
import { BoundedCache, memoize, once, perObject } from "./cache";

describe("BoundedCache", () => {
  it("holds at most max entries and drops the least recently used first", () => {
    const c = new BoundedCache<string, number>(4);
    for (const [i, k] of ["a", "b", "c", "d", "e", "f"].entries()) {
      c.set(k, i);
      expect(c.size).toBeLessThanOrEqual(4);
    }
    expect(c.has("a")).toBe(false);
    expect(c.get("f")).toBe(5);
  });

  it("keeps an entry that is read, however many others pass", () => {
    const c = new BoundedCache<number, string>(10);
    c.set(-1, "hot");
    for (let i = 0; i < 1000; i++) {
      c.set(i, String(i));
      expect(c.get(-1)).toBe("hot");
    }
    expect(c.size).toBeLessThanOrEqual(10);
  });

  it("gets, replaces and deletes like a Map, falsy values included; undefined is refused", () => {
    const c = new BoundedCache<string, number | null>(6);
    c.set("zero", 0).set("none", null);
    expect(c.get("zero")).toBe(0);
    expect(c.get("none")).toBeNull();
    expect(() => c.set("x", undefined as unknown as null)).toThrow(/undefined/);
    c.set("zero", 1);
    expect(c.get("zero")).toBe(1);
    expect(c.delete("zero")).toBe(true);
    expect(c.get("zero")).toBeUndefined();
    c.clear();
    expect(c.size).toBe(0);
  });

  it("a value replaced while in the old generation is read back new, and counted once", () => {
    const c = new BoundedCache<string, number>(4);
    c.set("a", 1).set("b", 2); // "a" and "b" now the old generation
    c.set("a", 3);
    expect(c.get("a")).toBe(3);
    expect(c.size).toBe(2);
  });

  it("refuses a bound too small to hold two generations", () => {
    expect(() => new BoundedCache(1)).toThrow(/at least 2/);
  });
});

describe("memoize and once", () => {
  it("memoize computes each key once while it stays in the bound", () => {
    let calls = 0;
    const square = memoize((n: number) => (calls++, n * n), 100);
    expect([square(3), square(3), square(4)]).toEqual([9, 9, 16]);
    expect(calls).toBe(2);
  });

  it("once builds on the first call only, even a falsy value", () => {
    let calls = 0;
    const zero = once(() => (calls++, 0));
    expect([zero(), zero()]).toEqual([0, 0]);
    expect(calls).toBe(1);
  });
});

describe("perObject", () => {
  it("computes once per object, and anew for another object", () => {
    let calls = 0;
    const size = perObject((list: string[]) => (calls++, list.length));
    const a = ["x", "y"];
    expect([size(a), size(a), size(["z"])]).toEqual([2, 2, 1]);
    expect(calls).toBe(2);
  });
});

import { describe, expect, it, vi } from "vitest";
import type { FileResult } from "../../lib/load/load";
import { progressReporter } from "./progress";

const ok = (file: string): FileResult => ({ file, ok: true, status: "loaded", extracted: {} as never });
const bad = (file: string): FileResult => ({ file, ok: false, error: { code: "EMPTY", message: "file is empty" } });

describe("progressReporter", () => {
  it("reports every file of a small run", () => {
    const lines: string[] = [];
    const report = progressReporter(2, { verbose: false, out: (l) => lines.push(l) });
    report(ok("/in/a.txt"), 0);
    report(bad("/in/b.txt"), 1);
    expect(lines).toEqual(["[1/2] a.txt: loaded", "[2/2] b.txt: failed (EMPTY: file is empty)"]);
  });

  it("reports failures at once and the rate at most every two seconds on a large run", () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const report = progressReporter(1000, { verbose: false, out: (l) => lines.push(l) });
    for (let i = 0; i < 999; i++) {
      report(i === 10 ? bad(`/in/${i}.txt`) : ok(`/in/${i}.txt`), i);
      vi.advanceTimersByTime(5); // 5 s in all
    }
    report(ok("/in/last.txt"), 999);
    vi.useRealTimers();
    expect(lines.filter((l) => l.startsWith("  ✗"))).toEqual(["  ✗ /in/10.txt: EMPTY: file is empty"]);
    const progress = lines.filter((l) => l.startsWith("["));
    expect(progress.length).toBe(3); // at 2 s, 4 s, and the end
    expect(progress.at(-1)).toMatch(/^\[1000\/1000\] 100% · \d+ files\/s · 1 failed/);
  });
});

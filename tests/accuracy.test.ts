// The loader's accuracy on real coverage with hand-checked gold (npm run bench:accuracy), held to the floors
// in scripts/bench/accuracy/floors.json. Skipped when the development corpus is not beside the project.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { DEV_CORPUS } from "../scripts/bench/accuracy/corpus";
import floors from "../scripts/bench/accuracy/floors.json";
import { runAccuracy } from "../scripts/bench/accuracy/run";
import { figuresOf } from "../scripts/bench/accuracy/score";

const present = fs.existsSync(DEV_CORPUS);

describe.skipIf(!present)("accuracy on the development corpus", () => {
  const figures = present ? figuresOf(runAccuracy([DEV_CORPUS]).overall) : null;
  const floorOf = floors as unknown as Record<string, number>;

  it.each(Object.keys(floors).filter((k) => k !== "about" && !k.endsWith("Max")))("%s stays at or above its floor", (key) => {
    expect(figures![key as keyof typeof figures]).toBeGreaterThanOrEqual(floorOf[key]!);
  });

  it("states a wrong explicit or URL date no more often than its ceiling", () => {
    expect(figures!.wrongStatedDates).toBeLessThanOrEqual(floorOf.wrongStatedDatesMax!);
  });
});

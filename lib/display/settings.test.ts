import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_DISPLAY,
  decodeDisplayCookie,
  displayParams,
  encodeDisplayCookie,
  explicitDisplayParams,
  isDefaultDisplay,
  parseDisplaySettings,
  withDisplayParams,
  type DisplaySettings,
} from "./settings";

const EASTERN_HIJRI: DisplaySettings = { digits: "arab", hijri: true };
const settings = fc.record({ digits: fc.constantFrom("latn" as const, "arab" as const), hijri: fc.boolean() });
/** With the month style too (absent when it is the default, as the readers return it). */
const allSettings = fc
  .record({ digits: fc.constantFrom("latn" as const, "arab" as const), hijri: fc.boolean(), months: fc.constantFrom("egypt" as const, "levant" as const, "maghreb" as const) })
  .map(({ months, ...s }): DisplaySettings => (months === "egypt" ? s : { ...s, months }));

describe("parseDisplaySettings", () => {
  it("reads both parameters", () => {
    expect(parseDisplaySettings({ digits: "arab", cal: "hijri" })).toEqual(EASTERN_HIJRI);
    expect(parseDisplaySettings({ digits: "latn", cal: "gregory" })).toEqual(DEFAULT_DISPLAY);
  });
  it("takes a missing or unknown value from the fallback, never failing", () => {
    expect(parseDisplaySettings({})).toEqual(DEFAULT_DISPLAY);
    expect(parseDisplaySettings({ digits: "ARAB", cal: "islamic" })).toEqual(DEFAULT_DISPLAY);
    expect(parseDisplaySettings({ digits: "arab" }, { digits: "latn", hijri: true })).toEqual(EASTERN_HIJRI);
    expect(parseDisplaySettings({ cal: "gregory", digits: null }, EASTERN_HIJRI)).toEqual({ digits: "arab", hijri: false });
  });
});

describe("cookie", () => {
  it("round-trips every setting", () => {
    fc.assert(
      fc.property(settings, (s) => {
        expect(decodeDisplayCookie(encodeDisplayCookie(s))).toEqual(s);
      }),
    );
  });
  it("falls back to the default for a missing or tampered cookie", () => {
    expect(decodeDisplayCookie(undefined)).toEqual(DEFAULT_DISPLAY);
    expect(decodeDisplayCookie("")).toEqual(DEFAULT_DISPLAY);
    expect(decodeDisplayCookie("<script>.x")).toEqual(DEFAULT_DISPLAY);
    expect(encodeDisplayCookie(EASTERN_HIJRI)).toBe("arab.hijri");
  });
});

describe("URL parameters", () => {
  it("writes every setting out, and reads them back", () => {
    fc.assert(
      fc.property(settings, (s) => {
        expect(parseDisplaySettings(displayParams(s), EASTERN_HIJRI)).toEqual(s);
      }),
    );
  });
  it("keeps only valid, single values in canonical order", () => {
    expect(explicitDisplayParams({ cal: "hijri", digits: "arab" })).toEqual([
      ["digits", "arab"],
      ["cal", "hijri"],
    ]);
    expect(explicitDisplayParams({ digits: "latn" })).toEqual([["digits", "latn"]]);
    expect(explicitDisplayParams({ digits: "x", cal: ["hijri", "hijri"] })).toEqual([]);
  });
  it("knows the default", () => {
    expect(isDefaultDisplay(DEFAULT_DISPLAY)).toBe(true);
    expect(isDefaultDisplay({ digits: "latn", hijri: true })).toBe(false);
  });
});

describe("withDisplayParams", () => {
  it("leaves links alone for the default settings", () => {
    expect(withDisplayParams("/events/a?x=1#y", DEFAULT_DISPLAY)).toBe("/events/a?x=1#y");
  });
  it("adds the settings before the fragment, keeping other parameters in order", () => {
    expect(withDisplayParams("/", EASTERN_HIJRI)).toBe("/?digits=arab&cal=hijri");
    expect(withDisplayParams("/#month-2016-07", { digits: "arab", hijri: false })).toBe("/?digits=arab&cal=gregory#month-2016-07");
    expect(withDisplayParams("/?participant=b&participant=a&page=2#e", EASTERN_HIJRI)).toBe("/?participant=b&participant=a&page=2&digits=arab&cal=hijri#e");
  });
  it("replaces settings already in the link, and works on absolute URLs", () => {
    expect(withDisplayParams("http://h:1/events/a?digits=latn&q=%D8%AD%D9%84%D8%A8&cal=gregory", EASTERN_HIJRI)).toBe(
      "http://h:1/events/a?q=%D8%AD%D9%84%D8%A8&digits=arab&cal=hijri",
    );
  });
  it("is idempotent and always yields parameters that read back as the settings", () => {
    fc.assert(
      fc.property(settings, fc.webPath(), fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.string({ maxLength: 5 })), (s, path, query) => {
        const href = `/${path.replace(/^\/+/, "")}?${new URLSearchParams(query).toString()}`;
        const once = withDisplayParams(href, s);
        expect(withDisplayParams(once, s)).toBe(once);
        if (isDefaultDisplay(s)) return;
        const url = new URL(once, "http://x");
        expect(parseDisplaySettings({ digits: url.searchParams.get("digits"), cal: url.searchParams.get("cal") })).toEqual(s);
      }),
    );
  });
});

describe("month style", () => {
  const LEVANT: DisplaySettings = { digits: "arab", hijri: false, months: "levant" };
  it("is read from the URL or the fallback, the default left implicit", () => {
    expect(parseDisplaySettings({ months: "levant", digits: "arab" })).toEqual(LEVANT);
    expect(parseDisplaySettings({ months: "egypt" }, LEVANT)).toStrictEqual({ digits: "arab", hijri: false });
    expect(parseDisplaySettings({ months: "cairo" }, LEVANT)).toEqual(LEVANT);
    expect(parseDisplaySettings({ digits: "latn" }, LEVANT)).toEqual({ ...LEVANT, digits: "latn" });
  });
  it("is written only when it is not the default, in cookies, parameters and links", () => {
    expect(encodeDisplayCookie(LEVANT)).toBe("arab.gregory.levant");
    expect(decodeDisplayCookie("arab.gregory.levant")).toEqual(LEVANT);
    expect(decodeDisplayCookie("arab.gregory")).toStrictEqual({ digits: "arab", hijri: false });
    expect(displayParams({ digits: "latn", hijri: false, months: "egypt" })).toStrictEqual({ digits: "latn", cal: "gregory" });
    expect(withDisplayParams("/#x", { digits: "latn", hijri: false, months: "maghreb" })).toBe("/?digits=latn&cal=gregory&months=maghreb#x");
    expect(isDefaultDisplay({ digits: "latn", hijri: false, months: "egypt" })).toBe(true);
    expect(isDefaultDisplay({ digits: "latn", hijri: false, months: "levant" })).toBe(false);
  });
  it("round-trips through the cookie and through links", () => {
    fc.assert(
      fc.property(allSettings, (s) => {
        expect(decodeDisplayCookie(encodeDisplayCookie(s))).toStrictEqual(s);
        const url = new URL(withDisplayParams("/a?x=1", s), "http://x");
        const p = url.searchParams;
        expect(parseDisplaySettings({ digits: p.get("digits"), cal: p.get("cal"), months: p.get("months") })).toStrictEqual(s);
      }),
    );
  });
  it("keeps a link's own non-default choice in canonical order", () => {
    expect(explicitDisplayParams({ months: "levant", cal: "hijri" })).toEqual([
      ["cal", "hijri"],
      ["months", "levant"],
    ]);
    expect(explicitDisplayParams({ months: "egypt" })).toEqual([]);
  });
});

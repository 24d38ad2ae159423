// Properties of cleaning and extraction: they never throw on any text, and never invent text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeStoredText } from "../../lib/extract/clean-text";
import { extractArticle } from "../../lib/extract/extract";
import { loadGazetteers } from "../../lib/entities/gazetteers";
import { parseSidecar } from "../../lib/extract/sidecar";
import { prepareInput } from "../../lib/extract/prepare-input";
import { IngestError } from "../../lib/extract/errors";
import { anyText, articleText } from "./arbitraries";

const registry = loadGazetteers();
const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe("cleaning and extraction (lib/extract)", () => {
  it("normalizeStoredText never throws and is idempotent", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalizeStoredText(s);
        expect(normalizeStoredText(once)).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  it("extraction never throws, and every word of the body, title and caption is in the input", () => {
    fc.assert(
      fc.property(articleText, (raw) => {
        const text = normalizeStoredText(raw);
        const a = extractArticle({ fileName: "prop.txt", text }, registry);
        for (const w of words(a.body)) expect(text, `body word «${w}»`).toContain(w);
        for (const w of words(a.caption ?? "")) expect(text).toContain(w);
        // The title may be a heading found in the text; without one it is empty or text too.
        for (const w of words(a.title)) expect(text, `title word «${w}»`).toContain(w);
        // Every line gets exactly one verdict, and none points outside the input.
        for (const l of a.lines) expect(text).toContain(l.text.trim());
      }),
      { numRuns: 200 },
    );
  });

  it("preparing arbitrary bytes either gives text or a per-file IngestError, nothing else", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          articleText.map((t) => new TextEncoder().encode(t)),
        ),
        fc.constantFrom("a.txt", "a.html"),
        (bytes, fileName) => {
          try {
            const { input } = prepareInput(bytes, { fileName });
            expect(typeof input.text).toBe("string");
          } catch (e) {
            expect(e).toBeInstanceOf(IngestError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a sidecar of any JSON never throws; what it keeps passed validation", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          anyText,
          fc.record({ title: anyText, publishedAt: anyText, url: anyText, note: anyText, outlet: anyText }).map((o) => JSON.stringify(o)),
        ),
        (json) => {
          const { sidecar } = parseSidecar(json);
          if (sidecar?.publishedAt) expect(sidecar.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (sidecar?.url) expect(sidecar.url).toMatch(/^https?:/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

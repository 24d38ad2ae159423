// The body's gazetteer people are scanned once for the article and the quotations alike, unless a short name
// there was decided on what the title and caption had named, and a scan knowing the whole article would read it otherwise.
import { describe, expect, it } from "vitest";
import { loadGazetteers } from "../entities/gazetteers";
import { compilePeopleMatcher } from "../entities/people-matcher";
import type { TextPart } from "../entities/tally";
import { scanPartEntities } from "./mentions";
import { findArticlePeople } from "./people";

const g = loadGazetteers();
const article = (title: string, body: string) => {
  const parts: TextPart[] = [
    { part: "title", text: title },
    { part: "caption", text: "" },
    { part: "body", text: body },
  ];
  return findArticlePeople(g, parts, scanPartEntities(g, parts));
};
/** What the quotations' own scan of the body finds, knowing every person of the article. */
const ownScan = (body: string, ids: string[]) => compilePeopleMatcher(g.people).scan(body, new Set(ids));

describe("the body's people for the quotations", () => {
  it("are the main scan's when no short name was decided otherwise", () => {
    const body = "قال آشتون كارتر إن الاتفاق صامد، وأضاف كارتر أن الطرفين ملتزمان";
    const found = article("كارتر يزور المنطقة", body);
    expect(found.bodyMentions).toEqual(
      ownScan(
        body,
        found.people.map((p) => p.id),
      ),
    );
    expect(found.bodyMentions?.map((m) => m.text)).toEqual(["آشتون كارتر", "كارتر"]);
  });

  it("are left to the quotations' scan when a short name before the full one would read otherwise", () => {
    // The main scan leaves the first «كارتر» (nobody named him yet); a scan knowing the article's people takes it.
    const body = "قال كارتر إن الاتفاق صامد، ثم أكد آشتون كارتر أن الطرفين ملتزمان";
    const found = article("زيارة إلى المنطقة", body);
    expect(found.bodyMentions).toBeNull();
    expect(
      ownScan(
        body,
        found.people.map((p) => p.id),
      ).map((m) => m.text),
    ).toEqual(["كارتر", "آشتون كارتر"]);
  });
});

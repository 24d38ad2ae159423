import { describe, expect, it } from "vitest";
import { linkStorylines } from "./storylines";
import type { PlannedEvent } from "./types";

const event = (slug: string, date: string | null, over: Partial<PlannedEvent> = {}): PlannedEvent => ({
  slug,
  title: slug,
  kind: "call",
  date,
  dateEnd: null,
  dateBasis: "explicit",
  place: null,
  placeId: null,
  participants: ["john-kerry", "sergey-lavrov"],
  members: [],
  chronologyId: null,
  storyline: null,
  onTopic: true,
  ...over,
});

describe("storylines", () => {
  it("a call three days before an occurrence joins the occurrence's storyline", () => {
    const [call, deal] = linkStorylines([event("call", "2016-09-06"), event("deal", "2016-09-09", { kind: "agreement", storyline: "september-deal" })]);
    expect(call!.storyline).toBe("september-deal");
    expect(deal!.storyline).toBe("september-deal");
  });

  it("two calls of the same ministers two days apart start a storyline of their own", () => {
    const out = linkStorylines([event("a", "2016-05-01"), event("b", "2016-05-03")]);
    expect(out[0]!.storyline).toBe("story-a");
    expect(out[1]!.storyline).toBe("story-a");
  });

  it("events of other people, far apart, undated or off-topic stay alone", () => {
    const out = linkStorylines([
      event("a", "2016-05-01"),
      event("b", "2016-05-02", { participants: ["vladimir-putin", "barack-obama"] }),
      event("c", "2016-05-20"),
      event("d", null),
      event("e", "2016-05-02", { onTopic: false }),
    ]);
    expect(out.map((e) => e.storyline)).toEqual([null, null, null, null, null]);
  });
});

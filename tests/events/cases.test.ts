// Realistic cases (scripts/events/cases.ts): each grouped alone must give exactly its gold events.
import { describe, expect, it } from "vitest";
import { groupCoverage } from "../../lib/events/group";

// These cases test the clustering stages, with made-up dates that may fall on real occurrences: no chronology.
const NO_CHRONOLOGY = { chronology: null };
import type { PlannedEvent } from "../../lib/events/types";
import {
  editorialNeverRedated,
  meetingVersusVisit,
  sameCallThreeOutlets,
  sameDayDifferentEvents,
  SYNTHETIC_CASES,
  twoCallsAWeekApart,
  undatedPlacement,
} from "../../scripts/events/cases";
import { groupsOf } from "../../scripts/events/pairs";

const normalise = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
const eventWith = (events: PlannedEvent[], key: string) => events.find((e) => e.members.some((m) => m.key === key))!;
const member = (events: PlannedEvent[], key: string) => eventWith(events, key).members.find((m) => m.key === key)!;

describe.each(SYNTHETIC_CASES)("$name", (c) => {
  it("groups as the gold", () => {
    expect(groupsOf(groupCoverage(c.items, NO_CHRONOLOGY))).toEqual(normalise(c.gold));
  });
});

describe("what each case shows", () => {
  it("one call in three outlets is one dated call; a later call's undated report stays apart", () => {
    const events = groupCoverage(sameCallThreeOutlets.items, NO_CHRONOLOGY);
    expect(eventWith(events, "call-rt")).toMatchObject({ kind: "call", date: "2016-02-09", dateEnd: null, place: null });
    const saturday = member(events, "call-nahar-undated-saturday");
    expect(saturday.inferredDate).toBeNull();
    expect(saturday.undatedReason).toContain("«السبت»");
  });

  it("two calls a week apart are two events; a report fitting both joins neither", () => {
    const events = groupCoverage(twoCallsAWeekApart.items, NO_CHRONOLOGY);
    expect(events.filter((e) => e.kind === "call" && e.date).map((e) => e.date)).toEqual(["2016-05-17", "2016-05-24"]);
    const either = member(events, "may-nahar-undated-either");
    expect([either.inferredDate, either.undatedReason]).toEqual([null, expect.stringContaining("أكثر من حدث")]);
  });

  it("a one-day meeting has one date even when reported the next day; a visit has a range", () => {
    const events = groupCoverage(meetingVersusVisit.items, NO_CHRONOLOGY);
    expect(eventWith(events, "geneva-jazeera")).toMatchObject({ date: "2016-09-09", dateEnd: null, placeId: "geneva" });
    expect(eventWith(events, "moscow-visit-day1")).toMatchObject({
      slug: "2016-03-23-visit-kerry-moscow",
      title: "زيارة كيري إلى موسكو",
      date: "2016-03-23",
      dateEnd: "2016-03-24",
    });
  });

  it("places an undated report naming a weekday; one naming none joins undated; other people stay apart", () => {
    const events = groupCoverage(undatedPlacement.items, NO_CHRONOLOGY);
    const tuesday = member(events, "talks-hayat-undated-tuesday");
    expect(tuesday.inferredDate).toBe("2016-01-26");
    expect(tuesday.inferredEvidence).toBe(
      "يوم الثلاثاء المذكور في النص، في تغطية الحدث نفسه الذي أرّخته «روسيا اليوم» بالإثنين 25 يناير 2016 → الثلاثاء 26 يناير 2016، ويؤيده «اليوم الثاني من المحادثات»",
    );
    const noWeekday = member(events, "talks-masry-undated-no-weekday");
    expect([noWeekday.inferredDate, noWeekday.undatedReason]).toEqual([null, expect.stringContaining("لا يذكر يوم الأسبوع")]);
    expect(eventWith(events, "talks-rt-monday")).toMatchObject({ title: "اجتماع لافروف وكيري في جنيف", dateEnd: "2016-01-26" });
    const zarif = eventWith(events, "zarif-nahar-undated-other-people");
    expect(zarif).toMatchObject({ date: null, dateBasis: "unknown", slug: expect.stringMatching(/^undated-/) });
    expect(zarif.members[0]!.undatedReason).toContain("لا تغطية مؤرخة");
  });

  it("keeps talks in Geneva, a statement in Moscow and a call on the same day apart", () => {
    const events = groupCoverage(sameDayDifferentEvents.items, NO_CHRONOLOGY);
    expect(events.map((e) => e.title).sort()).toEqual(["اتصال هاتفي بين لافروف وكيري", "اجتماع دي ميستورا وحجاب في جنيف", "تصريحات زاخاروفا في موسكو"]);
  });

  it("never re-dates an editorial date; an undated report of the same meeting is dated by inference", () => {
    const events = groupCoverage(editorialNeverRedated.items, NO_CHRONOLOGY);
    const e = eventWith(events, "vienna-rt");
    expect([e.date, e.dateBasis, e.dateEnd]).toEqual(["2015-10-23", "explicit", null]);
    expect(member(events, "vienna-hayat-editorial")).toMatchObject({ inferredDate: null, inferredEvidence: null, undatedReason: null });
    expect(member(events, "vienna-jazeera-undated").inferredDate).toBe("2015-10-23");
    // Alone, the editorial article anchors its own event with its editor's date.
    const alone = groupCoverage([editorialNeverRedated.items[1]!], NO_CHRONOLOGY);
    expect([alone[0]!.date, alone[0]!.dateBasis]).toEqual(["2015-10-24", "editorial"]);
  });
});

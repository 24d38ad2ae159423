import { describe, expect, it } from "vitest";
import { buildEventCues, loadEventCues } from "./cues";
import { eventKindOf } from "./kind-of";

describe("eventKindOf", () => {
  it("reads the kind from cues in data/event-cues.json, through proclitics and the article", () => {
    expect(eventKindOf("وجاءت المكالمة الهاتفية بعد أيام")).toBe("call");
    expect(eventKindOf("في اليوم الثاني والأخير من زيارته لموسكو")).toBe("visit");
    expect(eventKindOf("ويأتي اجتماع كيري ولافروف")).toBe("meeting");
    expect(eventKindOf("وقالت الخارجية في بيان")).toBe("statement");
    expect(eventKindOf("الولايات المتحدة تدعو لتعزيز التعاون")).toBe("other");
  });
  it("gives the first kind in priority order: a call that mentions a meeting is a call", () => {
    expect(eventKindOf("بحثا في اتصال هاتفي التحضير لاجتماع ميونيخ")).toBe("call");
  });
  it("prefers the longest cue at a position: a press conference is a statement, not a conference", () => {
    expect(eventKindOf("وقال في مؤتمر صحفي")).toBe("statement");
  });
  it("drops a cue a negator cancels", () => {
    expect(eventKindOf("انتهى دون التوصل إلى اتفاق")).toBe("other");
    expect(eventKindOf("توصلا إلى اتفاق")).toBe("agreement");
  });
  it("validates the cue file and names the field at fault", () => {
    expect(() => buildEventCues({ kinds: [{ kind: "summit", cues: ["قمة"] }] })).toThrow(/event-cues.json.*\n.*kind/s);
    expect(loadEventCues().priority[0]).toBe("call");
  });
});

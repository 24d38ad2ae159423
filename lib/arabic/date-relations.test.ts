import { describe, expect, it } from "vitest";
import { otherOccasion, relationAfter, relationBefore, weekdayJustBefore } from "./date-relations";

describe("relationBefore: the writer's now", () => {
  it.each([
    ["وقال المتحدث اليوم الأربعاء (", "today"],
    ["أعلن الجيش صباح اليوم ", "today"],
    ["قتل عشرون شخصا اليوم، ", "today"],
    ["التقى الوزيران أمس الثلاثاء ", "yesterday"],
    ["وصل الوفد مساء أمسِ ", "yesterday"],
    ["عقد يوم أمس (", "yesterday"],
    ["جرى الاتصال أول أمس ", "dayBeforeYesterday"],
    ["يلتقي الوزيران غداً الخميس ", "tomorrow"],
    ["تبدأ الجولة بعد غد ", "dayAfterTomorrow"],
  ])("%s → %s", (before, relation) => expect(relationBefore(before)).toBe(relation));

  it("says nothing of an evening named by its weekday alone, or of a plain preposition", () => {
    expect(relationBefore("وأعلنت الوزارة مساء ")).toBeNull();
    expect(relationBefore("وقال في ")).toBeNull();
    expect(relationBefore("في اجتماع اليوم الذي ")).toBeNull();
  });

  it("reads «غداة» (the day after) and «عشية» (the eve) across the occasion's name", () => {
    expect(relationBefore("اجتمع الوزراء غداة اجتماع ")).toBe("yesterday");
    expect(relationBefore("غداة ")).toBe("yesterday");
    expect(relationBefore("وصل المبعوث عشية انطلاق المحادثات يوم ")).toBe("tomorrow");
    // With a conjunction, and with marks between the letters.
    expect(relationBefore("وعشيّة انطلاق المحادثات يوم ")).toBe("tomorrow");
    expect(relationBefore("وغَداة القمة ")).toBe("yesterday");
  });

  it("reaches across a whole clause only to a date given in parentheses after the occasion", () => {
    expect(relationBefore("اجتمع الوزراء غداة تفجيرات دامية هزت العاصمة البلجيكية وأوقعت عشرات القتلى (")).toBe("yesterday");
    expect(relationBefore("غداة القمة وصل الوزير إلى العاصمة الفرنسية يوم ")).toBeNull();
  });

  it("leaves «غداة» whose clause a comma or a full stop has closed, and «عشية» before a weekday (its evening)", () => {
    expect(relationBefore("غداة الاجتماع، أعلن الوزير أن الجولة المقبلة ستعقد في ")).toBeNull();
    expect(relationBefore("وصلوا غداة القمة. وقالت الوزارة في بيان صدر ")).toBeNull();
    expect(relationBefore("وصل الوفد عشية ")).toBeNull();
    expect(relationBefore("وصل الوفد عشية يوم ")).toBeNull();
  });
});

describe("relationAfter", () => {
  it("reads «المقبل» and «الماضي» and their kin after a weekday or date", () => {
    expect(relationAfter(" المقبل في جنيف")).toBe("next");
    expect(relationAfter("ة القادمة")).toBeNull(); // not a word of its own
    expect(relationAfter(") الماضي،")).toBe("last");
    expect(relationAfter(" المنصرم")).toBe("last");
    expect(relationAfter(" في فيينا")).toBeNull();
  });
});

describe("weekdayJustBefore", () => {
  it("finds a weekday written just outside a date", () => {
    expect(weekdayJustBefore("قتل 12 شخصا اليوم السبت (")).toBe(6);
    expect(weekdayJustBefore("الأربعاء، ")).toBe(3);
    expect(weekdayJustBefore("قال الوزير ")).toBeNull();
  });
});

describe("otherOccasion: a full date that is not the writing day", () => {
  it.each([
    ["أكد التزام بلاده باتفاق ", "", "earlier-event"],
    ["بحسب بيان جنيف الصادر في ", "", "earlier-event"],
    ["الاتفاق المبرم في ", "", "earlier-event"],
    ["وفق اتفاق موسكو ", "", "earlier-event"],
    ["تعيش البلاد أزمة منذ ", "", "earlier-event"],
    ["في ", " الماضي، قال", "earlier-event"],
    ["تسري الهدنة اعتباراً من منتصف ليلة ", "", "future-date"],
    ["أمهل الأطراف حتى ", "", "future-date"],
    ["من المقرر أن تبدأ الجولة في ", "", "future-date"],
    ["سيعقد الاجتماع ", "", "future-date"],
    ["في ", " المقبل", "future-date"],
  ])("%s … %s → %s", (before, after, why) => expect(otherOccasion(before, after)).toBe(why));

  it("takes no past-tense verb for an earlier occasion: the story's own event is past too", () => {
    expect(otherOccasion("أعلنت الوزارة أنه جرت يوم ", "")).toBeNull();
    expect(otherOccasion("وقال إن الوزيرين التقيا ", "")).toBeNull();
    expect(otherOccasion("انعقد الاجتماع الثلاثاء ", "")).toBeNull(); // the story's own meeting
    expect(otherOccasion("بحث الوزيران في اتصال هاتفي يوم الثلاثاء ", "")).toBeNull(); // the call's day, not its name
    expect(otherOccasion("تعيش البلاد أزمة منذ الجمعة ", "")).toBe("earlier-event");
    expect(otherOccasion("وكان الاتفاق الذي وقع في ", "")).toBeNull(); // the story's agreement, or an earlier one
  });

  it("says nothing when the words around do not", () => {
    expect(otherOccasion("قال الوزير في مؤتمر صحافي عقده في موسكو اليوم السبت (", ")")).toBeNull();
    expect(otherOccasion("نيويورك - سامر حداد ", " قال")).toBeNull();
  });
});

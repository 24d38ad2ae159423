// Whether an article is about the talks, on invented articles: positives, hard negatives (the same diplomats
// on another subject, Syria battle news, Syria talks without the US) and the reason an editor reads.
import { describe, expect, it } from "vitest";
import { compileTopicLexicon } from "../entities/topic-lexicon";
import { extractArticle } from "./extract";
import { TOPIC_THRESHOLD, topicScore } from "./topic";
import { Tally, type TopicFeatures } from "./topic-features";
import { times } from "./topic-reason";

const topicOf = (title: string, ...paragraphs: string[]) => extractArticle({ fileName: "t.txt", text: `${title}\n\n${paragraphs.join("\n\n")}\n` }).topic!;

describe("on-topic", () => {
  it("a Kerry–Lavrov call on Syria, with the reason an editor reads", () => {
    const t = topicOf(
      "كيري ولافروف يبحثان هاتفيا وقف إطلاق النار في سوريا",
      "بحث وزير الخارجية الأمريكي جون كيري في اتصال هاتفي مع نظيره الروسي سيرغي لافروف الوضع في سوريا وسبل تثبيت وقف إطلاق النار في حلب.",
      "وقالت الخارجية الروسية في بيان إن الوزيرين اتفقا على مواصلة الاتصالات بين موسكو وواشنطن بشأن الأزمة السورية.",
    );
    expect(t.onTopic).toBe(true);
    expect(t.score).toBe(1);
    expect(t.reason).toMatch(/^يتناول المحادثات الأمريكية الروسية بشأن سوريا: سوريا \d+ مرات، حلب (مرتين|مرة واحدة)، كيري ولافروف$/);
  });

  it("a multilateral round both co-lead, even when neither side is named", () => {
    const t = topicOf(
      "انطلاق جولة جديدة من المحادثات السورية في جنيف",
      "افتتح المبعوث الأممي ستافان دي ميستورا في جنيف جولة جديدة من المحادثات بين وفدي الحكومة السورية والمعارضة السورية.",
      "وقال دي ميستورا إن الهدف هو التوصل إلى حل سياسي ينهي الحرب في سوريا المستمرة منذ سنوات.",
    );
    expect(t.onTopic).toBe(true);
    expect(t.reason).toMatch(/^يتناول جولة متعددة الأطراف بشأن سوريا: .*جنيف/);
  });

  it("a reaction to their deal", () => {
    const t = topicOf(
      "الرياض ترحب بالاتفاق الأمريكي الروسي حول سوريا",
      "رحبت المملكة العربية السعودية بالاتفاق الذي توصلت إليه الولايات المتحدة وروسيا لوقف الأعمال العدائية في سوريا، ودعت إلى الالتزام به.",
    );
    expect(t.onTopic).toBe(true);
  });
});

describe("hard negatives", () => {
  it("Kerry and Lavrov on Ukraine only", () => {
    const t = topicOf(
      "لافروف وكيري يبحثان أزمة القرم",
      "أكد وزير الخارجية الروسي سيرغي لافروف في اتصال هاتفي مع نظيره الأمريكي جون كيري ضرورة احترام حق سكان القرم في تقرير مصيرهم.",
      "وأضاف أن الحل في أوكرانيا يجب أن يراعي مصالح جميع الأقاليم، فيما دعا كيري إلى سحب القوات من القرم وإلى حوار مع كييف.",
    );
    expect(t.onTopic).toBe(false);
    expect(t.score).toBe(0);
    expect(t.reason).toBe("خارج الموضوع: يتناول أوكرانيا (القرم 3 مرات) ولا يذكر سوريا، كيري ولافروف");
  });

  it("the Iran nuclear file, with the same two ministers", () => {
    const t = topicOf(
      "لافروف يعود إلى فيينا للمفاوضات النووية",
      "أعلنت الخارجية الروسية أن الوزير سيرغي لافروف سيعود إلى فيينا للانضمام إلى المفاوضات حول البرنامج النووي الإيراني، فيما يبقى جون كيري هناك لمتابعة الملف النووي.",
    );
    expect(t.onTopic).toBe(false);
    expect(t.reason).toMatch(/^خارج الموضوع: يتناول الملف النووي الإيراني \(.+\) ولا يذكر سوريا/);
  });

  it("battle news from Syria without diplomacy", () => {
    const t = topicOf(
      "مقتل العشرات في قصف على أحياء حلب الشرقية",
      "قتل 28 شخصا على الأقل في قصف بالبراميل المتفجرة على أحياء حلب الشرقية، بحسب ما أفاد المرصد السوري لحقوق الإنسان.",
      "وقال المرصد إن الطائرات المروحية استهدفت أحياء عدة في حلب، فيما تواصلت الاشتباكات على أطراف المدينة.",
    );
    expect(t.onTopic).toBe(false);
    expect(t.reason).toMatch(/^خارج الموضوع: يتناول سوريا \(حلب 3 مرات، .+\) دون دبلوماسية أمريكية روسية$/);
  });

  it("Saudi–Russian talks on Syria without the US", () => {
    const t = topicOf(
      "الجبير ولافروف يختلفان حول مصير الأسد",
      "قال وزير الخارجية السعودي عادل الجبير بعد محادثات مع وزير الخارجية الروسي سيرغي لافروف في موسكو إن موقف بلاده من الأزمة السورية لم يتغير.",
      "وأكد لافروف في مؤتمر صحفي مشترك أن السوريين وحدهم يقررون مستقبل بلادهم.",
    );
    expect(t.onTopic).toBe(false);
    expect(t.reason).toMatch(/^خارج الموضوع: يتناول سوريا \(.+\) مع روسيا \(لافروف\) دون الطرف الأمريكي$/);
  });
});

describe("the score", () => {
  const features = (counts: { syria: number; us?: number; ru?: number; frames?: number; diplomacy?: number }): TopicFeatures => {
    const tally = (n = 0) => {
      const t = new Tally();
      if (n) t.add("x", n);
      return t;
    };
    return {
      syria: tally(counts.syria),
      sides: { US: tally(counts.us), RU: tally(counts.ru) },
      actors: { US: [], RU: [] },
      frames: tally(counts.frames),
      diplomacy: tally(counts.diplomacy),
      others: [],
    };
  };

  it("keeps every on-topic shape above the threshold and every off-topic shape below it, with room on both sides", () => {
    const on = [
      { syria: 1, us: 1, ru: 1 },
      { syria: 2, frames: 1 },
      { syria: 1, us: 1, frames: 1 },
      { syria: 5, us: 3, ru: 3, diplomacy: 4 },
    ].map((c) => topicScore(features(c)));
    const off = [{ syria: 0, us: 5, ru: 5, diplomacy: 5 }, { syria: 9, ru: 3, diplomacy: 5 }, { syria: 9, diplomacy: 3 }, { syria: 9 }].map((c) => topicScore(features(c)));
    expect(Math.min(...on)).toBeGreaterThanOrEqual(TOPIC_THRESHOLD + 0.05);
    expect(Math.max(...off)).toBeLessThanOrEqual(TOPIC_THRESHOLD - 0.05);
  });

  it("says how many times in Arabic", () => {
    expect([1, 2, 3, 10, 11, 25].map(times)).toEqual(["مرة واحدة", "مرتين", "3 مرات", "10 مرات", "11 مرة", "25 مرة"]);
  });
});

describe("data/topic-lexicon.json", () => {
  it("names the file, the entry and the field of a malformed entry", () => {
    const good = {
      syria: { terms: ["السوري"], label: "سوريا" },
      sides: [
        { side: "US", label: "الولايات المتحدة", terms: ["الأمريكي"] },
        { side: "RU", label: "روسيا", terms: ["الروسي"] },
      ],
      frames: { terms: ["جنيف"] },
      diplomacy: ["محادثات"],
      otherTopics: [{ label: "أوكرانيا", terms: ["القرم"] }],
    };
    expect(() => compileTopicLexicon(good)).not.toThrow();
    expect(() => compileTopicLexicon({ ...good, otherTopics: [good.otherTopics[0], { label: "النفط", terms: [] }] })).toThrow(
      /data\/topic-lexicon\.json is invalid[\s\S]*otherTopics\[1\] \(النفط\), terms/,
    );
    expect(() => compileTopicLexicon({ ...good, sides: [good.sides[0]] })).toThrow(/sides/);
  });
});

// People beyond the gazetteer: each role pattern finds the invented person it introduces, and the guards keep
// common words, objects, lists of ministers, mastheads and known people from becoming discoveries.
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../arabic/normalize";
import { buildGazetteers, loadGazetteers } from "../entities/gazetteers";
import { compileRoleLexicon, loadRoleLexicon } from "../entities/role-patterns";
import { extractArticle } from "./extract";

const real = loadGazetteers();
// A small cast, so that the invented names below are unknown and the known ones are known.
const cast = [
  { id: "john-kerry", nameAr: "جون كيري", nameLatin: "John Kerry", variants: ["جون كيري", "كيري"] },
  { id: "sergey-lavrov", nameAr: "سيرغي لافروف", nameLatin: "Sergey Lavrov", variants: ["سيرغي لافروف", "لافروف"] },
  { id: "hr-mcmaster", nameAr: "ماكماستر", nameLatin: "H. R. McMaster", variants: ["ماكماستر"] },
  { id: "bashar-al-assad", nameAr: "بشار الأسد", nameLatin: "Bashar al-Assad", variants: ["بشار الأسد", "الأسد"] },
];
const g = { ...real, people: buildGazetteers({ people: { people: cast }, outlets: { outlets: [] }, agencies: { agencies: [] }, boilerplate: {} }).people };

// An article around the sentence under test, so that the cleaner keeps it as body.
const LEAD = "عقدت جولة جديدة من المحادثات الدبلوماسية حول الأزمة السورية في إطار الجهود الدولية المتواصلة للتوصل إلى حل سياسي.";
const TAIL = "وتأتي هذه التصريحات في وقت تتواصل فيه الاتصالات بين العواصم المعنية تمهيدا للجولة المقبلة من المفاوضات.";
const article = (body: string) => `خبر عن المحادثات الدبلوماسية\n\n${LEAD}\n\n${body}\n\n${TAIL}\n`;
const peopleOf = (body: string) => extractArticle({ fileName: "t.txt", text: article(body) }, g).people;
const found = (body: string) =>
  peopleOf(body)
    .filter((p) => p.discovered)
    .map((p) => p.discovered!.nameAr);

describe("discovery from role patterns", () => {
  it("a role with its nationality: «وزير الخارجية النمساوي كارل هوفمان»", () => {
    const [p] = peopleOf("وقال وزير الخارجية النمساوي كارل هوفمان إن المحادثات كانت صريحة.");
    expect(p).toMatchObject({
      id: "karl-hwfman",
      asWritten: "كارل هوفمان",
      count: 1,
      discovered: { nameAr: "كارل هوفمان", nameLatin: "Karl Hwfman", role: "وزير الخارجية النمساوي", country: "AT" },
    });
  });

  it("a spokeswoman «باسم» a ministry, and a comma before the name", () => {
    expect(found("وأعلنت المتحدثة باسم وزارة الخارجية الكندية، ناديا فرحات، أن بلادها تدعم الاتفاق.")).toEqual(["ناديا فرحات"]);
  });

  it("a counterpart with his nationality: «نظيره الهولندي يان دي بور»", () => {
    const people = peopleOf("والتقى كيري نظيره الهولندي يان دي بور في لاهاي.");
    expect(people.map((p) => p.id)).toEqual(["john-kerry", "yan-dy-bwr"]);
    expect(people[1]!.discovered?.country).toBe("NL");
  });

  it("an ambassador «لدى» a body, an envoy «إلى» a country, a prime minister, a secretary general", () => {
    expect(found("وقال السفير الروسي لدى الأمم المتحدة أندريه بيلوف إن موسكو ستعترض.")).toEqual(["أندريه بيلوف"]);
    expect(found("ووصل المبعوث الأممي الخاص إلى اليمن مارتن هولمز إلى صنعاء.")).toEqual(["مارتن هولمز"]);
    expect(found("واستقبل رئيس الوزراء البلجيكي شارل ديبوا الوفد.")).toEqual(["شارل ديبوا"]);
    expect(found("وحذر الأمين العام لحلف شمال الأطلسي (الناتو) هانس برغر من التصعيد.")).toEqual(["هانس برغر"]);
  });

  it("the name before its role: «ديفيد ويلسون، الناطق باسم البعثة»", () => {
    expect(found("وقال ديفيد ويلسون، الناطق باسم البعثة الأمريكية، إن الجولة انتهت.")).toEqual(["ديفيد ويلسون"]);
  });

  it("names listed with their nationality after one a role introduced, known or not", () => {
    const people = peopleOf("وشارك وزراء الخارجية الأمريكي جون كيري والنمساوي كارل هوفمان، والهولندي يان دي بور في الاجتماع.");
    expect(people.map((p) => p.asWritten)).toEqual(["جون كيري", "كارل هوفمان", "يان دي بور"]);
    expect(people.map((p) => p.discovered?.country ?? null)).toEqual([null, "AT", "NL"]);
  });

  it("Arab names: particles, a definite surname, and a nationality-like surname at the end", () => {
    expect(found("وقال وزير الإعلام الأردني سامر عبد الرحمن الخطيب إن الحكومة ترحب.")).toEqual(["سامر عبد الرحمن الخطيب"]);
    expect(found("وأعلن رئيس مجلس الوزراء العراقي، محمد كريم السوداني، دعمه للهدنة.")).toEqual(["محمد كريم السوداني"]);
  });

  it("counts the bare surname after the full name, and quotes the name as first written", () => {
    const [p] = peopleOf("وقال وزير الخارجية النمساوي كارل هوفمان إن الحل سياسي. وأضاف هوفمان أن بلاده ستستضيف الجولة. وختم هوفمان حديثه.");
    expect(p).toMatchObject({ asWritten: "كارل هوفمان", count: 3 });
  });

  it("leaves a known person to the gazetteer", () => {
    const people = peopleOf("وقال وزير الخارجية الروسي سيرغي لافروف إن الاتفاق صامد.");
    expect(people).toEqual([{ id: "sergey-lavrov", asWritten: "سيرغي لافروف", count: 1 }]);
  });
});

describe("false-discovery guards", () => {
  it.each([
    ["a role with no name after it", "وقال وزير الخارجية الروسي خلال مؤتمر صحفي إن بلاده ستواصل جهودها."],
    ["the object of the sentence", "وأكد مدير المرصد مقتل عشرات المدنيين في القصف."],
    ["a verbal noun", "وأعلن الرئيس الفرنسي انسحاب قواته من المنطقة."],
    ["an accusative noun opening with و", "واستقبل الرئيس السوري وفدا برلمانيا روسيا في دمشق."],
    ["two ministers (a plural role) without a nationality", "وتبادل الوزيران الآراء حول الأزمة السورية."],
    ["a counterpart's topic", "وبحث لافروف مع نظيره الأمريكي مستجدات الأوضاع في حلب."],
    ["a relative pronoun", "وقال المبعوث الذي أرسلته الأمم المتحدة إن الوضع خطير."],
    ["a preposition glued to a noun", "وقال رئيس المكتب السياسي لحركة المقاومة إن الحركة ترفض."],
    ["a masthead", "رئيس التحرير سامي يوسف حداد"],
    ["a verb and an adjective after the role", "وقال إن مصير الرئيس السوري بقي عقبة أساسية في المحادثات."],
    ["the preposition على, which folds to the first name علي", "وعلق الرئيس على نتائج الاجتماع بالقول إنها مشجعة."],
    ["a name that runs into a known person", "وقال مستشار الأمن القومي الجنرال هربرت ريموند ماكماستر إن التقرير خاطئ."],
  ])("nothing from %s", (_, body) => {
    expect(found(body)).toEqual([]);
  });

  it("ends a name before a weekday and before a short word with a pronoun", () => {
    expect(found("وقال وزير الخارجية النمساوي كارل هوفمان الأحد إن الحل قريب.")).toEqual(["كارل هوفمان"]);
    expect(found("وأوضح لافروف في مؤتمر مشترك مع نظيره النمساوي كارل يوهان هوفمان عقده في فيينا أن الحل قريب.")).toEqual(["كارل يوهان هوفمان"]);
  });

  it("a surname after a family noun is the family («لعائلة الأسد»), not the person", () => {
    expect(peopleOf("وقال الوزير إنه لا دور لعائلة الأسد في مستقبل البلاد.")).toEqual([]);
    expect(peopleOf("وقال الأسد إن الحرب طويلة.").map((p) => p.id)).toEqual(["bashar-al-assad"]);
  });

  it("never takes people from a comment section", () => {
    const text = `${article("وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.")}\nالتعليقات\n\nقال المتحدث باسم الحزب الليبرالي زياد فرحات إن هذا خطأ\n`;
    const people = extractArticle({ fileName: "t.txt", text }, g).people;
    expect(people.map((p) => p.id)).toEqual(["sergey-lavrov"]);
  });
});

describe("data/role-patterns.json", () => {
  it("loads with role nouns, nationalities and common words", () => {
    const lex = loadRoleLexicon();
    const w = (s: string) => normalizeArabic(s);
    expect(lex.role(w("والمتحدثة"))).toMatchObject({ definite: true });
    expect(lex.role(w("نظيره"))).toMatchObject({ counterpart: true });
    expect(lex.role(w("الوزيران"))).toMatchObject({ plural: true });
    expect(lex.nationality(w("والأميركية"))).toBe("US");
    expect(lex.notName(w("وقال"))).toBe(true);
    expect(lex.notName(w("الثلاثاء"))).toBe(true);
  });

  it("names the file, the entry and the field of a malformed entry", () => {
    const bad = { roles: [{ words: ["وزير"] }, { words: [], bare: true }], nationalities: [{ forms: ["الروسي"], country: "RU" }] };
    expect(() => compileRoleLexicon(bad)).toThrow(/data\/role-patterns\.json is invalid[\s\S]*roles\[1\], words/);
    expect(() => compileRoleLexicon({ ...bad, roles: [{ words: ["وزير"] }], nationalities: [{ forms: ["الروسي"], country: "Russia" }] })).toThrow(
      /nationalities\[0\] \(الروسي\), country/,
    );
  });
});

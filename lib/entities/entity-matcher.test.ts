import { describe, expect, it } from "vitest";
import { compileEntityMatcher } from "./entity-matcher";
import { findEntities } from "./find-entities";
import { loadGazetteers } from "./gazetteers";

const matcher = compileEntityMatcher(loadGazetteers());
const scan = (text: string) => matcher.scan(text).map((h) => [h.target.entry.id, h.text]);
const ids = (text: string) => matcher.scan(text).map((h) => h.target.entry.id);

describe("places", () => {
  it.each([
    ["في سوريا", "syria", "سوريا"],
    ["إلى سورية", "syria", "سورية"],
    ["بسورية", "syria", "سورية"],
    ["في الولايات المتحدة الأميركية", "united-states", "الولايات المتحدة الأميركية"],
    ["وأمريكا", "united-states", "أمريكا"],
    ["وأميركا", "united-states", "أميركا"],
    ["لموسكو", "moscow", "موسكو"],
    ["للعراق", "iraq", "للعراق"],
    ["في ميونخ", "munich", "ميونخ"],
    ["في ميونيخ", "munich", "ميونيخ"],
    ["محادثات آستانة", "astana", "آستانة"],
    ["محادثات أستانا", "astana", "أستانا"],
    ["مدينة عين العرب", "kobani", "عين العرب"],
    ["مدينة الباب", "al-bab", "الباب"],
    ["آثار تدمر", "palmyra", "تدمر"],
    ["في تدمر", "palmyra", "تدمر"],
    ["زار المملكة العربية السعودية", "saudi-arabia", "المملكة العربية السعودية"],
    ["في شبه جزيرة القرم", "crimea", "شبه جزيرة القرم"],
    ["في كوالا لمبور", "kuala-lumpur", "كوالا لمبور"],
  ])("%s -> %s", (text, id, written) => expect(scan(text)).toEqual([[id, written]]));

  it("does not take adjectives for places", () => {
    expect(ids("المسؤولون الروس والأمريكيون والخارجية الروسية")).not.toContain("russia");
    expect(ids("قوة سورية معارضة ومصادر سورية")).toEqual([]);
    expect(ids("قال وزير الخارجية السعودي إن الحكومة السعودية")).toEqual([]);
  });

  it("reads 'روسيا' after an indefinite accusative word as the adjective (روسيًّا)", () => {
    expect(ids("إن مصدرا دبلوماسيا روسيا قال")).toEqual([]);
    expect(ids("أرسلت وفدا عسكريا تركيا")).toEqual([]);
    expect(ids("الفصائل التي تدعمها روسيا وأمريكا وروسيا")).toEqual(["russia", "united-states", "russia"]);
    expect(ids("بينما روسيا تدعم الأسد")).toEqual(["russia"]);
  });

  it("keeps ordinary words out: the door, the verb 'destroys', a human shield", () => {
    expect(ids("فتح الباب أمام الحل")).toEqual([]);
    expect(ids("الغارات التي تدمر المدن")).toEqual([]);
    expect(ids("يستخدمون المدنيين درعا بشريا")).toEqual([]);
    expect(ids("كيف يمكن ذلك")).toEqual([]);
  });

  it("counts a guarded spelling in a list of places", () => {
    expect(ids("بين روسيا وسورية")).toEqual(["russia", "syria"]);
    expect(ids("تركيا والسعودية")).toEqual(["turkey", "saudi-arabia"]);
    expect(ids("الإمارات والسعودية")).toEqual(["uae", "saudi-arabia"]);
  });

  it("never reads a city inside a newspaper or channel name", () => {
    expect(scan('صحيفة "واشنطن بوست" في واشنطن')).toEqual([
      ["washington-post", "واشنطن بوست"],
      ["washington", "واشنطن"],
    ]);
    expect(ids("قناة روسيا اليوم")).toEqual(["rt"]);
    expect(ids("صحيفة نيويورك تايمز")).toEqual(["new-york-times"]);
    expect(ids("قناة روسيا البيضاء")).toEqual(["belarus"]);
  });
});

describe("organisations", () => {
  it.each([
    ["داعش", "isis"],
    ["تنظيم الدولة الإسلامية", "isis"],
    ["تنظيم الدولة", "isis"],
    ["الدولة الإسلامية", "isis"],
    ["الدولة الإسلامية في العراق والشام", "isis"],
    ["جبهة النصرة", "nusra-front"],
    ["جبهة فتح الشام", "nusra-front"],
    ["تنظيم القاعدة", "al-qaeda"],
    ["البنتاجون", "pentagon"],
    ["البنتاغون", "pentagon"],
    ["وزارة الدفاع الأميركية", "pentagon"],
    ["حلف الناتو", "nato"],
    ["حلف شمال الأطلسي", "nato"],
    ["قوات سوريا الديمقراطية", "sdf"],
    ["حزب الله", "hezbollah"],
    ["حزبالله", "hezbollah"],
    ["رابطة دول جنوب شرق آسيا", "asean"],
    ["المجموعة الدولية لدعم سوريا", "issg"],
    ["أن بي سي نيوز", "nbc-news"],
    ["مجلس الأمن الدولي", "un-security-council"],
  ])("%s -> %s", (text, id) => expect(ids(`قال ${text} اليوم`)).toEqual([id]));

  it("reads 'الدولة الإسلامية' inside 'تنظيم الدولة الإسلامية' as one mention, and bare 'الدولة' as none", () => {
    expect(scan("تنظيم الدولة الإسلامية")).toEqual([["isis", "تنظيم الدولة الإسلامية"]]);
    expect(ids("مؤسسات الدولة والدولة السورية")).toEqual([]);
  });

  it("tells other security councils from the UN's", () => {
    expect(ids("مجلس الأمن القومي الأمريكي ومجلس الأمن")).toEqual(["us-national-security-council", "un-security-council"]);
  });

  it("reads bare 'القاعدة' as al-Qaeda only outside 'base' contexts", () => {
    expect(ids("جبهة النصرة فرع القاعدة في سوريا")).toEqual(["nusra-front", "al-qaeda", "syria"]);
    expect(ids("نقلت إلى هذه القاعدة معدات")).toEqual([]);
    expect(ids("القاعدة الجوية الروسية")).toEqual([]);
  });

  it("keeps a ministry apart from a minister's title and from foreign policy", () => {
    expect(ids("قالت وزارة الخارجية الروسية")).toEqual(["russian-foreign-ministry"]);
    expect(ids("المتحدثة باسم الخارجية الروسية")).toEqual(["russian-foreign-ministry"]);
    expect(ids("السياسة الخارجية الروسية")).toEqual([]);
    expect(ids("وزير الخارجية الأمريكية")).toEqual([]);
  });

  it("reads 'روسيا اليوم' as the channel only after a cue: otherwise it is 'Russia today'", () => {
    expect(ids("توصلت الولايات المتحدة وروسيا اليوم السبت إلى اتفاق")).toEqual(["united-states", "russia"]);
    expect(ids('وقال لقناة "روسيا اليوم" إن')).toEqual(["rt"]);
    expect(ids("في مقابلة مع قناة روسيا اليوم")).toEqual(["rt"]);
  });

  it("counts short forms only after the full name", () => {
    expect(ids("مقاتلو النصرة")).toEqual([]);
    expect(ids("جبهة النصرة ... مقاتلو النصرة")).toEqual(["nusra-front", "nusra-front"]);
  });
});

describe("findEntities", () => {
  it("does not count a photo credit in the caption as a mention", () => {
    const r = findEntities(
      [
        { part: "caption", text: "كيري ولافروف في جنيف. (أ ف ب)" },
        { part: "body", text: "نص" },
      ],
      matcher,
    );
    expect(r.places.map((p) => p.id)).toEqual(["geneva"]);
    expect(r.organizations).toEqual([]);
  });

  it("prefers a spelling not glued to لل", () => {
    const r = findEntities([{ part: "body", text: "دعما للأمم المتحدة ... وقالت الأمم المتحدة" }], matcher);
    expect(r.organizations).toEqual([{ id: "un", name: "الأمم المتحدة", asWritten: "الأمم المتحدة", count: 2 }]);
  });

  it("splits places from organisations, counts, and keeps the first body spelling", () => {
    const r = findEntities(
      [
        { part: "title", text: "روسيا وأمريكا تفشلان في قتال داعش" },
        { part: "body", text: "قالت الولايات المتحدة إن تنظيم الدولة الإسلامية ... وداعش ... في سوريا" },
      ],
      matcher,
    );
    expect(r.places).toEqual([
      { id: "united-states", name: "الولايات المتحدة", asWritten: "الولايات المتحدة", count: 2 },
      { id: "syria", name: "سوريا", asWritten: "سوريا", count: 1 },
      { id: "russia", name: "روسيا", asWritten: "روسيا", count: 1 },
    ]);
    expect(r.organizations).toEqual([{ id: "isis", name: "تنظيم الدولة الإسلامية", asWritten: "تنظيم الدولة الإسلامية", count: 3 }]);
  });
});

describe("places described instead of named", () => {
  it("takes «العاصمة النمساوية» for Vienna, with its proclitic, and quotes the name when the article writes it too", () => {
    expect(scan("وصل الوزير إلى العاصمة النمساوية")).toEqual([["vienna", "العاصمة النمساوية"]]);
    expect(ids("اجتماع بالعاصمة الروسية")).toEqual(["moscow"]);
    const [vienna] = findEntities([{ part: "body", text: "انطلق في العاصمة النمساوية اجتماع المجموعة الدولية، وقال لافروف في فيينا إن..." }], matcher).places;
    expect(vienna).toMatchObject({ id: "vienna", asWritten: "فيينا", count: 2 });
    const [described] = findEntities([{ part: "body", text: "انطلق في العاصمة النمساوية اجتماع" }], matcher).places;
    expect(described).toMatchObject({ id: "vienna", asWritten: "العاصمة النمساوية" });
  });
});

import { describe, expect, it } from "vitest";
import { compileEntityMatcher } from "../entities/entity-matcher";
import { loadGazetteers } from "../entities/gazetteers";
import { compilePeopleMatcher } from "../entities/people-matcher";
import { compileTitles } from "../entities/titles";
import { loadLexicon } from "./quote-lexicon";
import { findQuotes } from "./quotes";

const g = loadGazetteers();
const people = compilePeopleMatcher(g.people);
const ctx = (date: string | null, named: string[]) => ({
  people,
  entities: compileEntityMatcher(g),
  titles: compileTitles(g.people),
  lex: loadLexicon(),
  date,
  named: new Set(named),
});
/** [speakerId, speaker, verb, first words of the quote] for each quotation. */
const quotes = (text: string, date: string | null = null) => {
  const named = [...new Set(people.scan(text, new Set()).map((m) => m.personId))];
  return findQuotes(text, ctx(date, named)).map((q) => [q.speakerId, q.speaker, q.verb, q.text.split(/\s+/).slice(0, 2).join(" ")]);
};

describe("quotes: a verb and its subject before the quotation", () => {
  it("verb + name", () => {
    expect(quotes('وقال كيري "نحن مستعدون للعمل مع روسيا".')).toEqual([["john-kerry", "كيري", "قال", "نحن مستعدون"]]);
  });

  it("title + name, a day between commas, and إن before the quote", () => {
    expect(quotes('قال وزير الخارجية الأمريكي جون كيري، الجمعة، إن "الوقت ينفد بالنسبة لسوريا".')).toEqual([["john-kerry", "جون كيري", "قال", "الوقت ينفد"]]);
  });

  it("the subject is the one right after the verb, not a name later in the sentence", () => {
    expect(quotes('وقال كيري بعد لقائه نظيره الروسي سيرغي لافروف "ليس هناك حل عسكري في سوريا".')).toEqual([["john-kerry", "كيري", "قال", "ليس هناك"]]);
  });

  it("a described speaker stays unresolved", () => {
    expect(quotes('وقال مسؤول اميركي "اذا لم نتمكن من التوصل الى حل سنكون في مكان مختلف".')).toEqual([[null, "مسؤول اميركي", "قال", "اذا لم"]]);
    expect(quotes('وقال مسؤولون أمريكيون "لا نرى أي تغيير في موقف موسكو".')).toEqual([[null, "مسؤولون أمريكيون", "قال", "لا نرى"]]);
    expect(quotes('وقال مسؤول كبير في الخارجية الأمريكية إن الوزيرين "بحثا سبل التعاون في سوريا".')).toEqual([[null, "مسؤول كبير في الخارجية الأمريكية", "قال", "بحثا سبل"]]);
  });

  it("a spokeswoman described, then named", () => {
    expect(quotes('وأشارت المتحدثة باسم الوزارة ماريا زاخاروفا إلى أنه "لم نرفض الحوار مع الولايات المتحدة مطلقا".')).toEqual([
      ["maria-zakharova", "ماريا زاخاروفا", "أشارت", "لم نرفض"],
    ]);
  });

  it("feminine verbs, and a subjectless verb carrying the speaker on", () => {
    expect(quotes('وقالت زاخاروفا "هذا غير مقبول على الإطلاق".\n\nوأكدت أن "موسكو لن تقبل بذلك أبدا".')).toEqual([
      ["maria-zakharova", "زاخاروفا", "قالت", "هذا غير"],
      ["maria-zakharova", "زاخاروفا", "أكدت", "موسكو لن"],
    ]);
  });

  it("Kirby is never Kerry", () => {
    expect(quotes('وقال المتحدث باسم الخارجية الأمريكية جون كيربي "لن نتعاون عسكريا مع روسيا في سوريا".\n\nوأضاف كيربي "الكرة في ملعب موسكو الآن".')).toEqual([
      ["john-kirby", "جون كيربي", "قال", "لن نتعاون"],
      ["john-kirby", "كيربي", "أضاف", "الكرة في"],
    ]);
  });

  it("a title alone resolves by the article's date", () => {
    const text = 'وقال وزير الخارجية الأمريكي إن "الاتفاق ما زال قائما حتى الآن".';
    expect(quotes(text, "2016-09-20")).toEqual([["john-kerry", "وزير الخارجية الأمريكي", "قال", "الاتفاق ما"]]);
    expect(quotes(text, "2017-04-12")).toEqual([["rex-tillerson", "وزير الخارجية الأمريكي", "قال", "الاتفاق ما"]]);
    expect(quotes('وقال الرئيس الأمريكي "لن نرسل قوات برية إلى سوريا".', null)).toEqual([[null, "الرئيس الأمريكي", "قال", "لن نرسل"]]);
  });

  it("an organisation or a capital can speak", () => {
    expect(quotes('وقالت وزارة الخارجية الروسية في بيان "إن واشنطن تتحمل المسؤولية الكاملة عن انهيار الهدنة".')).toEqual([[null, "وزارة الخارجية الروسية", "قالت", "إن واشنطن"]]);
    expect(quotes('وأضاف البنتاجون: "اتفق الوزيران على زيادة المناقشات".')).toEqual([[null, "البنتاجون", "أضاف", "اتفق الوزيران"]]);
  });

  it("a name before a verb without و: 'إن لافروف لفت إلى'", () => {
    expect(quotes('وذكرت الوزارة في بيان ان لافروف لفت الانتباه إلى "ضرورة الفصل بين المعارضة والإرهابيين".')).toEqual([["sergey-lavrov", "لافروف", "لفت", "ضرورة الفصل"]]);
    expect(quotes('وأكد كيري أن لافروف قال له "لا مشكلة لدينا في ذلك".')).toEqual([["sergey-lavrov", "لافروف", "قال", "لا مشكلة"]]);
  });
});

describe("quotes: a described speaker before its verb", () => {
  it("'إن مصدرا دبلوماسيا روسيا قال': the source, not the country", () => {
    expect(quotes('وقال كيري إن الهدنة انهارت.\n\nغير أن مصدرا دبلوماسيا روسيا قال لوكالة "إنترفاكس" إن "الأبواب لم تغلق بالكامل".')).toEqual([
      [null, "مصدرا دبلوماسيا روسيا", "قال", "الأبواب لم"],
    ]);
  });
});

describe("quotes: speakers reached through other words", () => {
  it("'على لسان' hands the speech to its speaker", () => {
    expect(quotes("ورحبت واشنطن بالخطوة لكنها أكدت على لسان المتحدث باسم الخارجية الأمريكية جون كيربي أن «الأسد فقد شرعيته منذ زمن».")).toEqual([
      ["john-kirby", "جون كيربي", "أكدت", "الأسد فقد"],
    ]);
  });

  it("'نقلت الوكالة عن X قوله': X speaks, not the agency", () => {
    expect(quotes('ونقلت وكالة تاس عن لافروف قوله إن "موسكو لن تقبل بأي شروط مسبقة".')).toEqual([["sergey-lavrov", "لافروف", "نقلت", "موسكو لن"]]);
    expect(quotes('ونقلت وكالة تاس عن مصدر عسكري روسي أن "العملية ستستمر حتى تحرير المدينة".')).toEqual([[null, "مصدر عسكري روسي", "نقلت", "العملية ستستمر"]]);
  });

  it("a pronoun or 'للصحفيين' between a verb and its subject", () => {
    expect(quotes('وقال للصحفيين وزير الخارجية الروسي سيرغي لافروف "لا نرى بديلا عن الحل السياسي".')).toEqual([["sergey-lavrov", "سيرغي لافروف", "قال", "لا نرى"]]);
  });

  it("a relative pronoun refers back to the name before its comma", () => {
    expect(quotes("برعاية المبعوث الدولي ستافان دي ميستورا، الذي وصف الاتفاق بأنه «فرصة يجب ألا تضيع أبدا».")).toEqual([
      ["staffan-de-mistura", "ستافان دي ميستورا", "وصف", "فرصة يجب"],
    ]);
  });

  it("a participle never takes the place named before it as its subject", () => {
    expect(quotes("وأوضح نظيره الروسي سيرغي لافروف أن الطائرات ستقصف مواقع قرب حلب والرقة ودير الزور، مضيفاً: «لن نوقف ضرباتنا ضد الإرهابيين».")).toEqual([
      ["sergey-lavrov", "سيرغي لافروف", "مضيفاً", "لن نوقف"],
    ]);
  });
});

describe("quotes: speakers carried on", () => {
  it("'وقال متوجها إلى لافروف' keeps the previous speaker", () => {
    expect(quotes('وقال كيري "ليس هناك حاضنة للإرهاب أفضل من سوريا".\n\nوقال متوجها الى لافروف "انت وانا في موقع افضل".')).toEqual([
      ["john-kerry", "كيري", "قال", "ليس هناك"],
      ["john-kerry", "كيري", "قال", "انت وانا"],
    ]);
  });

  it("a participle (مشيرا) continues the sentence's speaker", () => {
    expect(quotes('وبين كيري أن بلاده تريد حلا، مشيرا إلى أن "الكل يعمل تحت ضغط الوضع الملح".')).toEqual([["john-kerry", "كيري", "مشيرا", "الكل يعمل"]]);
  });

  it("a question put to someone: the question has no speaker, the answer is theirs", () => {
    expect(quotes('سئل الأسد عما إذا تحدث إليه "وزير الخارجية أو الرئيس عن الانتقال السياسي"، فأجاب "لم يحدث أبدا".\n\nوقال "وحده الشعب السوري يحدد من يكون الرئيس".')).toEqual([
      [null, null, "سئل", "وزير الخارجية"],
      ["bashar-al-assad", "الأسد", "أجاب", "لم يحدث"],
      ["bashar-al-assad", "الأسد", "قال", "وحده الشعب"],
    ]);
  });

  it("a paragraph that is all quotation continues the quotation before it", () => {
    expect(quotes('وأبدى مسؤول غربي في موسكو تشككه.\n\nواضاف "هذه محاولة جديدة لإضفاء الشرعية على الأسد."\n\n"ولكن السعوديين لن ينخدعوا بهذا أبدا."')).toEqual([
      [null, "مسؤول غربي في موسكو", "اضاف", "هذه محاولة"],
      [null, "مسؤول غربي في موسكو", null, "ولكن السعوديين"],
    ]);
  });

  it("one quotation over two paragraphs is one quote", () => {
    const q = quotes('وقال لافروف "الجزء الأول من التصريح هنا.\n\n"والجزء الثاني من التصريح هنا."');
    expect(q).toEqual([["sergey-lavrov", "لافروف", "قال", "الجزء الأول"]]);
  });

  it("a second quote in the same sentence keeps the verb", () => {
    expect(quotes('وأضاف الأسد أن "السياسة الروسية لا تستند إلى الصفقات"، بينما السياسة الأميركية "تقوم على عقد الصفقات بصرف النظر عن القيم".')).toEqual([
      ["bashar-al-assad", "الأسد", "أضاف", "السياسة الروسية"],
      ["bashar-al-assad", "الأسد", "أضاف", "تقوم على"],
    ]);
  });
});

describe("quotes: speaker named after the quotation", () => {
  it("على ما صرح ...", () => {
    expect(quotes('وحرصت روسيا على التذكير بأن "الرئيس بوتين صرح مرارا بأن الكرملين يعتبر مكافحة الإرهاب أولوية"، على ما صرح المتحدث باسمه ديمتري بسكوف.')).toEqual([
      ["dmitry-peskov", "ديمتري بسكوف", "صرح", "الرئيس بوتين"],
    ]);
  });

  it("... قال لافروف", () => {
    expect(quotes('"لن نسمح بتكرار ذلك"، قال لافروف للصحفيين.')).toEqual([["sergey-lavrov", "لافروف", "قال", "لن نسمح"]]);
  });

  it("بحسب ...", () => {
    expect(quotes('"الهدنة صامدة في معظم المناطق"، بحسب مسؤول عسكري روسي.')).toEqual([[null, "مسؤول عسكري روسي", "بحسب", "الهدنة صامدة"]]);
  });
});

describe("quotes: what is not a quotation", () => {
  it("scare quotes and terms", () => {
    expect(quotes('شدد لافروف على ضرورة فصل المعارضة "المعتدلة" عن "الارهابيين".')).toEqual([]);
    expect(quotes('عقب محادثات "جادة وصريحة" مع بوتين.')).toEqual([]);
    expect(quotes('ودعت روسيا إلى "انتقال سياسي" في سوريا.')).toEqual([]);
  });

  it("names of media and organisations in quotes", () => {
    expect(quotes('وبحسب وثائق اطلعت عليها صحيفة "واشنطن بوست"، ونشرت نصها وكالة الانباء السورية "سانا".')).toEqual([]);
    expect(quotes('تصنيف تنظيم "داعش" و"جبهة النصرة" كمنظمات إرهابية.')).toEqual([]);
    expect(quotes('الأمر الذي لم ينفه "كيري".')).toEqual([]);
  });

  it("an unattributed long quotation is kept without a speaker", () => {
    expect(quotes('واقترحت الإدارة على روسيا "شراكة عسكرية جديدة في سوريا"، حيث أبدت الأخيرة استعدادها.')).toEqual([[null, null, null, "شراكة عسكرية"]]);
  });

  it("'تابع' as 'affiliated' is not a verb; 'وتابع' is", () => {
    expect(quotes('وقال إن فصيلا تابع "لجبهة النصرة في ريف حلب الجنوبي" انسحب.')).toEqual([[null, null, "قال", "لجبهة النصرة"]]);
    expect(quotes('وقال كيري إن الهدنة صامدة.\n\nوتابع "لكننا نحتاج إلى المزيد من الجهد".')).toEqual([["john-kerry", "كيري", "تابع", "لكننا نحتاج"]]);
  });

  it("a journalist asking a named minister does not make the minister the asker", () => {
    expect(quotes('وسأل صحفي تشاووش أوغلو عن المنطقة العازلة.\n\nفقال تشاووش أوغلو "الآن نقوم بتدريب المعارضة المعتدلة".')).toEqual([
      ["mevlut-cavusoglu", "تشاووش أوغلو", "قال", "الآن نقوم"],
    ]);
  });

  it("keeps nested quotes inside the quotation", () => {
    const text = 'وقال كيري «إن ما يسمى "المعارضة المعتدلة" موجود على الأرض».';
    expect(findQuotes(text, ctx(null, ["john-kerry"])).map((q) => q.text)).toEqual(['إن ما يسمى "المعارضة المعتدلة" موجود على الأرض']);
  });
});

// The search query set over tests/search/corpus: what each query must find and must not find.
// Articles are named by corpus file key (a01 = a01.txt). Filters use the API's parameter names.
export interface QueryCase {
  q: string;
  /** What the case checks (variant class, syntax, filter). */
  about: string;
  must: string[];
  mustNot?: string[];
  filters?: Record<string, string>;
  /** A message code the parse must report. */
  message?: string;
}

export const QUERIES: QueryCase[] = [
  { q: "كيري", about: "name, ي spelling; not the other John (كيربي)", must: ["a01", "a02"], mustNot: ["a03"] },
  { q: "كيرى", about: "name, ى spelling", must: ["a01", "a02"], mustNot: ["a03"] },
  { q: "Kerry", about: "English name via the gazetteer", must: ["a01", "a02"], mustNot: ["a03"] },
  { q: "كيربي", about: "an exact name finds only that person", must: ["a03"], mustNot: ["a01", "a02"] },
  { q: "Kirby", about: "English name of the other person", must: ["a03"], mustNot: ["a01", "a02"] },
  { q: "لافروف", about: "surname", must: ["a01", "a04", "a05"], mustNot: ["a13"] },
  { q: "سيرغي", about: "غ/ج loanword: غ spelling finds both", must: ["a04", "a05"], mustNot: ["a13"] },
  { q: "سيرجي", about: "غ/ج loanword: ج spelling finds both", must: ["a04", "a05"] },
  { q: "سيرجى", about: "ج and ى together", must: ["a04", "a05"] },
  { q: "Lavrov Geneva", about: "two English names, both must match", must: ["a01"], mustNot: ["a04", "a05", "a23"] },
  { q: "ميونخ", about: "long vowel written or not", must: ["a04", "a05"] },
  { q: "ميونيخ", about: "long vowel written or not", must: ["a04", "a05"] },
  { q: "Munich", about: "English place name", must: ["a04", "a05"] },
  { q: "البنتاغون", about: "غ/ج in an organisation", must: ["a06", "a07"] },
  { q: "البنتاجون", about: "غ/ج in an organisation, other way", must: ["a06", "a07"] },
  { q: "Pentagon", about: "English organisation name", must: ["a06", "a07"] },
  { q: "الأمريكي", about: "أمريكي/أميركي", must: ["a08", "a09"] },
  { q: "الأميركي", about: "أميركي/أمريكي, other way", must: ["a08", "a09"] },
  { q: "سوريا", about: "سوريا/سورية", must: ["a10", "a11"] },
  { q: "سورية", about: "سورية/سوريا, other way", must: ["a10", "a11"] },
  { q: "روسيا", about: "country name finds the adjective الروسية", must: ["a12"] },
  { q: "Zakharova", about: "English name, two Arabic spellings", must: ["a13", "a14"] },
  { q: "زخاروفا", about: "short spelling finds the long one", must: ["a13", "a14"] },
  { q: "محادثات", about: "stemming: المحادثات, والمحادثات, with tashkeel", must: ["a01", "a02", "a22", "a23"] },
  { q: "والمحادثات", about: "prefixed query form finds bare forms", must: ["a01", "a02", "a22", "a23"] },
  { q: "جنيف", about: "tatweel in the text (جنيــف)", must: ["a01", "a23"] },
  { q: '"وقف إطلاق النار"', about: "exact phrase", must: ["a15"], mustNot: ["a16", "a17"] },
  { q: '"وقف إطلاق النار" OR هدنة', about: "phrase OR word", must: ["a15", "a17"], mustNot: ["a16"] },
  { q: "كيري -لافروف", about: "exclusion", must: ["a02"], mustNot: ["a01", "a03"] },
  { q: 'المحادثات -"جنيف"', about: "excluded phrase", must: ["a02", "a22"], mustNot: ["a01", "a23"] },
  { q: "مسؤول", about: "hamza carrier ؤ finds ئ spelling", must: ["a18", "a19"] },
  { q: "مسئول", about: "hamza carrier ئ finds ؤ spelling", must: ["a18", "a19"] },
  { q: "2254", about: "Western digits find Eastern", must: ["a20", "a21"] },
  { q: "٢٢٥٤", about: "Eastern digits find Western", must: ["a20", "a21"] },
  { q: "ISIS", about: "English organisation alias", must: ["a24"] },
  { q: "Putin", about: "English name", must: ["a24"] },
  { q: "كيري", about: "outlet filter", filters: { outlet: "aljazeera" }, must: ["a01"], mustNot: ["a02"] },
  { q: "محادثات", about: "date filter", filters: { from: "2016-09-10" }, must: ["a02", "a22"], mustNot: ["a01", "a23"] },
  { q: "مسؤول", about: "date basis filter", filters: { basis: "unknown" }, must: ["a18"], mustNot: ["a19"] },
  { q: "", about: "person filter alone lists that person's articles", filters: { person: "john-kerry" }, must: ["a01", "a02"], mustNot: ["a03"] },
  { q: '"كيري', about: "unclosed quote: best effort and a message", must: ["a01", "a02"], message: "unclosed-quote" },
  { q: "OR", about: "nothing to search: no hits, a message", must: [], message: "empty" },
];

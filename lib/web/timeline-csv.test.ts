import { describe, expect, it } from "vitest";
import { BOM, CSV_HEADER, csvCell, timelineCsv, type CsvEvent } from "./timeline-csv";

const event: CsvEvent = {
  slug: "2016-09-01-call",
  title: "اتصال بين كيري ولافروف",
  kind: "call",
  date: "2016-09-01",
  dateEnd: null,
  dateBasis: "explicit",
  place: null,
  participants: [
    { id: "john-kerry", nameAr: "جون كيري" },
    { id: "sergey-lavrov", nameAr: "سيرغي لافروف" },
  ],
  articles: [
    { id: 3, title: 'كيري: "الهدنة، أولًا"', outlet: { nameAr: "إرم نيوز" }, publishedAt: "2016-09-01", dateBasis: "explicit", sourceFile: "a.txt" },
    { id: 4, title: '=HYPERLINK("http://evil")', outlet: null, publishedAt: null, dateBasis: "unknown", sourceFile: "b\nc.txt" },
  ],
};

describe("csvCell", () => {
  it("leaves plain cells alone", () => {
    expect(csvCell("كيري")).toBe("كيري");
    expect(csvCell(12)).toBe("12");
    expect(csvCell(null)).toBe("");
    expect(csvCell("2016-09-01")).toBe("2016-09-01");
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell("عربي، فاصلة")).toBe("عربي، فاصلة"); // the Arabic comma is not a separator
  });

  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])("keeps %j from running as a formula", (s) => {
    const cell = csvCell(s);
    expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
  });

  it("guards before quoting", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe("timelineCsv", () => {
  const csv = timelineCsv([event]);
  const lines = csv.slice(1).split("\r\n");

  it("starts with the UTF-8 byte-order mark and the header", () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(lines[0]).toBe(CSV_HEADER.join(","));
  });

  it("writes a row per article, CRLF-terminated", () => {
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(lines[1]).toBe('2016-09-01-call,اتصال بين كيري ولافروف,call,2016-09-01,,explicit,,جون كيري؛ سيرغي لافروف,3,"كيري: ""الهدنة، أولًا""",إرم نيوز,2016-09-01,explicit,a.txt');
    expect(lines[2]).toBe(`2016-09-01-call,اتصال بين كيري ولافروف,call,2016-09-01,,explicit,,جون كيري؛ سيرغي لافروف,4,"'=HYPERLINK(""http://evil"")",,,unknown,"b\nc.txt"`);
  });

  it("is only the header for no events", () => {
    expect(timelineCsv([])).toBe(`${BOM}${CSV_HEADER.join(",")}\r\n`);
  });
});

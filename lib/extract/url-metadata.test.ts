import { describe, expect, it } from "vitest";
import { urlDate, urlHost, urlHostKey, urlMonth, urlTimestamps } from "./url-metadata";

describe("urlHostKey", () => {
  it.each([
    ["https://www.youm7.com/story/2016/9/28/x", "youm7.com/story/2016/9/28/x"],
    ["https://m.youm7.com/story/1", "youm7.com/story/1"],
    ["https://amp.dw.com/ar/x/a-1", "dw.com/ar/x/a-1"],
    ["http://WWW.BBC.com/arabic/middleeast-1", "bbc.com/arabic/middleeast-1"],
    ["https://mobile.almasryalyoum.com/news/details/1", "almasryalyoum.com/news/details/1"],
  ])("%s", (url, key) => expect(urlHostKey(url)).toBe(key));

  it("refuses what is not an http(s) URL", () => {
    expect(urlHostKey("javascript:alert(1)")).toBeNull();
    expect(urlHostKey("not a url")).toBeNull();
    expect(urlHost("https://www.aljazeera.net/news/2016/1/1/x")).toBe("aljazeera.net");
  });
});

describe("urlDate", () => {
  it.each([
    ["https://x.com/2016/09/01/story", "2016-09-01", "…/2016/09/01/…"],
    ["https://x.com/a/2016-09-01-1.23", "2016-09-01", "…/2016-09-01-…"],
    ["https://x.com/2016/9/1/", "2016-09-01", "…/2016/9/1/"],
    ["https://x.com/news/20160901/story", "2016-09-01", "…/20160901/…"],
    ["https://x.com/news/article-20160901", "2016-09-01", "…-20160901"],
    ["https://www.albayan.ae/one-world/arabs/2016-02-22-1.2578690", "2016-02-22", "…/2016-02-22-…"],
  ])("%s", (url, iso, segment) => expect(urlDate(url)).toEqual({ iso, segment }));

  it.each([
    "https://x.com/2016/02/30/x", // no such day
    "https://x.com/story/12345",
    "https://x.com/2016/09/", // a month is not a date
    "https://x.com/id/201609011234", // a longer number is an id
    "https://x.com/id/20161341", // month 13
  ])("no date in %s", (url) => expect(urlDate(url)).toBeNull());
});

describe("urlTimestamps", () => {
  it("decodes 10-digit timestamps of 2011-2018 (read at UTC+3)", () => {
    expect(urlTimestamps("https://x.com/n/1468526160/a")).toEqual([{ iso: "2016-07-14", seconds: 1468526160, segment: "…/1468526160/…" }]);
    // 22:30 UTC on the 14th is past midnight in the region.
    expect(urlTimestamps("https://x.com/n?t=1468535400")[0]!.iso).toBe("2016-07-15");
  });

  it("ignores numbers outside those years and longer numbers", () => {
    expect(urlTimestamps("https://x.com/n/1568526160")).toEqual([]);
    expect(urlTimestamps("https://x.com/n/1262304000")).toEqual([]); // 2010
    expect(urlTimestamps("https://x.com/n/14685261601")).toEqual([]);
  });
});

describe("urlDate: date-time aliases and article ids", () => {
  it("reads the date of a Joomla-style date-time alias", () => {
    expect(urlDate("https://x.com/amp/37/2015-06-02-18-38-23")?.iso).toBe("2015-06-02");
    expect(urlDate("https://x.com/news/item/4411-2015-06-02-09-30-43")?.iso).toBe("2015-06-02");
  });
  it.each(["https://x.com/news/1228990.html", "https://x.com/?page=show&id=117927", "https://x.com/details.php?id=5250"])("finds no date in the article id of %s", (url) => {
    expect(urlDate(url)).toBeNull();
    expect(urlTimestamps(url)).toEqual([]);
  });
});

describe("urlMonth", () => {
  it.each([
    ["https://x.com/Web/News/2015/8/1028157.html", { year: 2015, month: 8 }],
    ["https://blog.example.com/2015/12", { year: 2015, month: 12 }],
    ["https://x.com/archive/2014/10/", { year: 2014, month: 10 }],
  ])("reads a month archive in %s", (url, window) => expect(urlMonth(url)).toEqual(window));

  it.each(["https://x.com/2015/8/4/story", "https://x.com/2016/13/x", "https://x.com/story/12345", "https://x.com/20160928/x"])("no month window in %s", (url) => {
    expect(urlMonth(url)).toBeNull();
  });
});

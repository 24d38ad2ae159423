// Outlets in the database: the writer stores each outlet's type and whether it is verified, a registry
// outlet follows later edits of the registry, and a domain first met unlisted passes to the registry's outlet.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncPeople } from "../lib/data/write/sync-people";
import { writeArticles } from "../lib/data/write/write-articles";
import { loadGazetteers } from "../lib/entities/gazetteers";
import { recordOf } from "../lib/load/load";
import { extractArticle } from "../lib/extract/extract";
import type { OutletRef } from "../lib/extract/types";
import { createTestDatabase, type TestDatabase } from "./helpers/db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await syncPeople(t.database, loadGazetteers().people);
});
afterAll(async () => t.drop());

const BODY = [
  "قال وزير الخارجية الأمريكي جون كيري إن الولايات المتحدة وروسيا اتفقتا على مواصلة المحادثات بشأن سوريا خلال الأيام المقبلة في جنيف.",
  "",
  "وأضاف أن الطرفين بحثا سبل إيصال المساعدات الإنسانية إلى المناطق المحاصرة وتثبيت وقف الأعمال القتالية في مختلف أنحاء البلاد.",
].join("\n");
let n = 0;
/** A new article (its own text, so its own row) from `url`, its extracted outlet optionally replaced. */
function record(url: string, outlet?: OutletRef) {
  const input = { fileName: `w${++n}.txt`, text: `خبر رقم ${n} عن محادثات جنيف\n\n${BODY}`, sidecar: { url } };
  const extracted = extractArticle(input);
  return recordOf(input, outlet ? { ...extracted, outlet } : extracted);
}
const write = async (...records: ReturnType<typeof record>[]) => {
  const out = await writeArticles(t.database, records);
  expect(out.map((o) => (o.ok ? "ok" : o.error.message))).toEqual(out.map(() => "ok"));
};
const outlet = (id: string) => t.db.outlet.findUniqueOrThrow({ where: { id } });

describe("writing outlets", () => {
  it("stores a registry outlet's type as verified, and an unlisted host's outlet as unverified", async () => {
    await write(record("https://www.youm7.com/story/2016/9/28/x"), record("https://www.unheard-of.example/news/1"));
    expect(await outlet("youm7")).toMatchObject({ nameAr: "اليوم السابع", country: "EG", type: "private", verified: true, domain: "youm7.com" });
    expect(await outlet("unheard-of-example")).toMatchObject({ nameAr: "unheard-of.example", country: null, type: "unknown", verified: false, domain: "unheard-of.example" });
  });

  it("brings a stored registry outlet up to date with the registry, and keeps an unverified outlet's first name", async () => {
    const youm7 = extractArticle({ fileName: "a.txt", text: BODY, sidecar: { url: "https://youm7.com/x" } }).outlet!;
    await write(record("https://youm7.com/y", { ...youm7, nameAr: "اليوم السابع (معدل)", type: "state-press" }));
    expect(await outlet("youm7")).toMatchObject({ nameAr: "اليوم السابع (معدل)", type: "state_press" });
    const unverified = extractArticle({ fileName: "b.txt", text: BODY, sidecar: { url: "https://unheard-of.example/2" } }).outlet!;
    await write(record("https://unheard-of.example/3", { ...unverified, nameAr: "اسم آخر" }));
    expect((await outlet("unheard-of-example")).nameAr).toBe("unheard-of.example");
  });

  it("lets a registry outlet take the domain an unlisted outlet of the same host held", async () => {
    await write(record("https://brand-new.example/1"));
    expect((await outlet("brand-new-example")).domain).toBe("brand-new.example");
    const listed: OutletRef = { id: "brand-new", nameAr: "الجديد كليا", nameLatin: "Brand New", domain: "brand-new.example", country: "JO", type: "private", verified: true };
    await write(record("https://brand-new.example/2", listed));
    expect(await outlet("brand-new")).toMatchObject({ domain: "brand-new.example", verified: true });
    expect((await outlet("brand-new-example")).domain).toBeNull();
  });
});

// The English query words (data/english-terms.json), validated once and cached. A malformed entry is an
// error naming the file, the entry (its first English form) and what is wrong.
import englishTermsJson from "../../data/english-terms.json";
import { EnglishTermsFileSchema, type EnglishTerm } from "./schemas";

export function buildEnglishTerms(data: unknown, file = "data/english-terms.json"): EnglishTerm[] {
  const result = EnglishTermsFileSchema.safeParse(data);
  if (result.success) return result.data.terms;
  const terms = (data as { terms?: Array<{ en?: unknown }> } | null)?.terms;
  const lines = result.error.issues.map((i) => {
    if (i.path[0] !== "terms" || typeof i.path[1] !== "number") return `${i.path.join(".") || "file"}: ${i.message}`;
    const en = terms?.[i.path[1]]?.en;
    const name = Array.isArray(en) && typeof en[0] === "string" ? ` («${en[0]}»)` : "";
    return `entry ${i.path[1] + 1}${name}${i.path.length > 2 ? `, ${i.path.slice(2).join(".")}` : ""}: ${i.message}`;
  });
  throw new Error(`${file} is invalid:\n${lines.join("\n")}`);
}

let cached: EnglishTerm[] | null = null;

export function loadEnglishTerms(): EnglishTerm[] {
  cached ??= buildEnglishTerms(englishTermsJson);
  return cached;
}

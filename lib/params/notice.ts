// What a canonical redirect dropped, carried to the page it redirects to, so the reader is told: proxy.ts
// writes it into a short-lived cookie on the redirect and hands it to that one page's render. Only codes
// travel (`timeline.from~BAD_DATE.page~BAD_NUMBER`); the message is rebuilt from the catalogue, so a
// forged cookie can show no text of its own. Unknown parameters are dropped without a word (tracking
// tags and the like); a value the reader typed or a shared link held is worth a sentence.
import { isIssueCode } from "./messages";
import { PAGE_VIEWS, type PageName } from "./pages";
import { issueOf, type ParamIssue } from "./view";

export const NOTICE_COOKIE = "param-notice";
/** Request header in which proxy.ts hands the notice to the page's render. */
export const NOTICE_HEADER = "x-param-notice";
const MAX_ISSUES = 8;

/** The issues worth telling the reader about. */
export const noticeWorthy = (issues: ParamIssue[]): ParamIssue[] => issues.filter((i) => i.code !== "UNKNOWN");

export function encodeNotice(page: PageName, issues: ParamIssue[]): string | undefined {
  const kept = noticeWorthy(issues).slice(0, MAX_ISSUES);
  return kept.length ? [page, ...kept.map((i) => `${i.param}~${i.code}`)].join(".") : undefined;
}

/** The notice for `page`, or none (another page's notice, or anything malformed). */
export function decodeNotice(value: string | null | undefined, page: PageName): ParamIssue[] {
  const [name, ...pairs] = (value ?? "").split(".");
  if (name !== page) return [];
  const view = PAGE_VIEWS[page].view;
  return pairs.slice(0, MAX_ISSUES).flatMap((pair) => {
    const [param, code] = pair.split("~");
    return param && Object.hasOwn(view.fields, param) && isIssueCode(code) ? [issueOf(view, param, code)] : [];
  });
}

/** The page named by a notice, if any. */
export const noticePage = (value: string | null | undefined): PageName | undefined => {
  const name = (value ?? "").split(".")[0];
  return name && Object.hasOwn(PAGE_VIEWS, name) ? (name as PageName) : undefined;
};

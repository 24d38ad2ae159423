// Every message a URL parameter can get, in one catalogue: a code (stable, for programs and tests) and
// the Arabic sentence a reader sees. Messages that need to name a bound or the accepted values take
// them from the field that failed (its `detail`), so one code serves every view.

export interface MessageDetail {
  /** What the parameter holds, in Arabic, as the subject of the sentence ("رقم الصفحة"). */
  label?: string;
  min?: number;
  max?: number;
  /** The accepted values, as they are written in the URL. */
  values?: readonly string[];
}

const CATALOGUE = {
  UNKNOWN: () => "معامل غير معروف.",
  REPEATED: () => "هذا المعامل لا يقبل إلا قيمة واحدة.",
  BAD_ID: () => "المعرّف غير صالح.",
  BAD_DATE: () => "التاريخ غير صالح؛ اكتبه بالصيغة YYYY-MM-DD أو YYYY-MM.",
  DATE_RANGE: () => "تاريخ البداية بعد تاريخ النهاية.",
  TOO_LONG: (d: MessageDetail) => `${d.label ?? "النص"} أطول من ${d.max} حرف.`,
  BAD_VALUE: (d: MessageDetail) => `${d.label ?? "القيمة"} إما ${(d.values ?? []).join(" أو ")}.`,
  BAD_NUMBER: (d: MessageDetail) => `${d.label ?? "القيمة"} عدد صحيح من ${d.min} إلى ${d.max}.`,
  BAD_ID_LIST: () => "أرقام المقالات أعداد صحيحة موجبة تفصل بينها فواصل، مثل 12,34.",
  TOO_MANY: (d: MessageDetail) => `${d.label ?? "عدد القيم"} ${d.max} على الأكثر.`,
  BAD_SENTENCE: () => "الجملة المحددة غير صالحة أو لا تنتمي إلى المقالات المختارة.",
} satisfies Record<string, (d: MessageDetail) => string>;

export type IssueCode = keyof typeof CATALOGUE;

export const ISSUE_CODES = Object.keys(CATALOGUE) as IssueCode[];

export const isIssueCode = (s: unknown): s is IssueCode => typeof s === "string" && Object.hasOwn(CATALOGUE, s);

/** The Arabic message for `code`, filled in from the failing field's detail. */
export function messageOf(code: IssueCode, detail: MessageDetail = {}): string {
  return CATALOGUE[code](detail);
}

/** What each parameter is, for readers (a notice names the parameter it dropped). */
const PARAM_NAMES: Record<string, string> = {
  participant: "المشارك",
  outlet: "المصدر",
  person: "الشخص",
  event: "الحدث",
  place: "المكان",
  kind: "نوع الحدث",
  from: "من",
  to: "إلى",
  q: "نص البحث",
  sort: "الترتيب",
  basis: "أساس التاريخ",
  page: "الصفحة",
  pageSize: "حجم الصفحة",
  articles: "المقالات",
  s: "الجملة",
  add: "البحث في العناوين",
};

export const paramName = (param: string): string => (Object.hasOwn(PARAM_NAMES, param) ? PARAM_NAMES[param]! : param);

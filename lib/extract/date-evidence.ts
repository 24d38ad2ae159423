// The date evidence analysts read beside a date: Arabic, quoting what the page or the URL says.
import type { Region } from "./regions";

const PLACE: Record<Region | "dateline" | "writing", string> = {
  header: "تاريخ منشور في رأس المقال",
  dateline: "تاريخ في مستهل الخبر",
  chrome: "تاريخ منشور أعلى الصفحة",
  footer: "تاريخ منشور أسفل المقال",
  body: "تاريخ في نص المقال",
  writing: "تاريخ كتابة الخبر كما يذكره نصه",
};

export const dateEvidence = {
  editorial: (note: string | undefined) => note?.trim() || "تاريخ أدخله محرر",
  text: (where: Region | "dateline" | "writing", quote: string) => `${PLACE[where]}: «${quote}»`,
  /** How a numeric date that reads two ways was read: "يُقرأ 8 يوليو 2017 بقرينة تاريخ «9 يوليو» القريب منه". */
  reading: (label: string, why: string) => `يُقرأ ${label} بقرينة ${why}`,
  ambiguous: (quote: string, label: string) => `«${quote}» يحتمل ${label}، ولا يحسم النص قراءته`,
  pageMeta: (value: string) => `تاريخ النشر المعلن في بيانات الصفحة: «${value}»`,
  url: (segment: string) => `من رابط المقال: ${segment}`,
  timestamp: (segment: string, iso: string, support: string) => `من رابط المقال: ${segment} (طابع زمني يوافق ${iso})، ويتفق مع ${support} في النص`,
  supportDate: (quote: string) => `تاريخ «${quote}» المذكور`,
  supportWeekday: (name: string) => `يوم «${name}» المذكور`,
  weekday: (name: string) => `ذُكر يوم «${name}» في النص، ولا يكفي وحده لتحديد التاريخ`,
};

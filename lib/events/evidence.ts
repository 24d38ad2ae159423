// What readers see beside an inferred date, or beside an article left undated: Arabic, quoting the text.
import { MONTH_NAMES } from "../arabic/months";
import { WEEKDAY_NAMES } from "../arabic/weekdays";
import { dayOf, weekdayOfDay } from "./days";

const weekdayName = (day: number) => WEEKDAY_NAMES.find(([d]) => d === weekdayOfDay(day))![1][0]!;

/** "الخميس 14 يوليو 2016": fixed names (Egyptian/Gulf months), independent of the runtime's ICU data. */
export function arabicDate(iso: string): string {
  const month = MONTH_NAMES.find(([m]) => m === Number(iso.slice(5, 7)))![1][0]!;
  return `${weekdayName(dayOf(iso))} ${Number(iso.slice(8, 10))} ${month} ${iso.slice(0, 4)}`;
}

export interface InferenceSource {
  weekdayText: string; // as written: "الجمعة"
  referenceIso: string;
  referenceOutlet: string | null;
  inferredIso: string;
  support: string | null; // "اليوم الثاني والأخير من زيارته"
}

export function inferredEvidence(s: InferenceSource): string {
  const by = s.referenceOutlet ? `الذي أرّخته «${s.referenceOutlet}»` : "الذي أُرّخت تغطية أخرى له";
  const support = s.support ? `، ويؤيده «${s.support}»` : "";
  return `يوم ${s.weekdayText} المذكور في النص، في تغطية الحدث نفسه ${by} ب${arabicDate(s.referenceIso)} → ${arabicDate(s.inferredIso)}${support}`;
}

export const undatedReason = {
  noWeekday: "ضُمّ إلى الحدث لتطابق المشاركين وتشابه النص، لكن النص لا يذكر يوم الأسبوع، فلم يُستنتج له تاريخ",
  dayConflict: (weekday: string, quote: string) => `يوم «${weekday}» المذكور لا يتفق مع «${quote}» في تغطية الحدث المؤرخة، فلم يُستنتج له تاريخ`,
  outsideWindow: (weekday: string) => `يوم «${weekday}» المذكور يقع خارج أيام أقرب حدث مؤرخ بالمشاركين أنفسهم، فلم يُضمّ إليه ولم يُستنتج له تاريخ`,
  ambiguous: (count: number) => `يشبه أكثر من حدث مؤرخ (${count}) بالقدر نفسه، فلم يُضمّ إلى أي منها ولم يُستنتج له تاريخ`,
  noMatch: "لا تغطية مؤرخة للحدث نفسه: لم يوجد خبر مؤرخ بالمشاركين أنفسهم ونص مشابه أو إشارات الحدث نفسها",
  noPeople: "لا يسمّي النص في عنوانه أو مقدمته أشخاصًا معروفين، فلا يمكن ربطه بتغطية مؤرخة",
};

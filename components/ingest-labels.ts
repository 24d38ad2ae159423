// Arabic words for the loader's outcomes and error codes (lib/extract/errors.ts).
export const LOAD_STATUS_LABELS: Record<string, string> = {
  loaded: "حُمّل",
  updated: "حُدّث",
  unchanged: "لم يتغير (موجود مسبقًا)",
};

export const INGEST_ERROR_LABELS: Record<string, string> = {
  EMPTY: "الملف فارغ",
  BINARY: "الملف ليس نصًا (ملف ثنائي)",
  TOO_LARGE: "الملف أكبر من الحد المسموح",
  NO_ARABIC: "لا يحتوي الملف على نص عربي",
  NO_BODY: "لم يُعثر على متن مقال",
  UNREADABLE: "تعذّرت قراءة الملف",
  DATABASE: "تعذّر حفظ المقال",
};

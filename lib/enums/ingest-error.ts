// Why one input file could not be loaded: the loader's error codes (thrown as IngestError by
// lib/extract/errors.ts, reported per file by the CLI and the editors' upload) and their Arabic wording.

export const INGEST_ERROR_CODES = ["EMPTY", "BINARY", "TOO_LARGE", "NO_ARABIC", "NO_BODY", "UNREADABLE", "DATABASE"] as const;
export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

export const INGEST_ERROR_LABELS: Record<IngestErrorCode, string> = {
  EMPTY: "الملف فارغ",
  BINARY: "الملف ليس نصًا (ملف ثنائي)",
  TOO_LARGE: "الملف أكبر من الحد المسموح",
  NO_ARABIC: "لا يحتوي الملف على نص عربي",
  NO_BODY: "لم يُعثر على متن مقال",
  UNREADABLE: "تعذّرت قراءة الملف",
  DATABASE: "تعذّر حفظ المقال",
};

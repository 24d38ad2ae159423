// The preview card answered (503) while the database is away: drawn once, kept for the process.
import { renderOgPng } from "./render";

let png: Uint8Array | undefined;

export function unavailableCardPng(): Uint8Array {
  png ??= new Uint8Array(renderOgPng({ title: "الخدمة غير متاحة مؤقتًا", lines: ["تعذّر الوصول إلى قاعدة البيانات. أعد المحاولة بعد قليل."] }));
  return png;
}

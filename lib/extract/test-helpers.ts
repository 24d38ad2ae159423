// Builders for small synthetic pages in unit tests (not shipped code paths; imported by *.test.ts only).
export const PARAGRAPH_A = "قال وزير الخارجية الأمريكي جون كيري إن الولايات المتحدة وروسيا اتفقتا على مواصلة المحادثات بشأن سوريا خلال الأيام المقبلة في جنيف.";
export const PARAGRAPH_B = "وأضاف أن الطرفين بحثا سبل إيصال المساعدات الإنسانية إلى المناطق المحاصرة وتثبيت وقف الأعمال القتالية في مختلف أنحاء البلاد.";
export const PARAGRAPH_C = "من جهته، قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للتعاون مع واشنطن في مكافحة الإرهاب إذا احترمت سيادة سوريا.";

/** Lines joined with newlines; a blank line between blocks as scraped pages have. */
export const page = (...lines: string[]) => lines.join("\n");

"use client";

// Shown when the root layout itself fails; it must render its own <html>.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ar" dir="rtl">
      <body style={{ fontFamily: "serif", textAlign: "center", padding: "4rem 1rem" }}>
        <h1>حدث خطأ غير متوقع</h1>
        <p>تعذّر عرض الموقع الآن. حاول مرة أخرى بعد قليل.</p>
        <button type="button" onClick={reset}>
          إعادة المحاولة
        </button>
      </body>
    </html>
  );
}

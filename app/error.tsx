"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="py-16 text-center">
      <h1 className="text-3xl font-bold">حدث خطأ غير متوقع</h1>
      <p className="mt-3 text-muted">تعذّر عرض هذه الصفحة الآن. حاول مرة أخرى بعد قليل.</p>
      <button type="button" onClick={reset} className="mt-6 rounded border border-accent px-4 py-2 text-accent">
        إعادة المحاولة
      </button>
    </div>
  );
}

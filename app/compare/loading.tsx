export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="py-16 text-center text-muted">
      جارٍ محاذاة الجمل ومقارنة المقالات…
    </div>
  );
}

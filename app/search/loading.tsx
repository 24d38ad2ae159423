export default function SearchLoading() {
  return (
    <div role="status" aria-live="polite" className="py-10">
      <h1 className="text-2xl font-bold">البحث في المقالات</h1>
      <p className="mt-4 text-muted">جارٍ البحث…</p>
      <div className="mt-6 space-y-4" aria-hidden="true">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-20 animate-pulse rounded bg-black/5 dark:bg-white/10" />
        ))}
      </div>
    </div>
  );
}

export function EntityList({ id, title, items }: { id: string; title: string; items: Array<{ id: string; name: string; asWritten: string }> }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2" data-testid={id}>
        {items.map((e) => (
          <li key={e.id} data-entity={e.id} className="rounded-full border border-black/15 px-3 py-1 text-sm dark:border-white/20">
            {e.name}
            {e.asWritten !== e.name && <span className="text-muted"> — كُتب «{e.asWritten}»</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

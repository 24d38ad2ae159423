import type { ReactNode } from "react";

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div role="status" className="mt-8 rounded-lg border border-dashed border-black/20 p-8 text-center dark:border-white/20">
      <p className="text-lg font-semibold">{title}</p>
      {children && <p className="mt-2 text-muted">{children}</p>}
    </div>
  );
}

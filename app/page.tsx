import { EmptyState } from "@/components/empty-state";
import { TimelineList } from "@/components/timeline-list";
import { getTimeline } from "@/lib/data/timeline";
import { defaultFilters } from "@/lib/timeline/filters";

export const dynamic = "force-dynamic";

export default async function TimelinePage() {
  const { dated, undated } = await getTimeline(defaultFilters());
  return (
    <>
      <h1 className="text-2xl font-bold">الخط الزمني للمحادثات</h1>
      <p className="mt-1 text-muted">لقاءات واتصالات وزيارات وتصريحات، مع التغطية التي نقلتها.</p>
      {dated.length + undated.length === 0 ? (
        <EmptyState title="لا توجد أحداث بعد">حمّل مقالات بالأمر <code dir="ltr">npm run ingest -- ‎&lt;folder&gt;</code> لتظهر هنا.</EmptyState>
      ) : (
        <TimelineList dated={dated} undated={undated} />
      )}
    </>
  );
}

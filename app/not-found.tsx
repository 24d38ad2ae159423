import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-bold">الصفحة غير موجودة</h1>
      <p className="mt-3 text-muted">لم نجد ما تبحث عنه. ربما تغيّر الرابط أو حُذف المقال.</p>
      <Link href="/" className="mt-6 inline-block text-accent underline underline-offset-4">
        العودة إلى الخط الزمني
      </Link>
    </div>
  );
}

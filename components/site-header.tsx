import Link from "next/link";
import { DisplaySettings } from "./display-settings";

export function SiteHeader() {
  return (
    <header className="border-b border-black/10 dark:border-white/15">
      <div className="mx-auto flex max-w-4xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-ink no-underline">
          قارئ محادثات سوريا
        </Link>
        <nav aria-label="التنقل الرئيسي">
          <ul className="flex gap-4 text-base">
            <li>
              <Link href="/" className="text-accent underline-offset-4 hover:underline">
                الخط الزمني
              </Link>
            </li>
            <li>
              <Link href="/editor/upload" className="text-accent underline-offset-4 hover:underline">
                تحميل مقالات
              </Link>
            </li>
          </ul>
        </nav>
        <DisplaySettings />
      </div>
    </header>
  );
}

import { outletText, UNVERIFIED_HINT, UNVERIFIED_MARK, type OutletLabel } from "@/lib/display/outlet";

/** An outlet's Arabic name and country; an unverified one (created from an unlisted host) carries a small mark. */
export function OutletName({ outlet }: { outlet: OutletLabel | null | undefined }) {
  return (
    <span data-testid="outlet-name" data-verified={outlet ? String(outlet.verified) : undefined}>
      {outletText(outlet)}
      {outlet && !outlet.verified && (
        <span
          className="ms-1 inline-block rounded border border-amber-700/50 px-1 text-xs leading-4 text-amber-800 dark:text-amber-300"
          title={UNVERIFIED_HINT}
          data-testid="outlet-unverified"
        >
          {UNVERIFIED_MARK}
        </span>
      )}
    </span>
  );
}

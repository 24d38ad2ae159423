"use client";
// Search-as-you-type: an ARIA 1.2 combobox (input + listbox) over /api/search/suggest. Without
// JavaScript it is a plain text input in a GET form. Choosing a person or a place puts its name in the
// query; choosing an outlet searches with that outlet as a filter.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

interface Suggestion {
  kind: "person" | "place" | "outlet";
  id: string;
  label: string;
  labelLatin: string | null;
}

const KIND_LABELS: Record<Suggestion["kind"], string> = { person: "شخص", place: "مكان", outlet: "مصدر" };
const DEBOUNCE_MS = 200;

/** The word being typed: the last one, without query syntax around it. */
function lastWord(q: string): { head: string; word: string } {
  const m = /^(.*?)([-"«“]?)([^\s"«»“”]*)$/u.exec(q);
  return { head: (m?.[1] ?? "") + (m?.[2] ?? ""), word: m?.[3] ?? "" };
}

export function SuggestInput({
  name,
  defaultValue,
  label,
  placeholder,
  className,
}: {
  name: string;
  defaultValue?: string;
  label: string;
  placeholder?: string;
  className?: string;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [value, setValue] = useState(defaultValue ?? "");
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const typed = useRef(false);

  // A new page's query (the prop) replaces what the box shows, during render rather than in an effect.
  const [shownDefault, setShownDefault] = useState(defaultValue);
  if (defaultValue !== shownDefault) {
    setShownDefault(defaultValue);
    setValue(defaultValue ?? "");
    setOpen(false);
  }

  /** Typing: a last word too short to look up closes the list at once; a longer one is looked up below. */
  function type(next: string) {
    typed.current = true;
    setValue(next);
    if (lastWord(next).word.length < 2) {
      setItems([]);
      setOpen(false);
    }
  }

  useEffect(() => {
    if (!typed.current) return;
    const { word } = lastWord(value);
    if (word.length < 2) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search/suggest?q=${encodeURIComponent(word.slice(0, 60))}`, { signal: abort.signal })
        .then((r) => (r.ok ? r.json() : { suggestions: [] }))
        .then((data: { suggestions: Suggestion[] }) => {
          setItems(data.suggestions);
          setActive(-1);
          setOpen(data.suggestions.length > 0);
        })
        .catch(() => {});
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [value]);

  function choose(s: Suggestion) {
    setOpen(false);
    setActive(-1);
    typed.current = false;
    const { head } = lastWord(value);
    const form = input.current?.form;
    if (s.kind === "outlet" && form) {
      // An outlet is not a word of the text: search the rest of the query within that outlet.
      const data = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (typeof v === "string" && v !== "" && k !== "outlet") data.append(k, v);
      data.set(name, head.trim());
      if (!data.get(name)) data.delete(name);
      data.set("outlet", s.id);
      // A full page load, as the form's own GET submission without JavaScript would make.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- the same navigation with or without JavaScript
      window.location.assign(`${form.getAttribute("action") ?? "/search"}?${data}`);
      return;
    }
    setValue(`${head}${s.label} `);
    input.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!open) {
        if (items.length > 0) setOpen(true);
        return;
      }
      e.preventDefault();
      const step = e.key === "ArrowDown" ? 1 : -1;
      // -1 is the input itself: the arrows cycle through the options and back to what was typed.
      setActive((a) => {
        const next = a + step;
        return next >= items.length ? -1 : next < -1 ? items.length - 1 : next;
      });
    } else if (e.key === "Enter" && open && active >= 0 && items[active]) {
      e.preventDefault();
      choose(items[active]!);
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        e.preventDefault();
        setValue("");
      }
    } else if (e.key === "Tab") {
      setOpen(false);
    }
  }

  const expanded = open && items.length > 0;
  return (
    <div className="relative grow">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        name={name}
        value={value}
        maxLength={200}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(e) => type(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className={className}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`اقتراحات: ${label}`}
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-20 mt-1 max-h-80 overflow-auto rounded border border-black/20 bg-paper py-1 text-base shadow-lg dark:border-white/25"
      >
        {items.map((s, i) => (
          <li
            key={`${s.kind}-${s.id}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(s)}
            className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 ${i === active ? "bg-accent/15" : "hover:bg-accent/10"}`}
          >
            <span>
              {s.label}
              {s.labelLatin && (
                <span dir="ltr" className="ms-2 text-sm text-muted">
                  {s.labelLatin}
                </span>
              )}
            </span>
            <span className="text-xs text-muted">{s.kind === "outlet" ? "تصفية حسب المصدر" : KIND_LABELS[s.kind]}</span>
          </li>
        ))}
      </ul>
      <p className="sr-only" role="status" aria-live="polite">
        {expanded ? "توجد اقتراحات، استخدم السهمين للتنقل بينها وEnter للاختيار" : ""}
      </p>
    </div>
  );
}

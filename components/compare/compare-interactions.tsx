"use client";

import { useEffect } from "react";

// Progressive enhancement for the server-rendered columns: the sentences are already links to
// ?s=<sentence>, so this component only makes selection instant (history.replaceState), highlights
// counterparts on hover and focus, moves focus with the keyboard and switches the phone tabs. It
// works by event delegation on the DOM the server rendered, so the page ships no comparison data.

const ROOT = "[data-compare-root]";
const SENTENCE = "a[data-sid]";

const sentenceOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLAnchorElement>(SENTENCE) : null);
const byId = (id: string) => document.querySelector<HTMLAnchorElement>(`${ROOT} a[data-sid="${CSS.escape(id)}"]`);
const counterparts = (el: Element) =>
  (el.getAttribute("data-cp") ?? "")
    .split(" ")
    .filter(Boolean)
    .flatMap((id) => byId(id) ?? []);
const columnOf = (el: Element) => el.closest<HTMLElement>("[data-column]");

function mark(attr: "data-hl" | "data-sel", el: Element | null) {
  document.querySelectorAll(`${ROOT} [${attr}]`).forEach((x) => x.removeAttribute(attr));
  if (!el) return;
  el.setAttribute(attr, "self");
  for (const c of counterparts(el)) c.setAttribute(attr, "counterpart");
}

/** On a phone one column shows at a time: make `article`'s the visible one. */
function showColumn(article: string) {
  document.querySelectorAll(`${ROOT} [data-article]`).forEach((c) => c.toggleAttribute("data-active", c.getAttribute("data-article") === article));
  document.querySelectorAll(`${ROOT} a[data-tab]`).forEach((t) => {
    if (t.getAttribute("data-tab") === article) t.setAttribute("aria-current", "true");
    else t.removeAttribute("aria-current");
  });
}

function focusSentence(el: HTMLAnchorElement) {
  const col = columnOf(el);
  if (col && !col.hasAttribute("data-active")) showColumn(col.getAttribute("data-article")!);
  el.focus();
  el.scrollIntoView({ block: "nearest" });
}

function select(el: HTMLAnchorElement) {
  document.querySelectorAll(`${ROOT} a[aria-current="true"][data-sid]`).forEach((x) => x.removeAttribute("aria-current"));
  el.setAttribute("aria-current", "true");
  mark("data-sel", el);
  const id = el.getAttribute("data-sid")!;
  const url = new URL(window.location.href);
  url.searchParams.set("s", id);
  window.history.replaceState(null, "", url);
  // Links that keep the highlighted sentence (swap, remove) follow the new selection.
  document.querySelectorAll<HTMLAnchorElement>(`${ROOT} a[data-keep-s]`).forEach((a) => {
    const u = new URL(a.href);
    u.searchParams.set("s", id);
    a.href = u.pathname + u.search;
  });
}

function onKey(e: KeyboardEvent) {
  const el = sentenceOf(e.target);
  if (!el || e.altKey || e.ctrlKey || e.metaKey) return;
  const col = columnOf(el);
  const inColumn = col ? [...col.querySelectorAll<HTMLAnchorElement>(SENTENCE)] : [];
  const i = inColumn.indexOf(el);
  let next: HTMLAnchorElement | undefined;
  if (e.key === "ArrowDown") next = inColumn[i + 1];
  else if (e.key === "ArrowUp") next = inColumn[i - 1];
  else if (e.key === "j") next = inColumn.slice(i + 1).find((s) => s.hasAttribute("data-cp"));
  else if (e.key === "k")
    next = inColumn
      .slice(0, i)
      .reverse()
      .find((s) => s.hasAttribute("data-cp"));
  else if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
    // Towards the column on that side of the screen: in right-to-left, "left" is the next column.
    const rtl = getComputedStyle(el).direction === "rtl";
    const forward = (e.key === "ArrowLeft") === rtl;
    const here = Number(col?.getAttribute("data-column") ?? 0);
    const cps = counterparts(el).map((c) => ({ c, col: Number(columnOf(c)?.getAttribute("data-column") ?? 0) }));
    const pick = forward ? cps.filter((x) => x.col > here).sort((a, b) => a.col - b.col)[0] : cps.filter((x) => x.col < here).sort((a, b) => b.col - a.col)[0];
    next = pick?.c;
  } else return;
  e.preventDefault();
  if (next) focusSentence(next);
}

function onClick(e: MouseEvent) {
  if (e.defaultPrevented || e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const target = e.target instanceof Element ? e.target : null;
  const tab = target?.closest<HTMLAnchorElement>(`${ROOT} a[data-tab]`);
  if (tab) {
    e.preventDefault();
    showColumn(tab.getAttribute("data-tab")!);
    return;
  }
  const el = sentenceOf(target);
  if (!el || !el.closest(ROOT)) return;
  e.preventDefault();
  select(el);
}

const onOver = (e: Event) => {
  const el = sentenceOf(e.target);
  if (el?.closest(ROOT)) mark("data-hl", el);
};
const onOut = (e: Event) => {
  if (sentenceOf(e.target)) mark("data-hl", null);
};

export function CompareInteractions() {
  useEffect(() => {
    document.querySelector<HTMLElement>(`${ROOT} a[aria-current="true"][data-sid]`)?.scrollIntoView({ block: "center" });
    const listeners: Array<[string, (e: Event) => void]> = [
      ["keydown", onKey as (e: Event) => void],
      ["click", onClick as (e: Event) => void],
      ["pointerover", onOver],
      ["pointerout", onOut],
      ["focusin", onOver],
      ["focusout", onOut],
    ];
    for (const [type, listener] of listeners) document.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of listeners) document.removeEventListener(type, listener);
    };
  }, []);
  return null;
}

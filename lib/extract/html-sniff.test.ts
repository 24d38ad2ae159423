import { describe, expect, it } from "vitest";
import { declaredCharset, looksLikeHtml } from "./html-sniff";

const bytes = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

describe("declaredCharset", () => {
  it.each([
    ['<meta charset="windows-1256">', "windows-1256"],
    ["<META CHARSET=utf-8>", "utf-8"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">', "iso-8859-6"],
    ['<?xml version="1.0" encoding="windows-1256"?><html>', "windows-1256"],
    ["<html><head><title>x</title></head>", null],
  ])("%s", (head, cs) => expect(declaredCharset(bytes(head))).toBe(cs));
});

describe("looksLikeHtml", () => {
  it.each([
    ["<!DOCTYPE html><html>", true],
    ["\n  <!-- saved page --><html dir=rtl>", true],
    ["<head><meta charset=utf-8>", true],
    ["<div><p>فقرة</p><p>فقرة</p><p>فقرة</p></div>", true],
    ["كيري ولافروف\n\nقال الوزير إن <المحادثات> مستمرة", false],
    ["عنوان الخبر\n\nنص الخبر", false],
  ])("%s", (text, html) => expect(looksLikeHtml(text)).toBe(html));
});

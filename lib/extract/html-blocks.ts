// A DOM subtree to text blocks: one block per paragraph, heading, list item or cell; <br> breaks a line
// inside its block; figcaptions come out as their own "caption" blocks. Text nodes only: attributes
// (handlers, URLs) are never read. Elements that never hold article text are skipped.

export interface Block {
  kind: "text" | "heading" | "caption";
  /** Whitespace collapsed; lines inside the block (from <br>) separated by "\n". */
  text: string;
}

const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figure",
  "footer",
  "form",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "td",
  "th",
  "ul",
  "caption",
  "center",
  "body",
  "html",
]);
const HEADING = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "frame",
  "svg",
  "math",
  "object",
  "embed",
  "canvas",
  "audio",
  "video",
  "button",
  "select",
  "textarea",
  "input",
  "head",
  "title",
  "meta",
  "link",
]);

const ELEMENT = 1;
const TEXT = 3;

export function htmlBlocks(root: Node): Block[] {
  const out: Block[] = [];
  let parts: string[] = [];

  // An empty line (<br><br>, as old pages separate paragraphs) ends a block; a single <br> breaks a line.
  const flush = (kind: Block["kind"] = "text") => {
    const lines = parts
      .join("")
      .split("\n")
      .map((l) => l.replace(/[ \t\r\f]+/g, " ").trim());
    parts = [];
    let group: string[] = [];
    for (const line of [...lines, ""]) {
      if (line) group.push(line);
      else if (group.length) {
        out.push({ kind, text: group.join("\n") });
        group = [];
      }
    }
  };

  const visit = (node: Node) => {
    if (node.nodeType === TEXT) {
      parts.push((node.nodeValue ?? "").replace(/[\n\r]+/g, " "));
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === "br") {
      parts.push("\n");
      return;
    }
    if (tag === "figcaption") {
      flush();
      for (const child of node.childNodes) visit(child);
      // A caption is one line, whatever <br>s it holds.
      parts = [parts.join("").replace(/\n/g, " ")];
      flush("caption");
      return;
    }
    const heading = HEADING.has(tag);
    if (heading || BLOCK.has(tag)) flush();
    for (const child of node.childNodes) visit(child);
    if (heading) {
      parts = [parts.join("").replace(/\n/g, " ")];
      flush("heading");
    } else if (BLOCK.has(tag)) flush();
  };

  visit(root);
  flush();
  return out;
}

// Markdown → HTML for the editorial pages (methodology, glossary), with
// unified/remark. Relative links in the markdown are written as dist paths
// ("glossary.html#…") and rewritten relative to the page that shows them.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import type { Root as MdRoot, RootContent as MdNode } from "mdast";
import type { Root as HastRoot, Element as HastElement, Nodes as HastNodes } from "hast";
import { relativeUrl, type SitePath } from "./urls";

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(source: string): MdRoot {
  return parser.parse(source);
}

/** Renders mdast nodes to an HTML string; links are made relative to `here`. */
export function renderMarkdownNodes(nodes: readonly MdNode[], here: SitePath): string {
  const root: MdRoot = { type: "root", children: [...nodes] };
  const processor = unified().use(remarkRehype).use(rehypeStringify);
  const hast = processor.runSync(root) as HastRoot;
  rewriteLinks(hast, here);
  return processor.stringify(hast);
}

export function renderMarkdown(source: string, here: SitePath): string {
  return renderMarkdownNodes(parseMarkdown(source).children, here);
}

function rewriteLinks(node: HastNodes, here: SitePath): void {
  if (node.type === "element") rewriteElement(node, here);
  if ("children" in node) for (const child of node.children) rewriteLinks(child as HastNodes, here);
}

function rewriteElement(el: HastElement, here: SitePath): void {
  for (const attr of ["href", "src"] as const) {
    const value = el.properties?.[attr];
    if (typeof value !== "string" || value.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
    el.properties[attr] = relativeUrl(here, value.replace(/^\.?\//, ""));
  }
}

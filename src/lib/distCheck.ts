// Static rules for the built site (dist/), as pure functions over file text.
// They encode what makes dist/ work from file:// and under a sub-path:
// relative URLs only, links that name a file, classic scripts only, and no
// references to other hosts for anything the page loads.

export type Violation = { file: string; rule: string; detail: string };

export type Attr = { tag: string; name: string; value: string };

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>\/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTR = /([^\s=>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Every attribute of every start tag, with entity-decoded values. */
export function attributes(html: string): Attr[] {
  const out: Attr[] = [];
  for (const m of html.matchAll(TAG)) {
    const tag = m[1].toLowerCase();
    for (const a of m[2].matchAll(ATTR)) {
      out.push({ tag, name: a[1].toLowerCase(), value: decodeEntities(a[2] ?? a[3] ?? a[4] ?? "") });
    }
  }
  return out;
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => ({ amp: "&", quot: '"', "#39": "'", lt: "<", gt: ">" })[e] ?? _);
}

const URL_ATTRS = new Set(["href", "src", "xlink:href", "action", "poster", "data"]);
/** Tags whose URL is fetched when the page loads (not merely navigated to). */
const LOADING_TAGS = new Set(["script", "link", "img", "image", "source", "iframe", "video", "audio", "use", "embed", "object", "track", "input"]);

const isExternal = (url: string) => /^(https?:)?\/\//i.test(url);
const hasScheme = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url);

/** `attrs` may be passed in when the caller has parsed the page already. */
export function checkHtml(file: string, html: string, attrs: readonly Attr[] = attributes(html)): Violation[] {
  const v: Violation[] = [];
  const add = (rule: string, detail: string) => v.push({ file, rule, detail });
  if (/<script\b[^>]*\btype\s*=\s*["']?module/i.test(html)) add("module-script", 'type="module" script (breaks file://)');
  for (const a of attrs) {
    if (a.tag === "script" && a.name === "type" && a.value.trim().toLowerCase() === "module") continue; // reported above
    if (!URL_ATTRS.has(a.name) && a.name !== "srcset") continue;
    const urls = a.name === "srcset" ? a.value.split(",").map((s) => s.trim().split(/\s+/)[0]) : [a.value.trim()];
    for (const url of urls) {
      if (!url) continue;
      if (isExternal(url)) {
        if (LOADING_TAGS.has(a.tag)) add("external-resource", `<${a.tag} ${a.name}="${url}">`);
        continue; // an outbound <a> link is a navigation, not a request
      }
      if (url.startsWith("/")) add("absolute-url", `<${a.tag} ${a.name}="${url}">`);
      if (hasScheme(url)) continue; // data:, mailto: …
      const path = url.split(/[?#]/)[0];
      if (path !== "" && (path.endsWith("/") || /(^|\/)\.\.?$/.test(path)))
        add("directory-link", `<${a.tag} ${a.name}="${url}"> does not name a file`);
    }
  }
  return v;
}

export function checkCss(file: string, css: string): Violation[] {
  const v: Violation[] = [];
  for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)) {
    const url = (m[1] ?? m[2]).trim();
    if (isExternal(url)) v.push({ file, rule: "external-resource", detail: `css ${url}` });
    else if (url.startsWith("/")) v.push({ file, rule: "absolute-url", detail: `css ${url}` });
  }
  return v;
}

/** Relative links (with fragments) of a page, for the existence check. */
export function localLinks(html: string, attrs: readonly Attr[] = attributes(html)): string[] {
  return attrs
    .filter((a) => URL_ATTRS.has(a.name) && a.value && !hasScheme(a.value) && !a.value.startsWith("/") && !isExternal(a.value))
    .map((a) => a.value);
}

export function elementIds(html: string, attrs: readonly Attr[] = attributes(html)): Set<string> {
  return new Set(attrs.filter((a) => a.name === "id").map((a) => a.value));
}

// Hostile disclosures: real seeds with script, event-handler and javascript:
// payloads written into the names a page shows (department, unit, project,
// indicator, glossary term). Each payload, if it ever ran or became an
// element, would set window.__pwned or create an element whose id starts "pwn".
import { readFileSync } from "node:fs";

export const PAYLOADS = [
  `<script id="pwn1">window.__pwned="script"</script>`,
  `<img id="pwn2" src="x" onerror="window.__pwned='img'">`,
  `"><svg id="pwn3" onload="window.__pwned='svg'">`,
  `[点我](javascript:window.__pwned='md')`,
  `javascript:window.__pwned='href'`,
  `</script><script id="pwn6">window.__pwned='breakout'</script>`,
  `&lt;img id="pwn7" src=x onerror="window.__pwned='entity'"&gt;`,
  `<iframe id="pwn8" src="javascript:parent.__pwned='iframe'"></iframe>`,
  `{{constructor.constructor('window.__pwned=9')()}}`,
] as const;

const all = PAYLOADS.join(" ");

/** File name → text. Replacements touch names only, so every figure still reads. */
export function hostileDocuments(): Record<string, string> {
  const s003 = readFileSync("seeds/003_287d70c37cde1d0b.txt", "utf8")
    .replaceAll("四川省大数据技术服务中心", `四川省大数据技术服务中心${PAYLOADS[0]}${PAYLOADS[1]}`)
    .replaceAll("省社会信用平台运维及应用推广", `省社会信用平台运维及应用推广${PAYLOADS[2]}${PAYLOADS[3]}${PAYLOADS[4]}`)
    .replace("（十四）“三公”经费：", `（十四）“三公”经费${PAYLOADS[5]}${PAYLOADS[6]}：`);
  const s004 = readFileSync("seeds/004_7197d852b55ec88e.txt", "utf8")
    .replaceAll("西部信息安全谷建设专项经费", `西部信息安全谷建设专项经费${all}`)
    .replaceAll("进入全市“三个一批”复制推广应用名单数", `进入全市“三个一批”复制推广应用名单数${PAYLOADS[7]}${PAYLOADS[8]}${PAYLOADS[3]}`);
  return { "hostile-003.txt": s003, "hostile-004.txt": s004 };
}

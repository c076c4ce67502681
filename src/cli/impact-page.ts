/**
 * The interpretation impact report as an HTML page.
 *
 * A placeholder, to be replaced by the page being written on its own branch: it gives the
 * same signature and a valid page holding the report's JSON, so that the roster command
 * can write `impact.html` meanwhile.
 *
 * @module
 */
import type { Locale } from "../locales/index.js";
import type { ImpactReport } from "../roster/impact.js";

const ESCAPES: { readonly [char: string]: string } = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** The impact report as a self-contained HTML page. @internal */
export function impactReportPage(report: ImpactReport, options: { readonly locale: Locale }): string {
  const lang = options.locale === "zh-CN" ? "zh-CN" : "en";
  const title = options.locale === "zh-CN" ? `解释影响报告（${report.asOf}）` : `Interpretation impact report (${report.asOf})`;
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body>
<h1>${escapeHtml(title)}</h1>
<pre>${escapeHtml(JSON.stringify(report, null, 2))}</pre>
</body>
</html>
`;
}

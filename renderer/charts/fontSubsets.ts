/**
 * Which pieces of Noto Sans JP a chart's text needs. @fontsource splits the font into ~120 unicode-range subsets;
 * embedding only those that cover the chart's characters keeps an exported SVG in the hundreds of kilobytes.
 */

export type CodeRange = [number, number];

/** "U+25ee8,U+26ff6-26ff8" → [[0x25ee8, 0x25ee8], [0x26ff6, 0x26ff8]]. */
export function parseUnicodeRange(text: string): CodeRange[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const [lo, hi] = part.replace(/^U\+/i, '').split('-');
      const start = parseInt(lo, 16);
      return [start, hi ? parseInt(hi, 16) : start];
    });
}

/** The subset keys (as in @fontsource's unicode.json: "[12]", "latin") covering the characters of text, in table order. */
export function subsetsForText(text: string, table: Record<string, string>): string[] {
  const codes = new Set<number>();
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code > 0x20) codes.add(code);
  }
  const needed: string[] = [];
  for (const [key, ranges] of Object.entries(table)) {
    const parsed = parseUnicodeRange(ranges);
    for (const code of codes) {
      if (parsed.some(([lo, hi]) => code >= lo && code <= hi)) {
        needed.push(key);
        break;
      }
    }
  }
  return needed;
}

/** "[12]" → noto-sans-jp-12-400-normal.woff2, "latin" → noto-sans-jp-latin-400-normal.woff2. */
export function subsetFileName(key: string, weight = 400): string {
  return `noto-sans-jp-${key.replace(/^\[(\d+)\]$/, '$1')}-${weight}-normal.woff2`;
}

/** The characters an SVG shows: its text nodes, tags stripped and XML entities decoded. */
export function svgText(svg: string): string {
  const text = svg.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ');
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const e = entity.toLowerCase();
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] as string;
  });
}

export interface EmbeddedFace {
  range: string;
  dataUrl: string;
}

/** @font-face rules with the font bytes inline: an SVG drawn as an image may not fetch anything else. */
export function fontFaceCss(family: string, faces: readonly EmbeddedFace[], weight = 400): string {
  return faces
    .map((f) => `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};src:url(${f.dataUrl}) format('woff2');unicode-range:${f.range};}`)
    .join('\n');
}

/** Puts a <style> right after the root <svg …> tag so it applies to every text of the figure. */
export function insertSvgStyle(svg: string, css: string): string {
  const open = svg.indexOf('<svg');
  const end = open >= 0 ? svg.indexOf('>', open) : -1;
  if (end < 0) throw new Error('SVG の開始タグが見つかりません');
  return `${svg.slice(0, end + 1)}<defs><style type="text/css"><![CDATA[\n${css}\n]]></style></defs>${svg.slice(end + 1)}`;
}

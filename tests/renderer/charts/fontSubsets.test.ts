import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFaceCss, insertSvgStyle, parseUnicodeRange, subsetFileName, subsetsForText, svgText } from '../../../renderer/charts/fontSubsets';

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve('@fontsource/noto-sans-jp/unicode.json'));
const table = JSON.parse(readFileSync(path.join(fontDir, 'unicode.json'), 'utf8')) as Record<string, string>;

describe('Noto Sans JP subsets for a chart', () => {
  it('parses unicode-range lists', () => {
    expect(parseUnicodeRange('U+25ee8,U+26ff6-26ff8, U+0-ff')).toEqual([[0x25ee8, 0x25ee8], [0x26ff6, 0x26ff8], [0, 0xff]]);
  });

  it('finds, for every character of a chart’s text, a subset file that exists and covers it', () => {
    const text = '達成率 × 高齢化率 実施事業 地域力のみ 両方 多機関のみ 都道府県事業 回帰直線 r = 0.982 (n = 3) 人口 (%) 北海道 札幌市 東津軽郡';
    const keys = subsetsForText(text, table);
    expect(keys).toContain('latin');
    expect(keys.length).toBeGreaterThan(3);
    expect(keys.length).toBeLessThan(40);
    for (const key of keys) expect(() => readFileSync(path.join(fontDir, 'files', subsetFileName(key)))).not.toThrow();
    for (const ch of text.replace(/\s/g, '')) {
      const code = ch.codePointAt(0)!;
      const covered = keys.some((k) => parseUnicodeRange(table[k]).some(([lo, hi]) => code >= lo && code <= hi));
      expect(covered, `${ch} U+${code.toString(16)}`).toBe(true);
    }
  });

  it('names subset files the way @fontsource ships them', () => {
    expect(subsetFileName('[12]')).toBe('noto-sans-jp-12-400-normal.woff2');
    expect(subsetFileName('latin')).toBe('noto-sans-jp-latin-400-normal.woff2');
  });

  it('reads the text of an SVG, entities decoded, tags and styles ignored', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><style>.a{font-family:"X"}</style><text class="gtitle">達成率 &amp; 高齢化率</text><text>&#x4eba;&#21475;</text></svg>';
    expect(svgText(svg).replace(/\s+/g, ' ').trim()).toBe('達成率 & 高齢化率 人口');
  });

  it('embeds @font-face rules right inside the root svg element', () => {
    const css = fontFaceCss('Noto Sans JP', [{ range: 'U+4e00-4e0f', dataUrl: 'data:font/woff2;base64,AAAA' }]);
    expect(css).toBe("@font-face{font-family:'Noto Sans JP';font-style:normal;font-weight:400;src:url(data:font/woff2;base64,AAAA) format('woff2');unicode-range:U+4e00-4e0f;}");
    const out = insertSvgStyle('<svg class="main-svg" width="10"><g/></svg>', css);
    expect(out).toBe(`<svg class="main-svg" width="10"><defs><style type="text/css"><![CDATA[\n${css}\n]]></style></defs><g/></svg>`);
    expect(() => insertSvgStyle('<html/>', css)).toThrow('SVG');
  });
});

import unicodeTable from '@fontsource/noto-sans-jp/unicode.json';
import { fontFaceCss, insertSvgStyle, subsetFileName, subsetsForText, svgText, type EmbeddedFace } from './fontSubsets.js';

// Only URLs are bundled eagerly; the font bytes are fetched (same origin, offline) for the subsets a chart needs.
const SUBSET_URLS = import.meta.glob(
  [
    '../../node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-[0-9]*-400-normal.woff2',
    '../../node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-{latin,latin-ext,cyrillic,vietnamese}-400-normal.woff2',
  ],
  { query: '?url', import: 'default', eager: true, exhaustive: true },
) as Record<string, string>;

const FAMILY = 'Noto Sans JP';
const dataUrlCache = new Map<string, Promise<string>>();

function subsetUrl(key: string): string {
  const name = subsetFileName(key);
  const entry = Object.entries(SUBSET_URLS).find(([path]) => path.endsWith(`/${name}`));
  if (!entry) throw new Error(`フォントのサブセットが見つかりません: ${name}`);
  return entry[1];
}

async function toDataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`フォントを読み込めません (${response.status}): ${url}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/** The SVG with the Noto Sans JP subsets its text needs embedded, so it shows Japanese anywhere, PNG rasterising included. */
export async function embedNotoSansJp(svg: string): Promise<{ svg: string; subsets: string[] }> {
  const table = unicodeTable as Record<string, string>;
  const keys = subsetsForText(svgText(svg), table);
  const faces: EmbeddedFace[] = await Promise.all(
    keys.map(async (key) => {
      const url = subsetUrl(key);
      let data = dataUrlCache.get(url);
      if (!data) {
        data = toDataUrl(url);
        dataUrlCache.set(url, data);
        data.catch(() => dataUrlCache.delete(url));
      }
      return { range: table[key], dataUrl: await data };
    }),
  );
  return { svg: insertSvgStyle(svg, fontFaceCss(FAMILY, faces)), subsets: keys };
}

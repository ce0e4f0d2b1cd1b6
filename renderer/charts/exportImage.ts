import type { PlotlyApi } from './loadPlotly.js';

export interface ExportSize {
  width: number;
  height: number;
}

/** The chart as a self-contained SVG: Plotly's SVG with the Japanese font subsets it uses embedded. */
export async function chartSvg(plotly: PlotlyApi, chart: HTMLElement, size: ExportSize): Promise<string> {
  const url = await plotly.toImage(chart, { format: 'svg', width: size.width, height: size.height });
  const comma = url.indexOf(',');
  const header = url.slice(0, comma);
  const body = url.slice(comma + 1);
  const raw = header.endsWith(';base64') ? new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0))) : decodeURIComponent(body);
  const { embedNotoSansJp } = await import('./embedFont.js');
  return (await embedNotoSansJp(raw)).svg;
}

/**
 * PNG rasterised by us from the font-embedded SVG: Plotly's own PNG path draws the SVG in an <img> that cannot see
 * the page's web fonts, so Japanese would come out as boxes on a machine without a CJK system font.
 */
export async function svgToPng(svg: string, size: ExportSize, scale = 2): Promise<Blob> {
  const image = new Image();
  image.width = size.width;
  image.height = size.height;
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  // Fonts inside an SVG image load asynchronously even from data: URLs; give them a frame before drawing.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(size.width * scale);
  canvas.height = Math.round(size.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('画像を描けません (canvas 2D が使えません)');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG を作れません'))), 'image/png'));
}

/** Copies the PNG to the clipboard; the SVG text goes with it where the platform accepts several types. */
export async function copyPng(png: Blob): Promise<void> {
  if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') {
    throw new Error('この環境ではクリップボードに画像をコピーできません。PNG を保存してください。');
  }
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

/** A file name from the chart title, safe on Windows and macOS, e.g. 達成率×高齢化率.png. */
export function exportFileName(title: string, extension: 'png' | 'svg'): string {
  const base = title.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 80) || 'chart';
  return `${base}.${extension}`;
}

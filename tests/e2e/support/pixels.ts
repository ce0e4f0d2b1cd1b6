import type { Page } from 'playwright-core';

export interface PixelComparison {
  /** Pixels darker than mid-grey in each image: a drawn glyph has ink, an empty box little. */
  inkA: number;
  inkB: number;
  /** Pixels whose colour differs between the two images (of the same size). */
  differing: number;
}

/**
 * Decodes two PNGs in the page (the browser's own decoder, no PNG library in Node) and compares them pixel by pixel.
 * Two different characters drawn as missing-glyph boxes ("tofu") come out identical; drawn glyphs differ.
 */
export async function comparePngs(page: Page, a: Buffer, b: Buffer): Promise<PixelComparison> {
  return page.evaluate(
    async ([first, second]) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = [await pixels(first), await pixels(second)];
      if (x.width !== y.width || x.height !== y.height) throw new Error(`sizes differ: ${x.width}×${x.height} vs ${y.width}×${y.height}`);
      const ink = (d: ImageData) => {
        let n = 0;
        for (let i = 0; i < d.data.length; i += 4) if (d.data[i] + d.data[i + 1] + d.data[i + 2] < 384) n++;
        return n;
      };
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2]) differing++;
      }
      return { inkA: ink(x), inkB: ink(y), differing };
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

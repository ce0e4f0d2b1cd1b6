import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedRows } from './support/expected';
import { comparePngs } from './support/pixels';
import { workbenchSession } from './support/session';
import { PROJECT_ROOT } from './support/webServer';
import { openRoom } from './support/workbench';

// In 都道府県コード order, as the chart draws prefectures (the code's first two digits are that order).
const PER_PREFECTURE_SQL = 'SELECT prefecture, count(*) AS records FROM entities GROUP BY prefecture ORDER BY min(lg_code)';
const perPrefecture = await expectedRows(PER_PREFECTURE_SQL);

const OUT_DIR = path.join(PROJECT_ROOT, 'test-output', 'fonts');

// Two kanji of the corpus (札幌市), and a code point no font has: it is always drawn as the missing-glyph box.
const KANJI = ['札', '幌'];
const NO_GLYPH = String.fromCodePoint(0x10fffd);

// Japanese must render with the fonts the project ships (@fontsource/noto-sans-jp), not a system CJK font: CI runs
// this file once more with the system's CJK fonts hidden (FONTCONFIG_FILE), where a missing font shows as boxes.
describe('日本語の表示: 同梱フォントで、画面にも書き出し画像にも豆腐（□）が出ない', () => {
  const session = workbenchSession();

  it('draws two different kanji as two different glyphs on the page, each unlike the missing-glyph box', async () => {
    const { page } = session.tb;
    await session.tb.screenshot('fonts-01-start');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontFamily)).toMatch(/^"?Noto Sans JP"?,/);
    await page.evaluate(
      ([chars]) => {
        const probe = document.createElement('div');
        probe.dataset.testid = 'glyph-probe';
        probe.style.cssText = 'position:fixed;left:0;top:0;z-index:99999;background:#fff;color:#000;font-size:48px;line-height:64px';
        for (const c of chars) {
          const cell = document.createElement('span');
          cell.textContent = c;
          cell.style.cssText = 'display:inline-block;width:64px;height:64px;text-align:center';
          probe.append(cell);
        }
        document.body.append(probe);
      },
      [[...KANJI, NO_GLYPH]] as const,
    );
    // The web font's subsets load on first use; the screenshot waits for them, not for time.
    await page.evaluate(async (text) => {
      await document.fonts.load('48px "Noto Sans JP"', text);
      await document.fonts.ready;
    }, KANJI.join(''));
    expect(await page.evaluate((text) => document.fonts.check('48px "Noto Sans JP"', text), KANJI.join(''))).toBe(true);
    mkdirSync(OUT_DIR, { recursive: true });
    const cells = page.locator('[data-testid="glyph-probe"] span');
    const shots = await Promise.all([0, 1, 2].map((i) => cells.nth(i).screenshot({ path: path.join(OUT_DIR, `page-glyph-${i}.png`) })));
    const kanji = await comparePngs(page, shots[0], shots[1]);
    expect(kanji.inkA).toBeGreaterThan(80);
    expect(kanji.inkB).toBeGreaterThan(80);
    expect(kanji.differing, '札 and 幌 drawn alike: boxes instead of glyphs').toBeGreaterThan(200);
    expect((await comparePngs(page, shots[0], shots[2])).differing, '札 drawn as the missing-glyph box').toBeGreaterThan(200);
    await page.evaluate(() => document.querySelector('[data-testid="glyph-probe"]')?.remove());
  });

  it('exports a chart PNG whose kanji title is drawn as glyphs (the PNG is rasterised from an <img>, which sees no web font)', async () => {
    const { page } = session.tb;
    await openRoom(page, 'charts');
    await page.click('[data-testid="preset-custom"]');
    await page.fill('[data-testid="chart-sql"]', PER_PREFECTURE_SQL);
    await page.press('[data-testid="chart-sql"]', 'Control+Enter');
    // The builder resets the title when the result arrives: wait until this result is drawn before typing one.
    await expect.poll(() => page.locator('[data-testid="chart-status"]').getAttribute('data-plotted')).toBe(String(perPrefecture.length));
    await expect.poll(() => page.locator('[data-testid="chart-plot"] .xaxislayer-above .xtick text').allTextContents()).toEqual(perPrefecture.map((r) => r.prefecture));
    const exportWithTitle = async (title: string, name: string): Promise<Buffer> => {
      await page.fill('[data-testid="edit-title"]', title);
      await expect.poll(() => page.locator('[data-testid="chart-plot"] .gtitle').textContent()).toBe(title);
      await page.waitForSelector('[data-testid="chart-plot"][data-drawn="yes"]');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-png"]')]);
      const file = path.join(OUT_DIR, name);
      await download.saveAs(file);
      return readFileSync(file);
    };
    const first = await exportWithTitle(KANJI[0], 'export-title-0.png');
    const second = await exportWithTitle(KANJI[1], 'export-title-1.png');
    const missing = await exportWithTitle(NO_GLYPH, 'export-title-none.png');
    await session.tb.screenshot('fonts-02-chart');
    // Everything but the one-character title is the same chart: only a drawn glyph can make them differ.
    expect((await comparePngs(page, first, second)).differing, '札 and 幌 exported alike: boxes instead of glyphs').toBeGreaterThan(200);
    expect((await comparePngs(page, first, missing)).differing, '札 exported as the missing-glyph box').toBeGreaterThan(200);
  });
});

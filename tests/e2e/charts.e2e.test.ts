import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitTrendLine } from '../../renderer/charts/trendLine';
import { PROGRAM_SHARE_SQL } from '../../renderer/charts/presets';
import { expectedRows } from './support/expected';
import { PROJECT_ROOT } from './support/webServer';
import { openRoom, runSql } from './support/workbench';
import { workbenchSession } from './support/session';

const EXPORT_DIR = path.join(PROJECT_ROOT, 'test-output', 'charts');

// Computed in Node from the same corpus and engine build: what the chart must show.
const attainment = await expectedRows(`SELECT e.entity_id, a.ratio, e.aging_rate FROM entity_attainment a JOIN entities e USING (corpus, entity_id) WHERE a.ratio IS NOT NULL`);
const attainmentPoints = attainment.filter((r) => r.aging_rate !== null);

const AGING_WELFARE_SQL = `SELECT e.corpus, e.entity_id, e.prefecture, e.municipality, e.aging_rate, e.welfare_rate_permille, e.population,
  CASE WHEN e.runs_prefectural THEN '都道府県事業' WHEN e.runs_chiiki AND e.runs_takikan THEN '両方'
       WHEN e.runs_chiiki THEN '地域力のみ' WHEN e.runs_takikan THEN '多機関のみ' ELSE 'なし' END AS program_group,
  e.line_start, e.line_end
FROM entities e ORDER BY e.line_start`;
const agingWelfare = await expectedRows(AGING_WELFARE_SQL);
const agingWelfarePoints = agingWelfare.filter((r) => r.aging_rate !== null && r.welfare_rate_permille !== null);
const shares = await expectedRows(PROGRAM_SHARE_SQL);

/** Markers Plotly drew as SVG paths (the dashed trend line has none). */
async function drawnPoints(page: Page): Promise<number> {
  return page.locator('[data-testid="chart-plot"] .scatterlayer .trace path.point').count();
}

async function waitForChart(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="chart-plot"][data-drawn="yes"]', { timeout: 60_000 });
}

/** Plotly's hover label text after moving onto the marker with this record label. */
async function hoverRecord(page: Page, record: string): Promise<string> {
  const index = await page.evaluate((label) => {
    const points = [...document.querySelectorAll('[data-testid="chart-plot"] .scatterlayer .trace path.point')];
    const plot = document.querySelector('[data-testid="chart-plot"]') as HTMLElement & { _fullData: { text?: string[] }[] };
    const texts = plot._fullData.filter((t) => Array.isArray(t.text)).flatMap((t) => t.text as string[]);
    return { found: texts.findIndex((t) => t.startsWith(`<b>${label}</b>`)), total: points.length };
  }, record);
  expect(index.found, `${record} among ${index.total} points`).toBeGreaterThanOrEqual(0);
  const point = page.locator('[data-testid="chart-plot"] .scatterlayer .trace path.point').nth(index.found);
  await point.hover({ force: true });
  const label = page.locator('[data-testid="chart-plot"] .hoverlayer .hovertext');
  await label.first().waitFor({ timeout: 5_000 });
  return label.first().textContent().then((t) => t ?? '');
}

/** Category labels of the vertical axis as a reader sees them, top to bottom. */
async function ticksTopDown(page: Page): Promise<string[]> {
  const ticks = page.locator('[data-testid="chart-plot"] .yaxislayer-above .ytick text');
  const items = await ticks.evaluateAll((nodes) => nodes.map((n) => ({ text: n.textContent ?? '', y: n.getBoundingClientRect().top })));
  return items.sort((a, b) => a.y - b.y).map((i) => i.text);
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// Journey 2: the evaluator asks whether attainment depends on ageing, checks a record at its source, exports the chart.
describe('評価担当: グラフで比べて、元の行まで辿り、画像で持ち出す', () => {
  const session = workbenchSession({ viewport: { width: 1500, height: 950 }, clipboard: true });

  beforeAll(() => {
    mkdirSync(EXPORT_DIR, { recursive: true });
  });

  it('opens 達成率 × 高齢化率 in one click from the start screen, Plotly loaded only then', async () => {
    const { page } = session.tb;
    const plotlyBefore = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('plotlyBundle')).length);
    expect(plotlyBefore, 'Plotly is off the startup path').toBe(0);
    await openRoom(page, 'charts');
    await waitForChart(page);
    await expect.poll(() => page.locator('[data-testid="chart-status"]').getAttribute('data-plotted')).toBe(String(attainmentPoints.length));
    expect(await drawnPoints(page)).toBe(attainmentPoints.length);
    expect(await page.locator('[data-testid="preset-attainment-aging"]').getAttribute('class')).toContain('active');
    const plotlyAfter = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /plotlyBundle-[^/]*\.js$/.test(e.name)).length);
    expect(plotlyAfter).toBe(1);
    await session.tb.screenshot('charts-attainment-aging');
  });

  it.skipIf(attainmentPoints.length < 2)(
    `attainment vs aging: one point per record with a ratio (${attainmentPoints.length}), trend line r as computed in Node`,
    async () => {
      const { page } = session.tb;
      const fit = fitTrendLine(attainmentPoints.map((r) => r.aging_rate as number), attainmentPoints.map((r) => r.ratio as number))!;
      await expect.poll(() => page.locator('[data-testid="chart-status"]').textContent()).toContain(`r = ${fit.r.toFixed(3)}`);
      const legend = await page.locator('[data-testid="chart-plot"] .legend .legendtext').allTextContents();
      expect(legend).toContain('回帰直線');
      await expect.poll(() => page.locator('[data-testid="chart-plot"] .annotation-text').allTextContents()).toContain('目標どおり (1)');

      // The lowest point: hover names it and its ratio; a click lists its target/result pairs in the report's words.
      const lowest = [...attainmentPoints].sort((a, b) => (a.ratio as number) - (b.ratio as number))[0];
      const entity = await expectedRows(`SELECT prefecture, municipality, line_start FROM entities WHERE entity_id = '${lowest.entity_id as string}'`);
      const label = entity[0].municipality ? `${entity[0].prefecture as string} ${entity[0].municipality as string}` : (entity[0].prefecture as string);
      const hover = await hoverRecord(page, label);
      expect(hover).toContain(`達成率: ${(lowest.ratio as number).toLocaleString('ja-JP', { maximumFractionDigits: 3 })}`);
      const pairs = await expectedRows(
        `SELECT a.indicator, a.target, a.result, a.target_line, a.result_line, t.text AS target_text FROM attainment a JOIN lines t ON t.corpus = a.corpus AND t.line_no = a.target_line WHERE a.entity_id = '${lowest.entity_id as string}' ORDER BY a.target_line`,
      );
      const index = await page.evaluate((l) => {
        const plot = document.querySelector('[data-testid="chart-plot"]') as HTMLElement & { _fullData: { text?: string[] }[] };
        return plot._fullData.filter((t) => Array.isArray(t.text)).flatMap((t) => t.text as string[]).findIndex((t) => t.startsWith(`<b>${l}</b>`));
      }, label);
      await page.locator('[data-testid="chart-plot"] .scatterlayer .trace path.point').nth(index).click({ force: true });
      await expect.poll(() => page.locator('[data-testid="mark-row"]').count()).toBe(pairs.length);
      await expect.poll(() => page.locator('[data-testid="mark-rows"]').textContent()).toContain(pairs[0].indicator as string);
      const targetButton = page.locator('[data-testid="mark-row"]').first().locator('button', { hasText: `目標 ${(pairs[0].target_line as number).toLocaleString('ja-JP')} 行` });
      await targetButton.click();
      const viewer = page.locator('[data-testid="source-viewer"]');
      await viewer.waitFor();
      await expect.poll(() => viewer.locator('li.cited').allTextContents()).toEqual([expect.stringContaining(pairs[0].target_text as string)]);
      await session.tb.screenshot('charts-attainment-drill-source');
      await page.keyboard.press('Escape');
      await expect.poll(() => viewer.count()).toBe(0);

      // The committee's copy: PNG with its Japanese labels (looked at: test-output/charts/attainment-aging.png).
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-png"]')]);
      expect(download.suggestedFilename()).toBe('達成率×高齢化率.png');
      const pngPath = path.join(EXPORT_DIR, 'attainment-aging.png');
      await download.saveAs(pngPath);
      const png = readFileSync(pngPath);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(png.length).toBeGreaterThan(30_000);
    },
  );

  it('draws every kind it offers as that Plotly trace type (an unregistered type would fall back to scatter)', async () => {
    const { page } = session.tb;
    await page.click('[data-testid="preset-custom"]');
    await page.fill('[data-testid="chart-sql"]', AGING_WELFARE_SQL);
    await page.press('[data-testid="chart-sql"]', 'Control+Enter');
    await page.waitForSelector('[data-testid="chart-builder"]');
    const cases: { kind: string; picks: Record<string, string>; types: string; layer: string }[] = [
      { kind: 'scatter', picks: { x: 'aging_rate', y: 'welfare_rate_permille' }, types: 'scatter', layer: '.scatterlayer path.point' },
      { kind: 'line', picks: { x: 'aging_rate', y: 'welfare_rate_permille' }, types: 'scatter', layer: '.scatterlayer path.js-line' },
      { kind: 'bar', picks: { x: 'prefecture', y: 'population' }, types: 'bar', layer: '.barlayer path' },
      { kind: 'box', picks: { x: 'program_group', y: 'aging_rate' }, types: 'box', layer: '.boxlayer path.box' },
      { kind: 'histogram', picks: { x: 'aging_rate' }, types: 'histogram', layer: '.barlayer path' },
      { kind: 'heatmap', picks: { x: 'prefecture', y: 'program_group', z: 'aging_rate' }, types: 'heatmap', layer: '.heatmaplayer image' },
    ];
    for (const c of cases) {
      await page.selectOption('[data-testid="pick-kind"]', c.kind);
      for (const [role, column] of Object.entries(c.picks)) await page.selectOption(`[data-testid="pick-${role}"]`, column);
      await expect.poll(() => page.locator('[data-testid="chart-plot"]').getAttribute('data-traces')).toBe(c.types);
      await expect.poll(() => page.locator(`[data-testid="chart-plot"] ${c.layer}`).count(), { message: c.kind }).toBeGreaterThan(0);
      const drawn = await page.evaluate(() => (document.querySelector('[data-testid="chart-plot"]') as HTMLElement & { _fullData: { type: string }[] })._fullData.map((t) => t.type).join(','));
      expect(drawn, c.kind).toBe(c.types);
      if (c.kind === 'heatmap') await session.tb.screenshot('charts-kind-heatmap');
      if (c.kind === 'box') await session.tb.screenshot('charts-kind-box');
    }
    // More than 5,000 points: WebGL.
    await page.fill('[data-testid="chart-sql"]', 'SELECT i AS x, (i * 37) % 1000 AS y FROM range(6000) t(i)');
    await page.press('[data-testid="chart-sql"]', 'Control+Enter');
    await expect.poll(() => page.locator('.chart-query-bar').textContent()).toContain('6,000');
    await page.selectOption('[data-testid="pick-kind"]', 'scatter');
    await expect.poll(() => page.locator('[data-testid="chart-status"]').getAttribute('data-plotted')).toBe('6000');
    await expect.poll(() => page.locator('[data-testid="chart-plot"]').getAttribute('data-traces')).toBe('scattergl');
    await expect.poll(() => page.evaluate(() => (document.querySelector('[data-testid="chart-plot"]') as HTMLElement & { _fullData: { type: string }[] })._fullData.map((t) => t.type).join(','))).toBe('scattergl');
    await expect.poll(() => page.locator('[data-testid="chart-plot"] canvas.gl-canvas-context').count()).toBeGreaterThan(0);
    await session.tb.screenshot('charts-kind-scattergl');
  });

  it('builds 生活保護受給率 × 高齢化率 from SQL: every record with both values is a point, coloured, sized, with r', async () => {
    const { page } = session.tb;
    await page.click('[data-testid="preset-custom"]');
    await page.fill('[data-testid="chart-sql"]', AGING_WELFARE_SQL);
    await page.press('[data-testid="chart-sql"]', 'Control+Enter');
    await page.waitForSelector('[data-testid="chart-builder"]');
    await page.selectOption('[data-testid="pick-kind"]', 'scatter');
    await page.selectOption('[data-testid="pick-x"]', 'aging_rate');
    await page.selectOption('[data-testid="pick-y"]', 'welfare_rate_permille');
    await page.selectOption('[data-testid="pick-color"]', 'program_group');
    await page.selectOption('[data-testid="pick-size"]', 'population');
    await page.check('[data-testid="trend"]');
    await waitForChart(page);

    const status = page.locator('[data-testid="chart-status"]');
    await expect.poll(() => status.getAttribute('data-plotted')).toBe(String(agingWelfarePoints.length));
    expect(await status.getAttribute('data-dropped')).toBe(String(agingWelfare.length - agingWelfarePoints.length));
    await expect.poll(() => drawnPoints(page)).toBe(agingWelfarePoints.length);
    const fit = fitTrendLine(agingWelfarePoints.map((r) => r.aging_rate as number), agingWelfarePoints.map((r) => r.welfare_rate_permille as number))!;
    await expect.poll(() => status.textContent()).toContain(`r = ${fit.r.toFixed(3)}`);
    await expect.poll(() => page.locator('[data-testid="chart-plot"] .annotation-text').filter({ hasText: `r = ${fit.r.toFixed(3)} (n = ${fit.n})` }).count()).toBe(1);

    // One trace per program group, in the legend under 実施事業.
    const groups = [...new Set(agingWelfarePoints.map((r) => r.program_group as string))];
    const legend = await page.locator('[data-testid="chart-plot"] .legend .legendtext').allTextContents();
    expect(legend.sort()).toEqual([...groups, '回帰直線'].sort());

    // Hover names the record the Japanese way.
    const sapporo = agingWelfare.find((r) => r.entity_id === '北海道 札幌市')!;
    const hover = await hoverRecord(page, '北海道 札幌市');
    expect(hover).toContain('北海道 札幌市');
    expect(hover).toContain(`高齢化率: ${(sapporo.aging_rate as number).toLocaleString('ja-JP')}%`);
    expect(hover).toContain(`人口: ${(sapporo.population as number).toLocaleString('ja-JP')}人`);
    await session.tb.screenshot('charts-aging-welfare-hover');
  });

  it('clicking a point lists the row behind it and opens its source lines', async () => {
    const { page } = session.tb;
    const kyogoku = agingWelfare.find((r) => r.entity_id === '北海道 京極町')!;
    const found = await page.evaluate(() => {
      const plot = document.querySelector('[data-testid="chart-plot"]') as HTMLElement & { _fullData: { text?: string[] }[] };
      return plot._fullData.filter((t) => Array.isArray(t.text)).flatMap((t) => t.text as string[]).findIndex((t) => t.startsWith('<b>北海道 京極町</b>'));
    });
    await page.locator('[data-testid="chart-plot"] .scatterlayer .trace path.point').nth(found).click({ force: true });
    const rows = page.locator('[data-testid="mark-row"]');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain('北海道 京極町');
    await page.click('[data-testid="mark-row"] [data-testid="mark-source"]');
    const viewer = page.locator('[data-testid="source-viewer"]');
    await viewer.waitFor();
    await expect.poll(() => viewer.locator('[data-testid="source-heading"]').textContent()).toBe('北海道 京極町');
    await expect.poll(() => viewer.locator(`li.cited[data-line="${kyogoku.line_start}"]`).count()).toBe(1);
    await expect.poll(() => viewer.locator('li.cited').count()).toBe((kyogoku.line_end as number) - (kyogoku.line_start as number) + 1);
    await session.tb.screenshot('charts-point-source');
    await page.keyboard.press('Escape');
    await expect.poll(() => viewer.count()).toBe(0);
  });

  it('exports PNG and SVG with the Japanese font embedded, and copies the PNG to the clipboard', async () => {
    const { page } = session.tb;
    await page.fill('[data-testid="edit-title"]', '生活保護受給率 × 高齢化率（全記録）');
    await expect.poll(() => page.locator('[data-testid="chart-plot"] .gtitle').textContent()).toBe('生活保護受給率 × 高齢化率（全記録）');

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-svg"]')]);
    expect(svgDownload.suggestedFilename()).toBe('生活保護受給率×高齢化率（全記録）.svg');
    const svgPath = path.join(EXPORT_DIR, 'aging-welfare.svg');
    await svgDownload.saveAs(svgPath);
    const svg = readFileSync(svgPath, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('生活保護受給率 × 高齢化率（全記録）');
    expect(svg).toContain('@font-face');
    expect(svg).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\)/);
    expect((svg.match(/class="point"/g) ?? []).length).toBe(agingWelfarePoints.length);

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-png"]')]);
    expect(pngDownload.suggestedFilename()).toBe('生活保護受給率×高齢化率（全記録）.png');
    const pngPath = path.join(EXPORT_DIR, 'aging-welfare.png');
    await pngDownload.saveAs(pngPath);
    const png = readFileSync(pngPath);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const plotBox = (await page.locator('[data-testid="chart-plot"]').boundingBox())!;
    expect(pngSize(png)).toEqual({ width: Math.round(Math.max(640, Math.floor(plotBox.width)) * 2), height: Math.round(Math.max(420, Math.floor(plotBox.height)) * 2) });
    expect(png.length).toBeGreaterThan(30_000);

    // The rasteriser really uses the embedded font: with every family but the embedded one removed, the PNG
    // with the @font-face differs from the one without (which falls back to DejaVu for Latin on this machine).
    const differs = await page.evaluate(async (text) => {
      const only = text.replace(/font-family:[^;"]*/g, "font-family: 'Noto Sans JP'");
      const bare = only.replace(/<defs><style type="text\/css"><!\[CDATA\[[\s\S]*?\]\]><\/style><\/defs>/, '');
      const draw = async (svgText: string) => {
        const img = new Image();
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
        await img.decode();
        await new Promise((r) => setTimeout(r, 100));
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const [a, b] = [await draw(only), await draw(bare)];
      let changed = 0;
      for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) changed++;
      return { changed, removed: only.length - bare.length };
    }, svg);
    expect(differs.removed).toBeGreaterThan(10_000);
    expect(differs.changed).toBeGreaterThan(500);

    await page.click('[data-testid="copy-png"]');
    await expect.poll(() => page.locator('[data-testid="chart-export"]').getAttribute('data-state')).toBe('done');
    const clip = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const blob = await items[0].getType('image/png');
      return { types: items[0].types, bytes: [...new Uint8Array(await blob.slice(0, 8).arrayBuffer())], size: blob.size };
    });
    expect(clip.types).toContain('image/png');
    expect(Buffer.from(clip.bytes).equals(PNG_SIGNATURE)).toBe(true);
    expect(clip.size).toBeGreaterThan(30_000);
    writeFileSync(path.join(EXPORT_DIR, 'README.txt'), 'Exports written by tests/e2e/charts.e2e.test.ts; open them to check the Japanese labels.\n');
  });

  it('compares prefectures: grouped bars of the share running each program, a bar lists its records', async () => {
    const { page } = session.tb;
    await page.click('[data-testid="preset-program-share"]');
    await waitForChart(page);
    const prefectures = [...new Set(shares.map((r) => r.prefecture as string))];
    await expect.poll(() => page.locator('[data-testid="chart-status"]').getAttribute('data-plotted')).toBe(String(shares.length));
    expect(await page.locator('[data-testid="chart-plot"] .barlayer .trace').count()).toBe(3);
    expect(await page.locator('[data-testid="chart-plot"] .barlayer .trace').first().locator('path').count()).toBe(prefectures.length);
    const ticks = await page.locator('[data-testid="chart-plot"] .xaxislayer-above .xtick text').allTextContents();
    expect(ticks).toEqual(prefectures);

    // The first prefecture's 多機関協働事業 bar: its records, as many as the share says.
    const row = shares.find((r) => r.prefecture === prefectures[0] && r.program === '多機関協働事業')!;
    await page.locator('[data-testid="chart-plot"] .barlayer .trace').nth(1).locator('path').first().click({ force: true });
    await expect.poll(() => page.locator('[data-testid="mark-row"]').count()).toBe(row.running as number);
    const names = await expectedRows(`SELECT municipality FROM entities WHERE prefecture = '${row.prefecture as string}' AND runs_takikan ORDER BY line_start`);
    for (const n of names) if (n.municipality) await expect.poll(() => page.locator('[data-testid="mark-rows"]').textContent()).toContain(n.municipality as string);
    await session.tb.screenshot('charts-program-share');
  });

  it('shows a SQL error with DuckDB’s message and keeps the last chart', async () => {
    const { page } = session.tb;
    const plotted = await page.locator('[data-testid="chart-status"]').getAttribute('data-plotted');
    await page.click('[data-testid="preset-custom"]');
    await page.fill('[data-testid="chart-sql"]', 'SELECT aging_rate FROM entitiez');
    await page.press('[data-testid="chart-sql"]', 'Control+Enter');
    await expect.poll(() => page.locator('[data-testid="chart-error"]').textContent()).toContain('entitiez');
    expect(await page.locator('[data-testid="chart-plot"] .barlayer .trace').count()).toBe(3);
    expect(await page.locator('[data-testid="chart-status"]').getAttribute('data-plotted')).toBe(plotted);
    await session.tb.screenshot('charts-sql-error');
    // Back to the comparison: the error goes, the same chart returns.
    await page.click('[data-testid="preset-program-share"]');
    await expect.poll(() => page.locator('[data-testid="chart-status"]').getAttribute('data-plotted')).toBe(plotted);
    expect(await page.locator('[data-testid="chart-error"]').count()).toBe(0);
  });

  it('takes a result handed over from the SQL room and suggests a chart for it', async () => {
    const { page } = session.tb;
    await openRoom(page, 'sql');
    expect(await runSql(page, 'SELECT prefecture, count(*) AS records FROM entities GROUP BY prefecture ORDER BY records DESC, prefecture')).toBe('done');
    await page.click('[data-testid="open-in-charts"]');
    await page.waitForSelector('[data-room-panel="charts"]:not([hidden])');
    await waitForChart(page);
    const expected = await expectedRows('SELECT prefecture, count(*) AS records FROM entities GROUP BY prefecture ORDER BY records DESC, prefecture');
    expect(await page.locator('[data-testid="pick-kind"]').inputValue()).toBe('bar');
    await expect.poll(() => page.locator('[data-testid="chart-status"]').getAttribute('data-plotted')).toBe(String(expected.length));
    const ticks = await page.locator('[data-testid="chart-plot"] .xaxislayer-above .xtick text').allTextContents();
    expect(ticks).toEqual(expected.map((r) => r.prefecture));
    await page.check('[data-testid="bar-horizontal"]');
    await waitForChart(page);
    await expect.poll(() => ticksTopDown(page)).toEqual(expected.map((r) => r.prefecture));
    await session.tb.screenshot('charts-handoff-horizontal');
    expect(session.tb.consoleErrors).toEqual([]);
  });

  it('in English, the chart speaks English too: presets, regression line, target line and axes', async () => {
    const { page } = session.tb;
    await page.click('.lang-switch');
    try {
      await expect(page.locator('[data-testid="preset-attainment-aging"]').innerText()).resolves.toBe('Attainment × aging rate');
      await page.click('[data-testid="preset-attainment-aging"]');
      await waitForChart(page);
      const plot = page.locator('[data-room-panel="charts"] [data-testid="chart-plot"]');
      await expect.poll(() => plot.locator('.legendtext').allTextContents()).toContain('Regression line');
      await expect.poll(() => plot.locator('.annotation-text').allTextContents()).toContain('On target (1)');
      await expect.poll(() => plot.locator('.g-xtitle').textContent()).toBe('Aging rate (%)');
      await expect(plot.locator('.gtitle').textContent()).resolves.toBe('Attainment × aging rate');
      await session.tb.screenshot('charts-english');
    } finally {
      await page.click('.lang-switch');
    }
    await expect(page.locator('[data-testid="preset-attainment-aging"]').innerText()).resolves.toBe('達成率 × 高齢化率');
  });
});

import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleNotebook } from '../notebooks/sampleNotebook';
import { openRoom, readGrid, runSql } from './support/workbench';
import { workbenchSession } from './support/session';

const SAPPORO = "SELECT population FROM entities WHERE municipality = '札幌市'";
const SMUGGLING_SQL = "SELECT E'\\'' AS a; CREATE OR REPLACE TABLE entities AS SELECT * REPLACE (population*10 AS population) FROM entities; SELECT '1'";

/** What a colleague's notebook could carry if it meant harm: a clobbering, script-laden note and a smuggling SQL cell. */
function receivedNotebook() {
  const nb = sampleNotebook();
  return {
    ...nb,
    metadata: { ...nb.metadata, title: '同僚から届いたノート' },
    cells: [
      { id: 'note', kind: 'markdown', source: '# 届いたノート\n\n<p id="kyosei">ここに API があったら</p>\n\n<img src=x onload=1 onerror="window.__pwned = 1">\n\n[地図](https://example.com/track.png)' },
      { id: 'smuggle', kind: 'sql', name: 'smuggle', source: SMUGGLING_SQL },
    ],
  };
}

async function sapporoPopulation(page: Page): Promise<string> {
  await openRoom(page, 'sql');
  const outcome = await runSql(page, SAPPORO);
  if (outcome !== 'done') throw new Error(`${SAPPORO}: ${outcome}: ${await page.locator('[data-testid="sql-error"]').innerText().catch(() => '')}`);
  const grid = await readGrid(page);
  return grid.rows[0][grid.headers.indexOf('population')];
}

// Journey 3, the end: a colleague sends her a notebook back. Opening it runs nothing until she asks, and nothing it
// contains can change her data or touch her disk.
describe('自治体職員: 同僚から届いたノートブックを開く', () => {
  const session = workbenchSession();

  beforeAll(() => {
    // What she saved from her mail into the workbench's notebooks folder.
    const dir = path.join(session.server.dataDir, 'notebooks');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, '届いたノート.kynb.json'), JSON.stringify(receivedNotebook(), null, 2));
  });

  it('opens it without running anything; its note shows no script and names nothing after the app', async () => {
    const { page } = session.tb;
    await openRoom(page, 'notebook');
    await page.click('[data-action="open"]');
    await page.click('[data-testid="saved-list"] [data-ref="届いたノート"]');
    await expect.poll(() => page.locator('[data-field="title"]').inputValue()).toBe('同僚から届いたノート');
    const states = await page.locator('[data-cell-kind] [data-state]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
    expect(states).toEqual(['not-run']);
    const note = page.locator('[data-cell-kind="markdown"]');
    await expect(note.locator('h1').innerText()).resolves.toBe('届いたノート');
    expect(await note.locator('[onerror], [onload], script, #kyosei, [href^="http"], img[src^="http"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { kyosei?: unknown }).kyosei instanceof Element)).toBe(false);
    await session.tb.screenshot('received-01-opened-nothing-run');
  });

  it('runs all: the smuggled statement is refused, and 札幌市 still has 1,966,735 people', async () => {
    const { page } = session.tb;
    await page.click('[data-action="run-all"]');
    const status = page.locator('[data-testid="notebook-status"]');
    await expect.poll(() => status.innerText().catch(() => '')).toMatch(/エラー/);
    await expect(page.locator('[data-cell-kind="sql"]').innerText()).resolves.toContain('1つだけ書けます');
    await session.tb.screenshot('received-02-smuggling-refused');
    expect(await sapporoPopulation(page)).toBe('1,966,735');
  });

  it('still saves under a new name: the note could not take the app’s API away', async () => {
    const { page } = session.tb;
    await openRoom(page, 'notebook');
    await page.click('[data-action="save-as"]');
    await page.fill('[data-field="save-as-name"]', '届いたノート 確認済み');
    await page.click('[data-action="confirm-save-as"]');
    await expect.poll(() => page.locator('[data-testid="notebook-status"]').innerText()).toBe('「届いたノート 確認済み」に保存しました');
    expect(existsSync(path.join(session.server.dataDir, 'notebooks', '届いたノート 確認済み.kynb.json'))).toBe(true);
  });

  it('the engine reads no file, even from the SQL room', async () => {
    const { page } = session.tb;
    await openRoom(page, 'sql');
    expect(await runSql(page, "SELECT * FROM read_csv('/etc/passwd')")).toBe('error');
    await expect(page.locator('[data-testid="sql-error"]').innerText()).resolves.toMatch(/disabled by configuration/);
  });

  it('a corpus table she changed by hand comes back with コーパスを元に戻す, without a restart', async () => {
    const { page } = session.tb;
    await openRoom(page, 'sql');
    expect(await runSql(page, 'CREATE OR REPLACE TABLE entities AS SELECT * REPLACE (population * 10 AS population) FROM entities')).toBe('done');
    expect(await sapporoPopulation(page)).toBe('19,667,350');
    const restore = page.locator('.corpus-restore');
    const before = Number(await restore.getAttribute('data-restores'));
    await restore.locator('button').click();
    await expect.poll(() => restore.getAttribute('data-restores').then(Number)).toBe(before + 1);
    expect(await sapporoPopulation(page)).toBe('1,966,735');
    await session.tb.screenshot('received-03-corpus-restored');
  });

  it('opens it straight from where her mail saved it, picked or dropped: unsaved, checked, nothing run', async () => {
    const { page } = session.tb;
    const downloads = mkdtempSync(path.join(tmpdir(), 'kyosei-downloads-'));
    const picked = path.join(downloads, '同僚のノート.kynb.json');
    writeFileSync(picked, JSON.stringify(receivedNotebook(), null, 2));
    const savedBefore = readdirSync(path.join(session.server.dataDir, 'notebooks')).sort();
    await openRoom(page, 'notebook');
    await page.click('[data-action="open"]');
    await page.locator('[data-testid="open-notebook-file"]').setInputFiles(picked);
    await expect.poll(() => page.locator('[data-testid="notebook-status"]').innerText().catch(() => '')).toContain('「同僚のノート.kynb.json」を開きました');
    await expect(page.locator('[data-field="title"]').inputValue()).resolves.toBe('同僚から届いたノート');
    await expect(page.locator('.notebook-room').getAttribute('data-dirty')).resolves.toBe('true');
    const states = await page.locator('[data-cell-kind] [data-state]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
    expect(states).toEqual(['not-run']);
    expect(await page.locator('[data-cell-kind="markdown"] [onerror], [data-cell-kind="markdown"] #kyosei').count()).toBe(0);
    await session.tb.screenshot('received-04-picked-from-disk');

    // A second version dropped on the room replaces it once she agrees to leave the unsaved one.
    const second = JSON.stringify({ ...receivedNotebook(), metadata: { ...receivedNotebook().metadata, title: '同僚から届いたノート 第2版' } });
    page.once('dialog', (d) => void d.accept());
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], '第2版.kynb.json', { type: 'application/json' }));
      const room = document.querySelector('.notebook-room')!;
      room.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      room.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, second);
    await expect.poll(() => page.locator('[data-field="title"]').inputValue()).toBe('同僚から届いたノート 第2版');

    // A file that is not a notebook is refused by name, and the open one stays.
    await page.click('[data-action="open"]');
    const notNotebook = path.join(downloads, 'package.json');
    writeFileSync(notNotebook, '{"name": "x"}');
    page.once('dialog', (d) => void d.accept());
    await page.locator('[data-testid="open-notebook-file"]').setInputFiles(notNotebook);
    await expect.poll(() => page.locator('[data-testid="notebook-status"]').innerText().catch(() => '')).toContain('「package.json」は共生ワークベンチのノートブックではありません');
    await expect(page.locator('[data-field="title"]').inputValue()).resolves.toBe('同僚から届いたノート 第2版');
    expect(readdirSync(path.join(session.server.dataDir, 'notebooks')).sort()).toEqual(savedBefore);
  });
});

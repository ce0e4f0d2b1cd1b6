import { fold } from './text.js';
import type { ProgramName } from './types.js';

/**
 * Documents a writer attached after the results (調布市: 別紙1, a plan dated 平成30年4月1日, and 別紙2, a meeting's
 * report dated 平成31年3月8日). Each opens with a letterhead: a date alone on its line, then the issuing offices. What
 * follows is labelled 別紙. It stays under the results' last program heading, except where it names an item of another
 * program by the title the form gives it ("アー (ア) 地域住民の参加を促す活動を行う者に対する支援" is 地域力強化推進事業's):
 * from there on it is that program's, until the next attachment's letterhead.
 */
export const ATTACHMENT_LABEL = '別紙';

const LETTERHEAD_DATE = /^(?:平成|令和|昭和)\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/** A line that is only a date: the letterhead of an attached document. */
export function opensAttachment(cells: readonly string[]): boolean {
  return cells.length === 1 && LETTERHEAD_DATE.test(fold(cells[0]).trim());
}

/** A title shorter than this ("その他") names no one item. */
const TITLE_MIN = 10;

/** The program whose item title the text repeats, or null (none, or titles of two programs). */
export function programByTitle(text: string, titles: ReadonlyMap<string, ProgramName | null>): ProgramName | null {
  let found: ProgramName | null = null;
  for (const [title, program] of titles) {
    if (title.length < TITLE_MIN || program === null || !text.includes(title)) continue;
    if (found && found !== program) return null;
    found = program;
  }
  return found;
}

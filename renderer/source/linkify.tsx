import type { ReactNode } from 'react';

const URL_PATTERN = /https?:\/\/[^\s<>"'（）「」、。]+/g;

/** Corpus text with its http(s) URLs as links; Electron opens them in the system browser, never in the app. */
export function linkify(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_PATTERN)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(
      <a key={at} href={m[0]} target="_blank" rel="noopener noreferrer">
        {m[0]}
      </a>,
    );
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

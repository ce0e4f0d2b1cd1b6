import DOMPurify, { type Config } from 'dompurify';
import { marked, type Token } from 'marked';

/**
 * The one rule for a note's Markdown, wherever it is shown: on screen, in the HTML report and in the Markdown export.
 * Nothing in a note may run script, load or submit anything, or name an element after the app's own globals.
 */
const SANITIZE: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'svg',
    'math', 'video', 'audio', 'source', 'track', 'picture', 'map', 'area',
  ],
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'ping', 'cite', 'longdesc'],
  // id="kyosei" would turn window.kyosei into an element: every id and name gets a prefix instead.
  SANITIZE_NAMED_PROPS: true,
};

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** A DOMPurify of our own (not the shared singleton), with the link and image rule as a hook. */
function notePurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const p = DOMPurify(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'IMG' && !/^data:image\/(png|jpeg|gif|webp);/i.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!/^#[\w-]*$/.test(href)) {
        if (href) node.setAttribute('title', href);
        node.removeAttribute('href');
      }
      node.removeAttribute('target');
    }
  });
  purifier = p;
  return p;
}

/** HTML that cannot run script, load anything, submit anything or clobber a global. */
export function sanitizeNoteHtml(html: string): string {
  return notePurifier().sanitize(html, { ...SANITIZE, RETURN_TRUSTED_TYPE: false }) as string;
}

/** Markdown to safe HTML, for the screen and the HTML report. */
export function renderMarkdown(source: string): string {
  return sanitizeNoteHtml(marked.parse(source, { async: false, gfm: true, breaks: false }));
}

/** Whether a token or anything inside it is raw HTML, a link or an image: the parts a viewer could make act. */
function canAct(token: Token): boolean {
  if (token.type === 'html' || token.type === 'link' || token.type === 'image' || token.type === 'def') return true;
  const children: Token[] = [];
  if ('tokens' in token && Array.isArray(token.tokens)) children.push(...token.tokens);
  if (token.type === 'list') for (const item of token.items) children.push(item);
  if (token.type === 'table') {
    for (const cell of token.header) children.push(...cell.tokens);
    for (const row of token.rows) for (const cell of row) children.push(...cell.tokens);
  }
  return children.some(canAct);
}

/**
 * A note for the Markdown export, under the same rule: blocks with no HTML, link or image stay as written; any other
 * block is replaced by its sanitised HTML (which every Markdown viewer shows as it is shown on screen). Reference
 * definitions are dropped: their targets could be fetched.
 */
export function safeMarkdown(source: string): string {
  const blocks = marked.lexer(source, { gfm: true });
  const out: string[] = [];
  for (const block of blocks) {
    if (block.type === 'def') continue;
    if (!canAct(block)) {
      out.push(block.raw);
      continue;
    }
    // On one line: a Markdown viewer ends an HTML block at a blank line and reads what follows as Markdown again.
    const html = renderMarkdown(block.raw).trim().replace(/\r?\n/g, '&#10;');
    out.push(html ? `${html}\n\n` : '');
  }
  return out.join('').trimEnd();
}

import DOMPurify from 'dompurify';
import { marked } from 'marked';

let hooked = false;

/** Links and images may not reach anything outside the note: a notebook from someone else must not phone home. */
function installHooks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'IMG' && !/^data:image\//.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!href.startsWith('#')) {
        if (href) node.setAttribute('title', href);
        node.removeAttribute('href');
      }
    }
  });
}

/** Markdown to HTML that cannot run script, load anything or submit anything. */
export function renderMarkdown(source: string): string {
  installHooks();
  const html = marked.parse(source, { async: false, gfm: true, breaks: false });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'link', 'meta', 'base'],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction'],
  });
}

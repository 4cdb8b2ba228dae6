// Model and document text becomes HTML only through marked and then DOMPurify with a strict allow-list:
// no script, no event handler, no image, no style ever reaches the page.

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'b', 'i', 'del', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a'];
const ALLOWED_ATTR = ['href', 'title'];
let hooked = false;

function purifier() {
  if (!hooked) {
    window.DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer nofollow');
      }
    });
    hooked = true;
  }
  return window.DOMPurify;
}

/**
 * Markdown → a sanitised DocumentFragment; citations [n] become buttons when onCite is given. With topHeading,
 * the text's headings move down so that its h1 becomes that level (a quoted passage's headings then sit below
 * the dialog's own title instead of competing with the page's).
 */
export function renderMarkdown(text, { sourceCount = 0, onCite, topHeading = 1 } = {}) {
  const html = window.marked.parse(text ?? '', { gfm: true, breaks: false, async: false });
  const fragment = purifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/)/i,
    RETURN_DOM_FRAGMENT: true,
  });
  linkCitations(fragment, sourceCount, onCite);
  demoteHeadings(fragment, topHeading - 1);
  return fragment;
}

function demoteHeadings(root, levels) {
  if (levels <= 0) {
    return;
  }
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const demoted = document.createElement(`h${Math.min(6, Number(heading.tagName[1]) + levels)}`);
    demoted.append(...heading.childNodes);
    heading.replaceWith(demoted);
  }
}

function linkCitations(root, sourceCount, onCite) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (/\[\d+\]/.test(node.nodeValue) && !node.parentElement?.closest('code, pre, a')) {
      nodes.push(node);
    }
  }
  for (const node of nodes) {
    const parts = node.nodeValue.split(/(\[\d+\])/);
    const replacement = document.createDocumentFragment();
    for (const part of parts) {
      const match = /^\[(\d+)\]$/.exec(part);
      const n = match ? Number(match[1]) : 0;
      if (match && onCite && n >= 1 && n <= sourceCount) {
        const cite = document.createElement('button');
        cite.type = 'button';
        cite.className = 'cite';
        cite.textContent = n;
        cite.title = `Open source ${n}`;
        cite.setAttribute('aria-label', `Source ${n}`);
        cite.addEventListener('click', () => onCite(n));
        replacement.append(cite);
      } else if (part) {
        replacement.append(document.createTextNode(part));
      }
    }
    node.replaceWith(replacement);
  }
}

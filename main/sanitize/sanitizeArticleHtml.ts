import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import {
  ARTICLE_ALLOWED_ATTR,
  ARTICLE_ALLOWED_TAGS,
  ARTICLE_ALLOWED_URI,
  EXTERNAL_LINK_ATTRS,
} from '../../shared/model/sanitizePolicy';

// One jsdom window for the process: creating one costs tens of milliseconds.
const purify = createDOMPurify(new JSDOM('').window);

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    const href = node.getAttribute('href');
    if (href && !href.startsWith('#')) {
      node.setAttribute('target', EXTERNAL_LINK_ATTRS.target);
      node.setAttribute('rel', EXTERNAL_LINK_ATTRS.rel);
    }
  }
});

/** Article HTML made safe to store: the shared allowlist, external links marked. */
export function sanitizeArticleHtml(html: string): string {
  return purify.sanitize(html, {
    ALLOWED_TAGS: [...ARTICLE_ALLOWED_TAGS],
    ALLOWED_ATTR: [...ARTICLE_ALLOWED_ATTR, 'target', 'rel'],
    ALLOWED_URI_REGEXP: ARTICLE_ALLOWED_URI,
    ALLOW_DATA_ATTR: false,
  });
}

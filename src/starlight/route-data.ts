// Starlight route middleware: runs for every page before it renders.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import escapeHtml from 'escape-html';

/**
 * Starlight writes a head entry's `content` as raw HTML, and the `<title>` entry holds the page's
 * title, which for project and pattern pages comes from files many people write. Escaping it makes
 * a title such as `x</title><script>…` read as text in the tab, as it already does in the `<h1>`.
 */
export const onRequest = defineRouteMiddleware((context) => {
  for (const entry of context.locals.starlightRoute.head) {
    if (entry.tag === 'title' && typeof entry.content === 'string') entry.content = escapeHtml(entry.content);
  }
});

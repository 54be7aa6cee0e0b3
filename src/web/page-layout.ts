/**
 * The page shell every dashboard page shares: navigation, the language switch, the one stylesheet, and no
 * script at all. Everything interpolated goes through `hono/html`, which escapes it.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Viewer } from './i18n.js';
import { t } from './messages.js';

export type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

export type NavKey = 'calendar' | 'alerts' | 'accounts' | 'sources' | 'none';

export function pageLayout(viewer: Viewer, options: { readonly title: string; readonly nav: NavKey; readonly path: string }, body: Markup): Markup {
  const other = viewer.lang === 'ja' ? 'en' : 'ja';
  const navItem = (key: Exclude<NavKey, 'none'>, href: string) =>
    html`<a href="${href}" class="${options.nav === key ? 'current' : ''}"${options.nav === key ? html` aria-current="page"` : ''}>${t(viewer.lang, key)}</a>`;
  return html`<!doctype html>
<html lang="${viewer.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} — ExecRadar</title>
<link rel="stylesheet" href="/static/app.css">
</head>
<body>
<header class="topbar">
<a class="brand" href="/">ExecRadar</a>
<nav>${navItem('calendar', '/calendar')}${navItem('alerts', '/alerts')}${navItem('accounts', '/accounts')}${navItem('sources', '/sources')}</nav>
<a class="lang" href="${withLang(options.path, other)}" hreflang="${other}">${t(viewer.lang, 'language')}</a>
</header>
<main>
${body}
</main>
</body>
</html>`;
}

/** The same page in the other language (the path keeps its query). */
function withLang(path: string, lang: string): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}`;
}

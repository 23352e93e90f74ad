// The page around every page: municipality name, skip link, menu, language switch, footer with the accessibility
// statement.
import type { ComponentChildren } from 'preact';
import { startPageOf } from '../auth/roles.js';
import type { View } from './view.js';

/**
 * The same page in the other language, always on this site: a path that starts with two slashes ("//evil.example",
 * or "/\\evil.example", which URL parsing turns into that) would be a link to another host.
 */
export function languageSwitchHref(view: Pick<View, 'path' | 'lang'>): string {
  const url = new URL(view.path, 'http://nabij.invalid');
  url.searchParams.set('taal', view.lang === 'nl' ? 'en' : 'nl');
  return `${url.pathname.replace(/^\/+/, '/')}${url.search}`;
}

export function Layout({ view, title, children }: { view: View; title: string; children: ComponentChildren }) {
  const { t, user, tenant } = view;
  const signedIn = user?.state === 'actief' ? user : undefined;
  return (
    <html lang={view.lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – Nabij${tenant ? ` ${tenant.name}` : ''}`}</title>
        <link rel="stylesheet" href={view.stylesheetPath} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body class="utrecht-theme utrecht-document utrecht-page-layout">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t.skipLink}
        </a>
        <header class="utrecht-page-header">
          <div class="nabij-container nabij-header">
            <a class="nabij-brand" href="/">
              Nabij{tenant ? <span>{tenant.name}</span> : null}
            </a>
            <nav aria-label={t.mainNav}>
              <ul>
                <li>
                  <a href="/">{t.home}</a>
                </li>
                {signedIn ? (
                  <>
                    <li class="nabij-signed-in">
                      {t.signedInAs} <strong>{signedIn.displayName}</strong>
                    </li>
                    <li>
                      <a href={startPageOf[signedIn.role]}>{t.myStart}</a>
                    </li>
                    <li>
                      <a href="/account">{t.myAccount}</a>
                    </li>
                    <li>
                      <form method="post" action="/uitloggen" class="nabij-inline-form">
                        <input type="hidden" name="_csrf" value={view.csrfToken} />
                        <button type="submit" class="nabij-link-button">
                          {t.signOut}
                        </button>
                      </form>
                    </li>
                  </>
                ) : (
                  <li>
                    <a href="/inloggen">{t.signIn}</a>
                  </li>
                )}
                <li>
                  <a
                    href={languageSwitchHref(view)}
                    hrefLang={view.lang === 'nl' ? 'en' : 'nl'}
                    lang={view.lang === 'nl' ? 'en' : 'nl'}
                  >
                    {t.otherLanguage}
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="inhoud" class="nabij-main" tabIndex={-1}>
          <div class="nabij-container">{children}</div>
        </main>
        <footer class="utrecht-page-footer">
          <div class="nabij-container">
            <p class="utrecht-paragraph">{t.footerAbout}</p>
            <ul class="utrecht-link-list">
              <li class="utrecht-link-list__item">
                <a class="utrecht-link" href="/toegankelijkheid">
                  {t.accessibility}
                </a>
              </li>
              <li class="utrecht-link-list__item">
                <a class="utrecht-link" href="/privacy">
                  {t.privacy}
                </a>
              </li>
              {view.showDevTools ? (
                <li class="utrecht-link-list__item">
                  <a class="utrecht-link" href="/dev/outbox">
                    Outbox (ontwikkeling)
                  </a>
                </li>
              ) : null}
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}

// Dutch (and English) pages for 400, 403, 404, 413, 429 and 500: what happened and what the person can do now.
import type { VNode } from 'preact';
import type { View } from './view.js';

export function ErrorPage(view: View, status: number, code: string, detail?: string): [string, VNode, number] {
  const { t } = view;
  const [title, text] =
    // An address that cannot be read (bad percent-encoding, a part too long) is a page that does not exist.
    status === 404 || code === 'ongeldig_adres'
      ? [t.notFoundTitle, t.notFoundText]
      : status === 413
        ? [t.tooLargeTitle, t.tooLargeText]
        : status === 401
          ? [t.signInNeededTitle, t.signInNeededText]
          : status === 403 && code === 'formulier_verlopen'
            ? [t.badRequestTitle, t.badRequestText]
            : status === 403
              ? [t.forbiddenTitle, t.forbiddenText]
              : status === 429
                ? [t.tooManyTitle, t.tooManyText]
                : status < 500
                  ? [t.badRequestTitle, t.badRequestText]
                  : [t.errorTitle, t.errorText];
  return [
    title,
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{detail ?? text}</p>
      {status === 401 ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/inloggen">
            {t.signIn}
          </a>
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/">
          {t.backHome}
        </a>
      </p>
    </>,
    status,
  ];
}

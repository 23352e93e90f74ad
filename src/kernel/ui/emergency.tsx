// The emergency numbers: the short note every help page shows (112, Veilig Thuis, 113), and the full list the
// emergency page and a spoed request's status page give, each number a link a phone can call.
import { type Lang, tr } from './messages.js';

export function EmergencyNote({ lang }: { lang: Lang }) {
  return (
    <div class="utrecht-alert utrecht-alert--warning" role="note">
      <p class="utrecht-paragraph">
        <strong>{tr(lang, 'Is er direct gevaar?', 'Is there immediate danger?')}</strong> {tr(lang, 'Bel', 'Call')}{' '}
        <a class="utrecht-link" href="tel:112">
          112
        </a>
        .{' '}
        {tr(
          lang,
          'Zorgen over huiselijk geweld of kindermishandeling: Veilig Thuis',
          'Worried about domestic violence or child abuse: Veilig Thuis',
        )}{' '}
        <a class="utrecht-link" href="tel:08002000">
          0800-2000
        </a>
        .{' '}
        {tr(
          lang,
          'Denk je aan zelfdoding: bel 113 Zelfmoordpreventie',
          'Thinking about suicide: call 113 Suicide Prevention',
        )}{' '}
        <a class="utrecht-link" href="tel:08000113">
          0800-0113
        </a>
        .
      </p>
    </div>
  );
}

/**
 * Who to call now, and for what: 112, Veilig Thuis, 113 and the GP. No municipality has a number for its GP
 * out-of-hours service in Nabij, so that one is a sentence.
 */
export function EmergencyNumbers({ lang }: { lang: Lang }) {
  return (
    <ul class="utrecht-unordered-list nabij-emergency-numbers">
      <li>
        <a class="utrecht-link" href="tel:112">
          <strong>112</strong>
        </a>{' '}
        – {tr(lang, 'bij direct gevaar', 'in immediate danger')}
      </li>
      <li>
        <a class="utrecht-link" href="tel:08002000">
          <strong>Veilig Thuis 0800-2000</strong>
        </a>{' '}
        –{' '}
        {tr(
          lang,
          'huiselijk geweld en kindermishandeling, dag en nacht, gratis',
          'domestic violence and child abuse, day and night, free',
        )}
      </li>
      <li>
        <a class="utrecht-link" href="tel:08000113">
          <strong>113 Zelfmoordpreventie 0800-0113</strong>
        </a>{' '}
        –{' '}
        {tr(
          lang,
          'als je aan zelfdoding denkt, dag en nacht, gratis',
          'if you think about suicide, day and night, free',
        )}
      </li>
      <li>
        {tr(
          lang,
          'Ziek of gewond, maar geen direct gevaar? Bel je eigen huisarts; ' +
            '’s avonds en in het weekend de huisartsenpost.',
          'Ill or hurt, but no immediate danger? Call your own GP; ' +
            'in the evening and at the weekend the GP out-of-hours service.',
        )}
      </li>
    </ul>
  );
}

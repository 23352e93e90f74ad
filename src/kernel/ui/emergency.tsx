// The emergency numbers every help page shows: 112, Veilig Thuis and 113, as links a phone can call.
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

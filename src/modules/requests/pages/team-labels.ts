// Words the team's pages show for routes and states, in Dutch and English.
import { tr } from '../../../kernel/ui/messages.js';
import type { Route } from '../../triage/index.js';

export const routes: Route[] = ['spoed', 'professioneel', 'informeel', 'collectief'];
export const routeLabel = (lang: 'nl' | 'en', route: string) =>
  ({
    spoed: tr(lang, 'Spoed', 'Urgent'),
    professioneel: tr(lang, 'Professioneel', 'Professional'),
    informeel: tr(lang, 'Informeel (iemand uit de buurt)', 'Informal (a neighbour)'),
    collectief: tr(lang, 'Collectief (samen in de buurt)', 'Collective (together in the neighbourhood)'),
  })[route] ?? route;

export const stateLabels: Record<string, [string, string]> = {
  nieuw: ['nieuw', 'new'],
  in_behandeling: ['in behandeling', 'in progress'],
  gekoppeld: ['gekoppeld', 'matched'],
  afgesloten: ['afgesloten', 'closed'],
  voorgesteld: ['voorgesteld, wacht op antwoord', 'proposed, awaiting answer'],
  vrijwilliger_akkoord: ['vrijwilliger zegt ja, wacht op de vrager', 'volunteer said yes, awaiting asker'],
  vrijwilliger_weigert: ['vrijwilliger zegt nee', 'volunteer said no'],
  aanvrager_weigert: ['vrager zegt nee', 'asker said no'],
  actief: ['loopt', 'running'],
  opvolging: ['"Hoe gaat het?" gestuurd', '"How is it going?" sent'],
};
/** A word from one of these tables in the page's language; an unknown key as it is. */
export const label = (lang: 'nl' | 'en', table: Record<string, [string, string]>, key: string) => {
  const words = table[key];
  return words ? tr(lang, words[0], words[1]) : key;
};

// What every page needs to know about the request it renders for.
import type { SessionUser } from '../auth/sessions.js';
import type { Tenant } from '../tenancy/queries.js';
import type { Lang, Messages } from './messages.js';

export type View = {
  lang: Lang;
  t: Messages;
  /** Current path with query, for the language switch and for coming back after sign-in. */
  path: string;
  csrfToken: string;
  user: SessionUser | undefined;
  tenant: Tenant | undefined;
  stylesheetPath: string;
  showDevTools: boolean;
};

// An organiser's public contact (phone, e-mail, website): what it is, whether there is any, and a website as a link.
/** How to reach who runs an activity: what its organisation gave as public contact (never the entry's own address). */
export type OrganiserContact = { phone: string | null; email: string | null; website: string | null };

export const hasContact = (c: OrganiserContact) => Boolean(c.phone || c.email || c.website);

/** A website as it may be typed in a file ("www.x.nl"), as a link; anything that is not http(s) is no link. */
export function websiteHref(website: string): string | undefined {
  const text = website.trim();
  if (/^https?:\/\/[^\s"<>]+$/i.test(text)) return text;
  if (/^[\w-]+(\.[\w-]+)+(\/[^\s"<>]*)?$/.test(text)) return `https://${text}`;
  return undefined;
}

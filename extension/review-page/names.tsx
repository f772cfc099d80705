import type { ComponentChildren } from 'preact';
import { roleName } from './people';
import { Message } from '@/lib/message';

/**
 * Someone's own words inside the interface (#17): a person's or an organisation's name, a title
 * they typed. Its language is not the interface's and not known, so it says so (`lang=""`).
 */
export function Own({ children }: { children: ComponentChildren }) {
  return <span lang="">{children}</span>;
}

/** "Joost Bakker (beoordelaar)" with the name marked as their own, or only the role in words. */
export function PersonWithRole({ who }: { who: { label?: string | null; role: string } }) {
  const label = who.label?.trim();
  return <>{label ? <Message id="reviewPage.personRole" parts={[<Own>{label}</Own>, roleName(who.role)]} /> : roleName(who.role)}</>;
}

/** The person's name marked as their own, else the role in words. */
export function PersonName({ who }: { who: { label?: string | null; role: string } }) {
  const label = who.label?.trim();
  return label ? <Own>{label}</Own> : <>{roleName(who.role)}</>;
}

/** Who did something, in the interface language (#19): the person's name, the role in words. */
import { i18n, tOr } from '@/lib/i18n';

/** A role in words ("beoordelaar"); an unknown role as it is. */
export const roleName = (role: string) => tOr(`reviewPage.role.${role}`, role);

/** The person: the token's label, else the role in words. */
export const personName = (who: { label?: string | null; role: string }) => who.label?.trim() || roleName(who.role);

/** "Joost Bakker (beoordelaar)", or only "beoordelaar" for a token without a name. */
export const personWithRole = (who: { label?: string | null; role: string }) =>
  who.label?.trim() ? i18n.t('reviewPage.personRole', [who.label.trim(), roleName(who.role)]) : roleName(who.role);

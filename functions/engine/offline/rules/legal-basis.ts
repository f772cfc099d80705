/** Any requirement the law speaks of cites it, whatever later rules do with it. */
import { legalBasis } from '../../../legal';
import { requiredByLaw } from './legal-match';
import type { Rule } from './types';

export const legalBasisRule: Rule = {
  name: 'legal-basis',
  apply(r, ctx) {
    const legal = ctx.legal(r);
    return legal ? { requirement: { legalBasis: legalBasis(legal.entry, ctx.language, requiredByLaw(legal, r)) } } : null;
  },
};

import { i18n, tKey } from '@/lib/i18n';
import { CATEGORIES, type Category, type Decidable } from '@/sidepanel/review';

export type Filter = Category | 'all';

/** Show one kind of decision only (#17): the kinds this vacancy has, each with its count. */
export function ReviewFilter({ items, filter, onFilter }: { items: Decidable[]; filter: Filter; onFilter: (filter: Filter) => void }) {
  const present = CATEGORIES.filter((category) => items.some((item) => item.category === category));
  if (present.length < 2) return null;
  const count = (category: Filter) => (category === 'all' ? items.length : items.filter((item) => item.category === category).length);
  return (
    <div class="row filter" role="group" aria-label={i18n.t('review.filter.label')} data-testid="review-filter">
      {(['all', ...present] as Filter[]).map((category) => (
        <button key={category} type="button" class="chip" aria-pressed={filter === category} data-filter={category} onClick={() => onFilter(category)}>
          {tKey(`review.filter.${category}`)} <span class="count">{count(category)}</span>
        </button>
      ))}
    </div>
  );
}

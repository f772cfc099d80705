/**
 * Learning routes for a gap: candidates from a catalogue (D1 or memory), templates by skill
 * group, weighted set cover, then routes with what they cover and why (issue #5).
 */
import type { Language, Region } from '../../shared/locale';
import type { LearningRoute, Translation } from '../../shared/translation';
import type { Taxonomy } from '../taxonomy';
import { explainRoute } from './explain';
import { jobField } from './field';
import { fundingFor } from './funding';
import { gapFromTranslation, occupationSkills } from './gap';
import { honestCandidates, markNarrow, workBasedFirst } from './honest';
import { availableIn, needsIn } from './region';
import { type Pick as RoutePick, selectRoutes } from './select';
import { skillFacts, templateConfidence, templateCovers } from './templates';
import { SKILL_URI } from '../../shared/esco';
import type { Candidate, CatalogueSource, GapNeeds, GapSkill, MatchFilters, Offer } from './types';

export interface MatchInput {
  gap: GapSkill[];
  needs: GapNeeds;
  filters?: MatchFilters;
  language: Language;
  /** The vacancy's occupation: a fallback skill set for finding a formal route. */
  occupationUri?: string | null;
  /** The posting's region (#16): a Belgian one gets no Dutch programmes or funding. */
  region?: Region | null;
}

export interface MatchResult {
  routes: LearningRoute[];
  /** Share of the gap's weight the routes cover (0..1). */
  coverage: number;
}

/** Enough for the cover to choose from; more only costs D1 time. */
const CANDIDATES = 60;

export async function matchLearningRoutes(source: CatalogueSource, input: MatchInput, taxonomy: Taxonomy): Promise<MatchResult> {
  const gap = markNarrow(input.gap, taxonomy);
  const needs = needsIn(input.needs, input.region);
  const field = jobField(taxonomy, input.occupationUri ?? null, needs.programmeCodes, needs.programmeNames);
  const filters = input.filters ?? {};
  if (gap.length === 0 && !needs.formal) return { routes: [], coverage: 0 };
  const skills = gap.map((g) => g.skill);
  // The formal fallback (the occupation's other skills) is needed only when the gap's own offers
  // hold no formal route; its top lists are read with the other lookups, its offers only then.
  const wider = needs.formal ? fallbackSkills(skills, input.occupationUri ?? null, taxonomy) : [];
  const [found, named, templates] = await Promise.all([
    skills.length ? source.candidates(skills, filters, { limit: CANDIDATES }) : Promise.resolve<Candidate[]>([]),
    needs.legal.length || needs.programmeCodes.length
      ? source.named(skills, filters, { limit: 20, sourceIds: needs.programmeCodes, legalIds: needs.legal.map((l) => l.id) })
      : null,
    source.templates(),
    wider.length ? source.prefetch?.(wider, filters, 'formal') : undefined,
  ]);
  // Formal routes only in the job's field, named only for the named programme (#15). A named
  // programme covers what its own links teach, not the diploma's skills.
  const candidates = honestCandidates(found, gap, needs, field, taxonomy);
  for (const n of named ? honestCandidates(named, gap, needs, field, taxonomy) : []) {
    const known = candidates.findIndex((c) => c.offer.id === n.offer.id);
    if (known >= 0) candidates[known] = n;
    else candidates.push(n);
  }
  if (needs.formal && !candidates.some((c) => c.offer.form === 'formal')) {
    candidates.push(...honestCandidates(await formalFallback(source, skills, wider, filters), gap, needs, field, taxonomy));
  }
  candidates.push(...templateCandidates(templates, gap, taxonomy).filter((c) => atLevel(c.offer, needs)));

  const picks = await workBasedFirst(
    selectRoutes(
      gap,
      candidates.filter((c) => availableIn(c.offer, input.region)),
      needs,
    ),
    candidates,
    source,
    skills,
    filters,
  );
  const total = gap.reduce((sum, g) => sum + g.weight, 0);
  // Recognition of prior learning shows what someone has; it teaches nothing.
  const covered = new Set(picks.filter((p) => p.candidate.offer.type !== 'evc').flatMap((p) => [...p.candidate.covers.keys()]));
  const routes = picks.map((pick) => asLearningRoute(pick, gap, needs, input, taxonomy));
  const coverage = total ? gap.filter((g) => covered.has(g.skill)).reduce((sum, g) => sum + g.weight, 0) / total : 0;
  return { routes, coverage };
}

/** A picked offer as the route the API answers: what it covers of the gap, why, and its funding. */
function asLearningRoute({ candidate, reason, legal }: RoutePick, gap: GapSkill[], needs: GapNeeds, input: MatchInput, taxonomy: Taxonomy): LearningRoute {
  const offer = candidate.offer;
  const covers = gap.filter((g) => candidate.covers.has(g.skill)).map((g) => g.skill);
  const labels = new Map(gap.map((g) => [g.skill, g.label]));
  const funding = fundingFor(offer, input.region);
  return {
    form: offer.form,
    title: (input.language === 'en' ? offer.titleEn : null) ?? offer.titleNl,
    provider: offer.provider,
    source: offer.source,
    sourceId: offer.sourceId,
    covers: covers.map((id) => SKILL_URI + id),
    type: offer.type,
    level: levelLabel(offer),
    url: offer.url,
    explanation: explainRoute(
      offer,
      covers.map((id) => labelIn(taxonomy, id, input.language) ?? labels.get(id) ?? id),
      gap.length,
      reason,
      legal,
      input.language,
      needs.legal.length > 0,
    ),
    ...(funding.length ? { funding } : {}),
  } satisfies LearningRoute;
}

/** A skill named in the interface's language: ESCO's label, or in Dutch its skill group's (#17). */
function labelIn(taxonomy: Taxonomy, id: string, language: Language): string | null {
  const known = taxonomy.skillIdByUri(SKILL_URI + id);
  if (known === null) return null;
  const label = taxonomy.skillLabel(known, language);
  return label.untranslated ? (label.groupLabel ?? label.label) : label.label;
}

/** Routes for a whole translation: its gap, its diploma and legal needs. */
export async function learningRoutesForTranslation(
  source: CatalogueSource,
  translation: Translation,
  taxonomy: Taxonomy,
  filters: MatchFilters = {},
): Promise<MatchResult> {
  const { skills, needs } = gapFromTranslation(translation, taxonomy);
  return matchLearningRoutes(
    source,
    {
      gap: skills,
      needs,
      filters,
      language: translation.uiLanguage ?? translation.language,
      occupationUri: translation.occupation?.uri ?? null,
      region: translation.region ?? null,
    },
    taxonomy,
  );
}

/** The gap's skills and the occupation's other essential skills: where a formal route is looked for. */
function fallbackSkills(skills: string[], occupationUri: string | null, taxonomy: Taxonomy): string[] {
  const wider = occupationUri ? occupationSkills(occupationUri, taxonomy, 40).map((id) => taxonomy.skill(id).uri.slice(SKILL_URI.length)) : [];
  return [...new Set([...skills, ...wider])];
}

/** No formal offer teaches a gap skill: formal offers found through the occupation's other skills, with their links to the gap. */
async function formalFallback(source: CatalogueSource, skills: string[], wider: string[], filters: MatchFilters): Promise<Candidate[]> {
  if (!wider.length) return [];
  const found = await source.candidates(wider, filters, { limit: 20, form: 'formal' });
  // Keep only their links to the real gap; the wider skills only found them.
  const gapSet = new Set(skills);
  return found.map((c) => ({ offer: c.offer, covers: new Map([...c.covers].filter(([s]) => gapSet.has(s))) }));
}

/** A BBL place leads to an mbo qualification (EQF 1–4): no route for a job that asks a higher level (reading of untuned output). */
function atLevel(offer: Offer, needs: GapNeeds): boolean {
  return offer.type !== 'bbl-workplace' || needs.eqf === null || needs.eqf <= MBO_HIGHEST_EQF;
}
const MBO_HIGHEST_EQF = 4;

function templateCandidates(templates: Offer[], gap: GapSkill[], taxonomy: Taxonomy): Candidate[] {
  const facts = gap.flatMap((g) => {
    const id = taxonomy.skillIdByUri(SKILL_URI + g.skill);
    return id === null ? [] : [{ skill: g.skill, facts: skillFacts(taxonomy, id) }];
  });
  return templates.map((offer) => {
    const covers = new Map<string, number>();
    const confidence = templateConfidence(offer.key);
    for (const { skill, facts: f } of facts) if (templateCovers(offer.skillGroups ?? [], f)) covers.set(skill, confidence);
    return { offer, covers };
  });
}

function levelLabel(offer: Offer): string | null {
  if (offer.source === 'mbo' && offer.nlqf) return `mbo ${offer.nlqf} (NLQF ${offer.nlqf}, EQF ${offer.eqf ?? offer.nlqf})`;
  if (offer.nlqf || offer.eqf) return `NLQF ${offer.nlqf ?? offer.eqf}, EQF ${offer.eqf ?? offer.nlqf}`;
  return null;
}

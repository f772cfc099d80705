/**
 * Two people saved the same version (#19: "no lost work"): instead of throwing the edits away on
 * a stale save, the page merges them three ways. Whatever only one side changed is taken from that
 * side; where both changed the same part, the edit in progress (mine) stands and theirs is kept
 * beside it to compare. Pure: the profile page calls it with the version it started from, its
 * draft and the version saved in the meantime.
 */
import { renderMarkdown } from '../../shared/blocks';
import type { Block, LearningRoute, PersonProfile, Skill, Translation } from '../../shared/translation';

export type ConflictPart = 'title' | 'summary' | 'motivation' | 'values' | 'workingStyle' | 'teamContribution' | 'learningNeeds' | 'block';

/** A part both changed: mine stands, theirs is shown beside it. */
export interface Conflict {
  part: ConflictPart;
  theirs: string;
  blockId?: string;
}

export interface Side {
  title: string;
  translation: Translation;
}

export interface Merged {
  title: string;
  translation: Translation;
  conflicts: Conflict[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Three-way for one value: the side that changed it wins; both changed → mine, and a conflict. */
function pick<T>(base: T, mine: T, theirs: T, conflict: () => void): T {
  if (same(mine, base)) return theirs;
  if (same(theirs, base) || same(mine, theirs)) return mine;
  conflict();
  return mine;
}

/** Three-way for a keyed list: theirs as the base of the result, my additions, removals and changes on top. */
function mergeKeyed<T>(base: T[], mine: T[], theirs: T[], key: (item: T) => string): T[] {
  const baseBy = new Map(base.map((x) => [key(x), x]));
  const mineBy = new Map(mine.map((x) => [key(x), x]));
  const out = theirs
    .filter((x) => !(baseBy.has(key(x)) && !mineBy.has(key(x)))) // removed by me
    .map((x) => {
      const b = baseBy.get(key(x));
      const m = mineBy.get(key(x));
      return b && m && !same(m, b) ? m : x; // changed by me
    });
  const have = new Set(out.map(key));
  for (const m of mine) if (!baseBy.has(key(m)) && !have.has(key(m))) out.push(m); // added by me
  return out;
}

const skillKey = (s: Skill) => (s.uri ?? s.label).toLowerCase();
const routeKey = (r: LearningRoute) => `${r.form}|${r.title.trim().toLowerCase()}|${(r.provider ?? '').trim().toLowerCase()}`;
const LISTS = ['motivation', 'values', 'workingStyle', 'teamContribution', 'learningNeeds'] as const;
const sameBlock = (a: Block, b: Block) => a.kind === b.kind && a.markdown === b.markdown;

function mergeBlocks(base: Block[], mine: Block[], theirs: Block[], conflicts: Conflict[]): Block[] {
  const baseBy = new Map(base.map((b) => [b.id, b]));
  const mineBy = new Map(mine.map((b) => [b.id, b]));
  const theirsBy = new Map(theirs.map((b) => [b.id, b]));
  const out: Block[] = [];
  for (const t of theirs) {
    const b = baseBy.get(t.id);
    const m = mineBy.get(t.id);
    if (!b)
      out.push(t); // new in theirs (a line written again by the server)
    else if (!m) {
      // I took it out: gone, unless they changed it too.
      if (!sameBlock(t, b)) {
        conflicts.push({ part: 'block', theirs: t.markdown, blockId: t.id });
        out.push(t);
      }
    } else if (sameBlock(m, b)) out.push(t);
    else if (sameBlock(t, b) || sameBlock(m, t)) out.push(m);
    else {
      conflicts.push({ part: 'block', theirs: t.markdown, blockId: t.id });
      out.push(m);
    }
  }
  // They took out a block I changed: mine comes back after the block before it.
  mine.forEach((m, i) => {
    const b = baseBy.get(m.id);
    if (!b || theirsBy.has(m.id) || sameBlock(m, b)) return;
    conflicts.push({ part: 'block', theirs: '', blockId: m.id });
    const before = mine
      .slice(0, i)
      .reverse()
      .find((x) => out.some((o) => o.id === x.id));
    out.splice(before ? out.findIndex((o) => o.id === before.id) + 1 : 0, 0, m);
  });
  return out;
}

/**
 * `base`: the version the edit started from; `mine`: the edit in progress; `theirs`: the version
 * saved since. `text`: the vacancy text the blocks point into.
 */
export function mergeEdits(base: Side, mine: Side, theirs: Side, text: string): Merged {
  const conflicts: Conflict[] = [];
  const title = pick(base.title, mine.title, theirs.title, () => conflicts.push({ part: 'title', theirs: theirs.title }));
  const [b, m, t] = [base.translation, mine.translation, theirs.translation];
  const personProfile: PersonProfile = {
    ...t.personProfile,
    summary: pick(b.personProfile.summary, m.personProfile.summary, t.personProfile.summary, () =>
      conflicts.push({ part: 'summary', theirs: t.personProfile.summary }),
    ),
  };
  for (const field of LISTS) {
    personProfile[field] = pick(b.personProfile[field], m.personProfile[field], t.personProfile[field], () =>
      conflicts.push({ part: field, theirs: t.personProfile[field].join('\n') }),
    );
  }
  const skills = mergeKeyed(b.skills, m.skills, t.skills, skillKey);
  const learningRoutes = mergeKeyed(b.learningRoutes, m.learningRoutes, t.learningRoutes, routeKey);
  const blocksChanged = !same(m.rewritten.blocks, b.rewritten.blocks);
  const blocks = blocksChanged ? mergeBlocks(b.rewritten.blocks, m.rewritten.blocks, t.rewritten.blocks, conflicts) : t.rewritten.blocks;
  const rewritten = blocksChanged && blocks.length ? { ...t.rewritten, blocks, markdown: renderMarkdown(blocks, text) } : t.rewritten;
  return { title, conflicts, translation: { ...t, skills, learningRoutes, personProfile, rewritten } };
}

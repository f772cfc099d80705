import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { D1Batch } from '../../functions/learning/d1-batch';

/** The real D1 binding, counting the statements of each round trip (every send is a batch). */
function counted(db: D1Database) {
  const sent: number[] = [];
  const wrapped = Object.create(db) as D1Database;
  wrapped.batch = (statements) => {
    sent.push(statements.length);
    return db.batch(statements);
  };
  return { db: wrapped, sent };
}

describe('D1Batch', () => {
  it('sends the statements asked for in one turn as one batch and gives each caller its rows', async () => {
    const { db, sent } = counted(env.DB);
    const batch = new D1Batch(db);
    const square = db.prepare('SELECT ?1 * ?1 AS n');
    const [one, many, other] = await Promise.all([
      batch.one<{ n: number }>(square.bind(3)),
      batch.all<{ n: number }>([square.bind(4), square.bind(5)]),
      // Asked for a turn of microtasks later, still before the batch goes.
      Promise.resolve()
        .then(() => Promise.resolve())
        .then(() => batch.one<{ v: string }>(db.prepare("SELECT 'x' AS v"))),
    ]);
    expect(one).toEqual([{ n: 9 }]);
    expect(many).toEqual([[{ n: 16 }], [{ n: 25 }]]);
    expect(other).toEqual([{ v: 'x' }]);
    expect(sent).toEqual([4]);
  });

  it('sends what comes after an answer as the next batch', async () => {
    const { db, sent } = counted(env.DB);
    const batch = new D1Batch(db);
    const first = await batch.one<{ n: number }>(db.prepare('SELECT 1 AS n'));
    const second = await batch.one<{ n: number }>(db.prepare('SELECT ?1 AS n').bind(first[0]!.n + 1));
    expect(second).toEqual([{ n: 2 }]);
    expect(sent).toEqual([1, 1]);
  });

  it('fails every caller of a batch that fails, and the next batch still goes', async () => {
    const batch = new D1Batch(env.DB);
    const results = await Promise.allSettled([batch.one(env.DB.prepare('SELECT 1')), batch.one(env.DB.prepare('SELECT * FROM no_such_table'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/no such table/);
    expect(await batch.one(env.DB.prepare('SELECT 2 AS n'))).toEqual([{ n: 2 }]);
  });

  it('answers an empty list without asking D1', async () => {
    const { db, sent } = counted(env.DB);
    expect(await new D1Batch(db).all([])).toEqual([]);
    expect(sent).toEqual([]);
  });
});

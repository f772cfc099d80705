/**
 * Statements asked for in the same turn of the event loop go to D1 together, as one batch: one
 * round trip instead of one per statement. A match asks for its gap's top lists, the formal
 * fallback's and the named programmes at once, then for the offers they found (#5). Through D1 a
 * round trip costs far more than these indexed reads, and one database serves its queries one at
 * a time, so fewer and fuller round trips are what makes a cold match fast.
 */
interface Waiting {
  statements: D1PreparedStatement[];
  resolve(results: unknown[][]): void;
  reject(error: unknown): void;
}

export class D1Batch {
  private waiting: Waiting[] = [];

  constructor(private readonly db: D1Database) {}

  /** The rows of each statement, in order. */
  all<T>(statements: D1PreparedStatement[]): Promise<T[][]> {
    if (!statements.length) return Promise.resolve([]);
    return new Promise<unknown[][]>((resolve, reject) => {
      // The first statement of a turn schedules the send; the rest of the turn joins it.
      if (this.waiting.push({ statements, resolve, reject }) === 1) setTimeout(() => void this.send(), 0);
    }) as Promise<T[][]>;
  }

  async one<T>(statement: D1PreparedStatement): Promise<T[]> {
    return (await this.all<T>([statement]))[0]!;
  }

  private async send(): Promise<void> {
    const waiting = this.waiting;
    this.waiting = [];
    const statements = waiting.flatMap((w) => w.statements);
    try {
      const results = await this.db.batch(statements);
      let at = 0;
      for (const w of waiting) {
        w.resolve(results.slice(at, at + w.statements.length).map((result) => result.results));
        at += w.statements.length;
      }
    } catch (error) {
      for (const w of waiting) w.reject(error);
    }
  }
}

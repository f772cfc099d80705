/**
 * After repeated failures of the model API, stop calling it for a short pause and answer
 * offline straight away: users get a result fast instead of waiting for timeouts again (#6).
 * State lives per Worker isolate (or per CLI process); that is enough for a short pause.
 */
export class CircuitBreaker {
  private failures = 0;
  private openUntil = 0;

  constructor(
    readonly threshold = 3,
    readonly pauseMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds left in the pause, 0 when the model may be called. */
  pausedFor(): number {
    return Math.max(0, this.openUntil - this.now());
  }

  success(): void {
    this.failures = 0;
    this.openUntil = 0;
  }

  failure(): void {
    this.failures++;
    // After the pause one trial call is let through; a failure then pauses again at once.
    if (this.failures >= this.threshold) this.openUntil = this.now() + this.pauseMs;
  }
}

export const defaultBreaker = new CircuitBreaker();

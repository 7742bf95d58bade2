import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * Bytes on the wire as Chromium counts them (Network.loadingFinished: headers plus the body as
 * sent, i.e. compressed when the server compressed it), per phase of a visit, through the
 * DevTools protocol.
 */
export class NetworkMeter {
  private phase = 'load';
  private readonly phaseOf = new Map<string, string>();
  private readonly inFlight = new Set<string>();
  private readonly bytes = new Map<string, number>();
  private readonly count = new Map<string, number>();

  private constructor(session: CDPSession) {
    session.on('Network.requestWillBeSent', (event) => {
      if (!this.phaseOf.has(event.requestId)) this.phaseOf.set(event.requestId, this.phase);
      this.inFlight.add(event.requestId);
    });
    session.on('Network.loadingFinished', (event) => {
      const phase = this.phaseOf.get(event.requestId) ?? this.phase;
      this.bytes.set(phase, (this.bytes.get(phase) ?? 0) + event.encodedDataLength);
      this.count.set(phase, (this.count.get(phase) ?? 0) + 1);
      this.inFlight.delete(event.requestId);
    });
    session.on('Network.loadingFailed', (event) => this.inFlight.delete(event.requestId));
  }

  static async attach(context: BrowserContext, page: Page): Promise<NetworkMeter> {
    const session = await context.newCDPSession(page);
    await session.send('Network.enable');
    return new NetworkMeter(session);
  }

  /** Requests started from now on count for `phase`. */
  startPhase(phase: string): void {
    this.phase = phase;
  }

  transferred(phase: string): number {
    return this.bytes.get(phase) ?? 0;
  }

  requests(phase: string): number {
    return this.count.get(phase) ?? 0;
  }

  /** Resolves once no request has been in flight for `quietMs` (at most `timeoutMs`). */
  async idle(quietMs = 500, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (this.inFlight.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`the network did not go quiet within ${timeoutMs / 1000} s (${this.inFlight.size} request(s) in flight).`);
  }
}

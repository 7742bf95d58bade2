import type { Page, Request } from '@playwright/test';
import { gzipSize } from '../../tests/page-load';

/**
 * Bytes on the wire as Chromium counts them (response headers plus the body as sent, i.e.
 * compressed when the server compressed it), per phase of a visit, requests of the page's
 * workers included. Chromium gives no body size for a worker's own script (it is loaded in the
 * worker): for such a response the gzip size of its body is counted instead, as the server sends
 * it gzip-compressed.
 */
export class NetworkMeter {
  private phase = 'load';
  private readonly phaseOf = new Map<Request, string>();
  private readonly inFlight = new Set<Request>();
  private readonly bytes = new Map<string, number>();
  private readonly pending: Promise<void>[] = [];

  constructor(page: Page) {
    page.on('request', (request) => {
      this.phaseOf.set(request, this.phase);
      this.inFlight.add(request);
    });
    page.on('requestfailed', (request) => this.inFlight.delete(request));
    page.on('requestfinished', (request) => {
      const phase = this.phaseOf.get(request) ?? this.phase;
      this.pending.push(
        (async () => {
          const sizes = await request.sizes();
          let body = sizes.responseBodySize;
          if (body === 0) {
            const received = await (await request.response())?.body().catch(() => undefined);
            if (received && received.length > 0) body = gzipSize(received);
          }
          this.bytes.set(phase, (this.bytes.get(phase) ?? 0) + sizes.responseHeadersSize + body);
        })().finally(() => this.inFlight.delete(request)),
      );
    });
  }

  /** Requests started from now on count for `phase`. */
  startPhase(phase: string): void {
    this.phase = phase;
  }

  async transferred(phase: string): Promise<number> {
    await Promise.all(this.pending);
    return this.bytes.get(phase) ?? 0;
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
    throw new Error(
      `the network did not go quiet within ${timeoutMs / 1000} s (still loading: ${[...this.inFlight].map((r) => r.url()).join(', ')}).`,
    );
  }
}

/**
 * Renders pages that build their content with JavaScript, in the system Chromium through playwright-core: one
 * browser shared by all renders (started on first use, restarted if it dies), a fresh browser context per page
 * (no cookies carried between sites), the page closed after use whatever happens, a per-page timeout, and images,
 * fonts and media never downloaded. Results are values: a page that fails to render is `failed` with the reason.
 *
 * The renderer does not apply robots.txt or the private-address guard itself: callers fetch the page URL through
 * the HTTP client first (as the custom source does), and may pass `allowRequest` to refuse sub-requests.
 */
import PQueue from 'p-queue';
import type { Browser } from 'playwright-core';

export interface BrowserRendererOptions {
  /** Chromium binary. @default env `CHROMIUM_PATH`, else `/usr/bin/chromium` */
  readonly executablePath?: string;
  /** Time one page may take, navigation and waiting included. @default 30_000 */
  readonly timeoutMs?: number;
  /** Pages rendered at once. @default 2 */
  readonly concurrency?: number;
  /** Resource types never downloaded. @default ['image', 'media', 'font'] */
  readonly blockedResourceTypes?: readonly string[];
  /** Refuses sub-requests (returning false aborts them); the page URL itself is always requested. @default all */
  readonly allowRequest?: (url: string) => boolean;
}

export interface RenderRequest {
  readonly url: string;
  /** Wait until this CSS selector matches; without it, wait for the network to go quiet (at most the timeout). */
  readonly waitForSelector?: string;
  /** Overrides the renderer's `timeoutMs` for this page. */
  readonly timeoutMs?: number;
  readonly userAgent?: string;
  /** Refuses sub-requests of this page (false aborts them), on top of the renderer's `allowRequest`. @default all */
  readonly allowRequest?: (url: string) => boolean;
}

export type RenderResult =
  | { readonly kind: 'rendered'; readonly url: string; readonly finalUrl: string; readonly status: number | null; readonly html: string }
  | { readonly kind: 'failed'; readonly url: string; readonly reason: string };

/** Flags for a headless Chromium that stays quiet: no sandbox (containers), no GPU, no background traffic. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] as const;

export function defaultChromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env['CHROMIUM_PATH'] || '/usr/bin/chromium';
}

export class BrowserRenderer {
  readonly #options: Required<Omit<BrowserRendererOptions, 'allowRequest'>> & Pick<BrowserRendererOptions, 'allowRequest'>;
  readonly #queue: PQueue;
  #browser: Promise<Browser> | null = null;
  #launches = 0;
  #openPages = 0;
  #closed = false;

  constructor(options: BrowserRendererOptions = {}) {
    this.#options = {
      executablePath: options.executablePath ?? defaultChromiumPath(),
      timeoutMs: options.timeoutMs ?? 30_000,
      concurrency: Math.max(1, options.concurrency ?? 2),
      blockedResourceTypes: options.blockedResourceTypes ?? ['image', 'media', 'font'],
      allowRequest: options.allowRequest,
    };
    this.#queue = new PQueue({ concurrency: this.#options.concurrency });
  }

  /** Browsers started so far (1 while the shared browser lives). */
  get launches(): number {
    return this.#launches;
  }

  /** Pages open right now: 0 between renders. */
  get openPages(): number {
    return this.#openPages;
  }

  /** Renders a page and returns its HTML after scripts ran. Never throws. */
  render(request: RenderRequest): Promise<RenderResult> {
    if (this.#closed) return Promise.resolve({ kind: 'failed', url: request.url, reason: 'renderer closed' });
    return this.#queue.add(() => this.#render(request));
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#queue.clear();
    await this.#queue.onIdle();
    const browser = this.#browser;
    this.#browser = null;
    if (browser) await (await browser.catch(() => null))?.close().catch(() => undefined);
  }

  #launch(): Promise<Browser> {
    if (this.#browser) return this.#browser;
    this.#launches++;
    // Loaded on first use: playwright-core costs most of a second of start-up, and most runs never render.
    const launching = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: this.#options.executablePath, args: [...CHROMIUM_ARGS], headless: true, timeout: 30_000 }));
    this.#browser = launching;
    launching.then(
      (browser) => browser.on('disconnected', () => {
        if (this.#browser === launching) this.#browser = null;
      }),
      () => {
        if (this.#browser === launching) this.#browser = null;
      },
    );
    return launching;
  }

  async #render(request: RenderRequest): Promise<RenderResult> {
    const timeoutMs = request.timeoutMs ?? this.#options.timeoutMs;
    let browser: Browser;
    try {
      browser = await this.#launch();
    } catch (error) {
      return { kind: 'failed', url: request.url, reason: `launch: cannot start Chromium at ${this.#options.executablePath}: ${messageOf(error)}` };
    }
    let context: Awaited<ReturnType<Browser['newContext']>> | null = null;
    const deadline = Date.now() + timeoutMs;
    const remaining = () => Math.max(1, deadline - Date.now());
    try {
      context = await browser.newContext({ serviceWorkers: 'block', ...(request.userAgent ? { userAgent: request.userAgent } : {}) });
      const page = await context.newPage();
      this.#openPages++;
      page.on('close', () => this.#openPages--);
      await page.route('**/*', (route) => {
        const sub = route.request();
        const isPage = sub.isNavigationRequest() && sub.frame() === page.mainFrame();
        const refused = this.#options.allowRequest?.(sub.url()) === false || request.allowRequest?.(sub.url()) === false;
        if (!isPage && (this.#options.blockedResourceTypes.includes(sub.resourceType()) || refused)) {
          return route.abort('blockedbyclient');
        }
        return route.continue();
      });
      const response = await page.goto(request.url, { waitUntil: 'domcontentloaded', timeout: remaining() });
      if (request.waitForSelector) {
        await page.waitForSelector(request.waitForSelector, { state: 'attached', timeout: remaining() });
      } else {
        // Quiet network is a hint, not a requirement: pages that poll forever still render.
        await page.waitForLoadState('networkidle', { timeout: remaining() }).catch(() => undefined);
      }
      const html = await page.content();
      return { kind: 'rendered', url: request.url, finalUrl: page.url(), status: response?.status() ?? null, html };
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      const reason = name === 'TimeoutError' ? `timeout: no result after ${timeoutMs} ms (${firstLine(error)})` : `error: ${firstLine(error)}`;
      return { kind: 'failed', url: request.url, reason };
    } finally {
      await context?.close().catch(() => undefined);
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(error: unknown): string {
  return messageOf(error).split('\n')[0] ?? '';
}

let shared: BrowserRenderer | null = null;

/** The process-wide renderer (one Chromium for every source). */
export function sharedBrowserRenderer(): BrowserRenderer {
  shared ??= new BrowserRenderer();
  return shared;
}

/** Closes the shared renderer's browser (shutdown, tests); the next call starts a new one. */
export async function closeSharedBrowserRenderer(): Promise<void> {
  const renderer = shared;
  shared = null;
  await renderer?.close();
}

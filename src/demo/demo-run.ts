/**
 * `execradar demo`: a populated dashboard in a minute, offline, with no configuration. Loads the sample portfolio
 * into its own data directory, serves the demo payloads (`demo/mirror/<source id>/…`, in each source's real
 * format) from a mirror on 127.0.0.1, runs every source that has payloads through the real crawler and pipeline
 * pointed at the mirror, then starts the service with the scheduler off and returns a login link.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Logger } from '../config/logger.js';
import { projectRoot } from '../config/project-root.js';
import { loadSettings, type Settings } from '../config/settings.js';
import { closeSharedPdfTextPool } from '../pdf/index.js';
import { createHttpClient } from '../service/http-client-factory.js';
import { runSourceInline, type InlineRunResult } from '../service/inline-pipeline.js';
import { openStore } from '../service/open-store.js';
import { startService, type RunningService } from '../service/execradar-service.js';
import { SOURCES } from '../../sources/index.js';
import type { SourceDefinition } from '../../sources/source-definition.js';
import { startDemoMirror, type DemoMirror, type MirrorRoute } from './demo-mirror.js';
import { loadDemoPortfolio, type DemoPortfolioSummary } from './demo-portfolio.js';
import { renderDemoTemplate } from './demo-template.js';
import { loadDemoNotices, tdnetDemoRoutes } from './tdnet-demo-pages.js';

export interface DemoOptions {
  /** @default "./data/demo" — never the real data directory. */
  readonly dataDir?: string;
  /** @default 3000 (env PORT); 0 picks a free port. */
  readonly port?: number;
  /** @default "127.0.0.1" */
  readonly host?: string;
  /** The demo day. @default now */
  readonly now?: Date;
  /** Folder with `portfolio.csv`, `accounts.csv` and `mirror/`. @default `<project>/demo` */
  readonly demoDir?: string;
  /** Sources to replay (those with a `mirror/<id>` folder are run). @default the registry, `SOURCES` */
  readonly sources?: readonly SourceDefinition[];
}

export interface DemoRun {
  readonly url: string;
  /** Opens the dashboard signed in: `<url>/login?token=…`. */
  readonly loginUrl: string;
  readonly token: string;
  readonly portfolio: DemoPortfolioSummary;
  readonly runs: readonly InlineRunResult[];
  readonly settings: Settings;
  close(): Promise<void>;
}

/** How each source is replayed: its backfill task over everything the mirror holds. */
const DEMO_REQUESTS: Readonly<Record<string, { readonly task?: string; readonly options?: Record<string, unknown> }>> = {
  'sec-edgar': { task: 'submissions' },
  tdnet: { task: 'backfill', options: { backfillDays: 31 } },
};

const TEXT_FILE = /\.(?:json|html?|xml|rss|atom|txt|csv)$/u;
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  htm: 'text/html; charset=utf-8',
  html: 'text/html; charset=utf-8',
  xml: 'application/xml',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  pdf: 'application/pdf',
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every payload file of a source, at `/<source id>/<path>`, templates rendered for the demo day. */
function fileRoutes(sourceDir: string, sourceId: string, today: string): Map<string, MirrorRoute> {
  const routes = new Map<string, MirrorRoute>();
  for (const file of walk(sourceDir)) {
    if (file.endsWith('.yaml')) continue; // generator input, not a payload
    const path = `/${sourceId}/${relative(sourceDir, file).split(sep).join('/')}`;
    const extension = file.slice(file.lastIndexOf('.') + 1);
    const body = TEXT_FILE.test(file) ? renderDemoTemplate(readFileSync(file, 'utf8'), today) : readFileSync(file);
    routes.set(path, { body, contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream' });
  }
  return routes;
}

/** The source's base URLs moved under the mirror: `https://host/inbs/` → `<mirror>/<id>/inbs/`. */
function mirroredBaseUrls(source: SourceDefinition, origin: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source.baseUrls).map(([name, url]) => {
      const path = new URL(url).pathname;
      return [name, `${origin}/${source.id}${path === '/' ? '' : path}`];
    }),
  );
}

const tokyoDay = (instant: Date): string => new Date(instant.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

export async function runDemo(options: DemoOptions, logger: Logger): Promise<DemoRun> {
  const demoDir = options.demoDir ?? join(projectRoot(), 'demo');
  const now = options.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const sources = options.sources ?? SOURCES;
  const mirrored = sources.filter((source) => existsSync(join(demoDir, 'mirror', source.id)));

  const routes = new Map<string, MirrorRoute>();
  for (const source of mirrored) {
    for (const [path, route] of fileRoutes(join(demoDir, 'mirror', source.id), source.id, today)) routes.set(path, route);
  }
  const tdnetNotices = join(demoDir, 'mirror', 'tdnet', 'notices.yaml');
  if (mirrored.some((source) => source.id === 'tdnet') && existsSync(tdnetNotices)) {
    for (const [path, route] of tdnetDemoRoutes(loadDemoNotices(tdnetNotices), tokyoDay(now), '/tdnet/inbs')) routes.set(path, route);
  }
  const mirror: DemoMirror = await startDemoMirror(routes);

  try {
    const settings = loadSettings({
      // Nothing from the environment but where to listen: a DATABASE_URL or token meant for real data stays out.
      env: {},
      cwd: demoDir,
      overrides: {
        dataDir: resolve(options.dataDir ?? './data/demo'),
        port: options.port ?? Number(process.env['PORT'] ?? 3000),
        host: options.host ?? '127.0.0.1',
        logLevel: 'warn',
        scheduler: false,
        crawler: { userAgent: 'ExecRadar-demo demo@execradar.example', minIntervalMs: 0, timeoutMs: 10_000 },
        sources: Object.fromEntries(
          sources.map((source) =>
            mirrored.includes(source)
              ? [source.id, { baseUrls: mirroredBaseUrls(source, mirror.origin), options: DEMO_REQUESTS[source.id]?.options ?? {} }]
              : [source.id, { enabled: false }],
          ),
        ),
      },
    });
    // A fresh demo database each time (the token in the data directory is kept): dates move with the demo day.
    rmSync(join(settings.dataDir, 'pglite'), { recursive: true, force: true });

    const store = await openStore(settings);
    const runs: InlineRunResult[] = [];
    let portfolio: DemoPortfolioSummary;
    try {
      portfolio = await loadDemoPortfolio(store.db, demoDir, today);
      const http = createHttpClient(settings, sources, logger);
      for (const source of mirrored) {
        const request = DEMO_REQUESTS[source.id] ?? {};
        runs.push(await runSourceInline({ db: store.db, http, settings, logger, now: () => now }, source, { task: request.task, trigger: 'backfill' }));
      }
    } finally {
      await store.close();
      await closeSharedPdfTextPool();
    }

    const service: RunningService = await startService(settings, logger);
    return {
      url: service.url,
      loginUrl: `${service.url}/login?token=${encodeURIComponent(service.token)}`,
      token: service.token,
      portfolio,
      runs,
      settings,
      close: async () => {
        await service.close();
        await mirror.close();
      },
    };
  } catch (error) {
    await mirror.close();
    throw error;
  }
}

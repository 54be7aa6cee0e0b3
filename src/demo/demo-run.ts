/**
 * `execradar demo`: a populated dashboard in a minute, offline, with no configuration. Loads the sample portfolio
 * into its own data directory, serves each source's demo payloads (`demo/mirror/<source id>/…`, in the source's
 * real format) from its own mirror on 127.0.0.1, runs every source that has payloads through the real crawler and
 * pipeline pointed at its mirror, then starts the service with the scheduler off and returns a sign-in link.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Logger } from '../config/logger.js';
import { projectRoot } from '../config/project-root.js';
import { loadSettings, type Settings } from '../config/settings.js';
import { closeSharedPdfTextPool } from '../pdf/index.js';
import { createHttpClient } from '../service/http-client-factory.js';
import { runSourceInline, type InlineRunResult } from '../service/inline-pipeline.js';
import { openStore } from '../service/open-store.js';
import { startService, type RunningService } from '../service/execradar-service.js';
import { createCustomSource } from '../../sources/custom/index.js';
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

/** How each source is replayed: the task that reads everything its mirror holds, and the options it needs. */
const DEMO_REQUESTS: Readonly<Record<string, { readonly task?: string; readonly options?: Record<string, unknown> }>> = {
  'sec-edgar': { task: 'submissions' },
  tdnet: { task: 'backfill', options: { backfillDays: 31 } },
  prtimes: { task: 'feeds', options: { companies: [{ companyId: 99811, secCode: '4Z1K', name: 'ひかり薬品株式会社' }] } },
  custom: { task: 'all' },
};

const TEXT_FILE = /\.(?:json|html?|xml|rdf|rss|atom|txt|csv)$/u;
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  htm: 'text/html; charset=utf-8',
  html: 'text/html; charset=utf-8',
  xml: 'application/xml',
  rdf: 'application/rdf+xml',
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

function fileRoute(file: string, today: string, origin: string): MirrorRoute {
  const extension = file.slice(file.lastIndexOf('.') + 1);
  const body = TEXT_FILE.test(file) ? renderDemoTemplate(readFileSync(file, 'utf8'), today, { origin }) : readFileSync(file);
  return { body, contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream' };
}

/**
 * Every payload file of a source at its own path, plus `routes.yaml` (URL path → file, for URLs that are not
 * file paths, such as a query string), templates rendered for the demo day and the mirror's origin.
 */
function fileRoutes(sourceDir: string, today: string, origin: string): Map<string, MirrorRoute> {
  const routes = new Map<string, MirrorRoute>();
  for (const file of walk(sourceDir)) {
    if (file.endsWith('.yaml')) continue; // generator input and source configuration, not payloads
    routes.set(`/${relative(sourceDir, file).split(sep).join('/')}`, fileRoute(file, today, origin));
  }
  const routesFile = join(sourceDir, 'routes.yaml');
  if (existsSync(routesFile)) {
    for (const [path, file] of Object.entries(z.record(z.string().startsWith('/'), z.string()).parse(parseYaml(readFileSync(routesFile, 'utf8'))))) {
      routes.set(path, fileRoute(join(sourceDir, file), today, origin));
    }
  }
  return routes;
}

/** The source's base URLs moved onto its mirror: `https://host/inbs/` → `http://127.0.0.1:PORT/inbs/`. */
function mirroredBaseUrls(source: SourceDefinition, origin: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source.baseUrls).map(([name, url]) => {
      const path = new URL(url).pathname;
      return [name, `${origin}${path === '/' ? '' : path}`];
    }),
  );
}

const tokyoDay = (instant: Date): string => new Date(instant.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

/** The demo's newsroom files (`mirror/custom/sources/*.yaml`) rendered with the mirror's origin, as a custom source. */
function demoCustomSource(demoDir: string, dataDir: string, origin: string, today: string): SourceDefinition {
  const from = join(demoDir, 'mirror', 'custom', 'sources');
  const to = join(dataDir, 'custom-sources');
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).filter((file) => file.endsWith('.yaml'))) {
    writeFileSync(join(to, name), renderDemoTemplate(readFileSync(join(from, name), 'utf8'), today, { origin }));
  }
  return createCustomSource({ dir: to });
}

/** Fails before any work when the dashboard's port is taken (the service would only find out at the end). */
async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is in use: run \`execradar demo --port 3001\` (or --port 0 for any free port)`, { cause: error }) : error),
    );
    probe.listen(port, host, () => probe.close(() => resolvePort()));
  });
}

export async function runDemo(options: DemoOptions, logger: Logger): Promise<DemoRun> {
  const port = options.port ?? Number(process.env['PORT'] ?? 3000);
  const host = options.host ?? '127.0.0.1';
  await assertPortFree(host, port);
  const demoDir = options.demoDir ?? join(projectRoot(), 'demo');
  const now = options.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const dataDir = resolve(options.dataDir ?? './data/demo');
  const registry = options.sources ?? SOURCES;
  const withPayloads = registry.filter((source) => existsSync(join(demoDir, 'mirror', source.id)));

  const mirrors = new Map<string, DemoMirror>();
  const closeMirrors = async () => {
    await Promise.all([...mirrors.values()].map((mirror) => mirror.close()));
  };
  try {
    // One mirror per source, so each keeps the URL layout of the site it stands for.
    for (const source of withPayloads) {
      const routes = new Map<string, MirrorRoute>();
      const mirror = await startDemoMirror(routes);
      mirrors.set(source.id, mirror);
      for (const [path, route] of fileRoutes(join(demoDir, 'mirror', source.id), today, mirror.origin)) routes.set(path, route);
      const notices = join(demoDir, 'mirror', source.id, 'notices.yaml');
      if (source.id === 'tdnet' && existsSync(notices)) {
        const prefix = new URL(source.baseUrls['list'] ?? 'http://x/inbs/').pathname.replace(/\/$/u, '');
        for (const [path, route] of tdnetDemoRoutes(loadDemoNotices(notices), tokyoDay(now), prefix)) routes.set(path, route);
      }
    }
    const sources = withPayloads.map((source) =>
      source.id === 'custom' ? demoCustomSource(demoDir, dataDir, mirrors.get('custom')!.origin, today) : source,
    );

    const settings = loadSettings({
      // Nothing from the environment but where to listen: a DATABASE_URL or token meant for real data stays out.
      env: {},
      cwd: demoDir,
      overrides: {
        dataDir,
        port,
        host,
        logLevel: 'warn',
        scheduler: false,
        crawler: {
          userAgent: 'ExecRadar-demo demo@execradar.example',
          minIntervalMs: 0,
          timeoutMs: 10_000,
          allowPrivateHosts: [...mirrors.values()].map((mirror) => new URL(mirror.origin).host),
        },
        sources: Object.fromEntries(
          registry.map((source) => {
            const mirror = mirrors.get(source.id);
            if (!mirror) return [source.id, { enabled: false }];
            return [source.id, { baseUrls: mirroredBaseUrls(source, mirror.origin), options: DEMO_REQUESTS[source.id]?.options ?? {} }];
          }),
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
      for (const source of sources) {
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
        await closeMirrors();
      },
    };
  } catch (error) {
    await closeMirrors();
    throw error;
  }
}

-- Core schema: companies and their identifiers, the CRM side (accounts, contacts), crawling
-- (sources, crawl state per URL, runs), documents, what extraction found (officer events, fiscal
-- facts), matches of events to contacts, and alerts (an outbox: one row per event and contact).

CREATE TABLE companies (
  id                  bigserial PRIMARY KEY,
  name                text NOT NULL,
  name_en             text,
  name_ja             text,
  normalized_name     text NOT NULL,
  country             text,
  cik                 text,
  ticker              text,
  exchange            text,
  sec_code            text,
  corporate_number    text,
  edinet_code         text,
  lei                 text,
  fiscal_year_end     text CHECK (fiscal_year_end ~ '^[0-1][0-9]-[0-3][0-9]$'),
  fiscal_year_end_source text,
  fiscal_year_end_seen_at timestamptz,
  parent_company_id   bigint REFERENCES companies(id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX companies_cik_key ON companies (cik) WHERE cik IS NOT NULL;
CREATE UNIQUE INDEX companies_sec_code_key ON companies (sec_code) WHERE sec_code IS NOT NULL;
CREATE UNIQUE INDEX companies_corporate_number_key ON companies (corporate_number) WHERE corporate_number IS NOT NULL;
CREATE UNIQUE INDEX companies_edinet_code_key ON companies (edinet_code) WHERE edinet_code IS NOT NULL;
CREATE UNIQUE INDEX companies_lei_key ON companies (lei) WHERE lei IS NOT NULL;
CREATE INDEX companies_ticker_idx ON companies (ticker);
CREATE INDEX companies_normalized_name_idx ON companies (normalized_name);

CREATE TABLE accounts (
  id                  text PRIMARY KEY,
  name                text NOT NULL,
  company_id          bigint REFERENCES companies(id),
  ticker              text,
  cik                 text,
  sec_code            text,
  corporate_number    text,
  owner_email         text,
  arr                 numeric,
  renewal_date        date,
  segment             text,
  country             text,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX accounts_company_idx ON accounts (company_id);

CREATE TABLE contacts (
  id                  text PRIMARY KEY,
  account_id          text NOT NULL REFERENCES accounts(id),
  name                text NOT NULL,
  name_reading        text,
  name_latin          text,
  title               text,
  email               text,
  owner_email         text,
  is_key_person       boolean NOT NULL DEFAULT true,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contacts_account_idx ON contacts (account_id);

CREATE TABLE sources (
  id                  text PRIMARY KEY,
  name                text NOT NULL,
  enabled             boolean NOT NULL DEFAULT true,
  disabled_reason     text,
  last_run_at         timestamptz,
  next_run_at         timestamptz,
  last_status         text,
  last_error          text,
  consecutive_failures integer NOT NULL DEFAULT 0,
  updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE crawl_runs (
  id                  bigserial PRIMARY KEY,
  source_id           text NOT NULL REFERENCES sources(id),
  trigger             text NOT NULL,
  started_at          timestamptz NOT NULL DEFAULT now(),
  finished_at         timestamptz,
  status              text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'ok', 'partial', 'failed')),
  stats               jsonb NOT NULL DEFAULT '{}'::jsonb,
  error               text
);
CREATE INDEX crawl_runs_source_idx ON crawl_runs (source_id, started_at DESC);

-- One row per URL a source has asked for: what conditional GET needs, and what went wrong last.
CREATE TABLE crawl_state (
  url                 text PRIMARY KEY,
  source_id           text NOT NULL REFERENCES sources(id),
  etag                text,
  last_modified       text,
  content_hash        text,
  last_status         integer,
  last_outcome        text,
  last_error          text,
  fetched_at          timestamptz,
  next_due_at         timestamptz,
  failure_count       integer NOT NULL DEFAULT 0,
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX crawl_state_source_idx ON crawl_state (source_id);

CREATE TABLE documents (
  id                  bigserial PRIMARY KEY,
  source_id           text NOT NULL REFERENCES sources(id),
  url                 text NOT NULL,
  external_id         text,
  company_id          bigint REFERENCES companies(id),
  published_at        timestamptz,
  title               text,
  text                text NOT NULL,
  lang                text,
  content_hash        text NOT NULL,
  status              text NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'failed')),
  error               text,
  fetched_at          timestamptz NOT NULL DEFAULT now(),
  extracted_at        timestamptz
);
CREATE UNIQUE INDEX documents_url_key ON documents (url);
CREATE UNIQUE INDEX documents_content_hash_key ON documents (content_hash);
CREATE UNIQUE INDEX documents_source_external_key ON documents (source_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX documents_company_idx ON documents (company_id, published_at DESC);

CREATE TABLE officer_events (
  id                  bigserial PRIMARY KEY,
  document_id         bigint NOT NULL REFERENCES documents(id),
  company_id          bigint REFERENCES companies(id),
  person              text NOT NULL,
  person_key          text NOT NULL,
  person_reading      text,
  change              text NOT NULL CHECK (change IN ('appointed', 'departed', 'retiring', 'promoted', 'role_change', 'interim', 'nominated', 'not_standing')),
  role_before         text,
  role_after          text,
  effective           text,
  effective_date      date,
  announced_on        date,
  evidence            text NOT NULL,
  confidence          real NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX officer_events_identity_key ON officer_events (document_id, person_key, change);
CREATE INDEX officer_events_company_idx ON officer_events (company_id, announced_on DESC);

CREATE TABLE fiscal_facts (
  id                  bigserial PRIMARY KEY,
  company_id          bigint NOT NULL REFERENCES companies(id),
  kind                text NOT NULL CHECK (kind IN ('fiscal_year_end', 'earnings_date', 'agm_date')),
  value               text NOT NULL,
  source_id           text NOT NULL,
  document_id         bigint REFERENCES documents(id),
  observed_at         timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX fiscal_facts_identity_key ON fiscal_facts (company_id, kind, value, source_id);

CREATE TABLE contact_matches (
  id                  bigserial PRIMARY KEY,
  event_id            bigint NOT NULL REFERENCES officer_events(id),
  contact_id          text NOT NULL REFERENCES contacts(id),
  kind                text NOT NULL DEFAULT 'same_company' CHECK (kind IN ('same_company', 'job_change')),
  score               real NOT NULL,
  reasons             jsonb NOT NULL DEFAULT '[]'::jsonb,
  status              text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'confirmed', 'dismissed')),
  decided_by          text,
  decided_at          timestamptz,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX contact_matches_identity_key ON contact_matches (event_id, contact_id);

-- Remembered decisions on (contact, person as announced at a company): a dismissed pair never alerts again.
CREATE TABLE match_decisions (
  contact_id          text NOT NULL REFERENCES contacts(id),
  person_key          text NOT NULL,
  company_id          bigint,
  decision            text NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),
  decided_by          text,
  decided_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (contact_id, person_key)
);

-- The outbox: written in the same transaction as the match that causes it, delivered by a worker.
CREATE TABLE alerts (
  id                  bigserial PRIMARY KEY,
  kind                text NOT NULL CHECK (kind IN ('contact_leaving', 'contact_moving', 'contact_joined_elsewhere', 'reshuffle_nudge', 'budget_nudge')),
  event_id            bigint REFERENCES officer_events(id),
  contact_id          text REFERENCES contacts(id),
  dedupe_key          text NOT NULL,
  recipient           text,
  payload             jsonb NOT NULL,
  status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dismissed', 'snoozed')),
  assigned_to         text,
  snoozed_until       timestamptz,
  delivery_status     text NOT NULL DEFAULT 'pending' CHECK (delivery_status IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
  idempotency_key     text NOT NULL,
  attempts            integer NOT NULL DEFAULT 0,
  next_attempt_at     timestamptz NOT NULL DEFAULT now(),
  last_error          text,
  created_at          timestamptz NOT NULL DEFAULT now(),
  delivered_at        timestamptz
);
CREATE UNIQUE INDEX alerts_dedupe_key ON alerts (dedupe_key);
CREATE UNIQUE INDEX alerts_event_contact_key ON alerts (event_id, contact_id) WHERE event_id IS NOT NULL AND contact_id IS NOT NULL;
CREATE INDEX alerts_delivery_idx ON alerts (delivery_status, next_attempt_at);

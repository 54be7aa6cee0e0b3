-- Notification delivery. The `alerts` outbox fans out into one delivery per alert × channel × target;
-- each delivery is claimed, sent and recorded on its own, with its own retries and idempotency key.
-- Digests (weekly leadership, daily CSM) are rows of their own, created once per period (digest_key),
-- and delivered through the same table.

CREATE TABLE notify_digests (
  id                  bigserial PRIMARY KEY,
  kind                text NOT NULL CHECK (kind IN ('leadership_weekly', 'csm_daily')),
  digest_key          text NOT NULL,
  recipient           text,
  period_start        date NOT NULL,
  period_end          date NOT NULL,
  payload             jsonb NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX notify_digests_key ON notify_digests (digest_key);

CREATE TABLE alert_deliveries (
  id                  bigserial PRIMARY KEY,
  alert_id            bigint REFERENCES alerts(id),
  digest_id           bigint REFERENCES notify_digests(id),
  channel             text NOT NULL CHECK (channel IN ('slack', 'email', 'webhook')),
  -- A route name (`slack`: owner:<e-mail> | team:<name> | defaults | leadership:<n>; `webhook`: its name)
  -- or an e-mail address; secrets (webhook URLs, signing keys) stay in the configuration.
  target              text NOT NULL,
  language            text NOT NULL CHECK (language IN ('ja', 'en')),
  status              text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts            integer NOT NULL DEFAULT 0,
  next_attempt_at     timestamptz NOT NULL DEFAULT now(),
  -- While `sending`: when the claim lapses and another worker may send again (a crash mid-send).
  lease_until         timestamptz,
  last_error          text,
  sent_at             timestamptz,
  idempotency_key     text NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now(),
  CHECK ((alert_id IS NULL) <> (digest_id IS NULL))
);
CREATE UNIQUE INDEX alert_deliveries_alert_key ON alert_deliveries (alert_id, channel, target) WHERE alert_id IS NOT NULL;
CREATE UNIQUE INDEX alert_deliveries_digest_key ON alert_deliveries (digest_id, channel, target) WHERE digest_id IS NOT NULL;
CREATE INDEX alert_deliveries_due_idx ON alert_deliveries (status, next_attempt_at);

-- Alerts of owners in daily-digest mode wait here until their day's digest takes them (digest_id set).
CREATE TABLE alert_digest_items (
  alert_id            bigint PRIMARY KEY REFERENCES alerts(id),
  recipient           text NOT NULL,
  digest_id           bigint REFERENCES notify_digests(id),
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alert_digest_items_waiting_idx ON alert_digest_items (recipient) WHERE digest_id IS NULL;

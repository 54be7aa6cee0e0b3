-- Companies a document concerns besides its issuer: the co-registrants of a multi-party 8-K, which EDGAR
-- keeps under one accession number (stored once), and whose officers' contacts must be matched as well.

CREATE TABLE document_companies (
  document_id         bigint NOT NULL REFERENCES documents(id),
  company_id          bigint NOT NULL REFERENCES companies(id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (document_id, company_id)
);

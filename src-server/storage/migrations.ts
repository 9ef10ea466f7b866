/**
 * The SQLite schema, as numbered migrations (PRAGMA user_version holds the last one applied). A shipped
 * migration is never edited: a change adds the next one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE enrollment_codes (
    code_hash TEXT PRIMARY KEY,
    location TEXT NOT NULL,
    ward_code TEXT NOT NULL,
    ward_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    kiosk_id TEXT
  ) STRICT;
  CREATE TABLE kiosks (
    kiosk_id TEXT PRIMARY KEY,
    location TEXT NOT NULL,
    ward_code TEXT NOT NULL,
    ward_name TEXT NOT NULL,
    public_jwk TEXT NOT NULL,
    label TEXT,
    app_version TEXT,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT
  ) STRICT;
  CREATE TABLE token_ids (
    kiosk_id TEXT NOT NULL,
    jti TEXT NOT NULL,
    exp INTEGER NOT NULL,
    PRIMARY KEY (kiosk_id, jti)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX token_ids_exp ON token_ids (exp);
  CREATE TABLE procedure_versions (
    procedure_id TEXT NOT NULL,
    catalog_version TEXT NOT NULL,
    json TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    PRIMARY KEY (procedure_id, catalog_version)
  ) STRICT;
  CREATE TABLE applications (
    client_id TEXT PRIMARY KEY,
    kiosk_id TEXT NOT NULL,
    reference TEXT NOT NULL,
    procedure_id TEXT NOT NULL,
    procedure_code TEXT NOT NULL,
    catalog_version TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    created_at TEXT NOT NULL,
    received_at TEXT,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX applications_reference ON applications (reference);
  CREATE TABLE attachments (
    client_id TEXT NOT NULL,
    attachment_id TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    iv TEXT NOT NULL,
    verified_at TEXT,
    PRIMARY KEY (client_id, attachment_id)
  ) STRICT;
  CREATE TABLE status_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    changed_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX status_changes_kiosk ON status_changes (kiosk_id, seq);
  CREATE TABLE uploads (
    upload_id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    attachment_id TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  `,
];

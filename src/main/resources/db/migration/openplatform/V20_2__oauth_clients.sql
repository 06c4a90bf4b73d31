-- OAuth2 client credentials of integrations: a tenant's clients (the secret kept as its SHA-256, shown once) with the
-- permissions their tokens carry, and the short-lived opaque bearer tokens issued to them (kept as SHA-256 too).
create table openplatform.oauth_client (
    id           uuid primary key,
    tenant_id    varchar(40) not null,
    client_id    varchar(60) not null unique,
    name         varchar(100) not null,
    secret_hash  varchar(64) not null,
    scopes       varchar(2000) not null,
    created_by   varchar(200) not null,
    created_at   timestamptz not null,
    last_used_at timestamptz
);

create index oauth_client_tenant on openplatform.oauth_client (tenant_id, created_at);

create table openplatform.oauth_token (
    id          uuid primary key,
    tenant_id   varchar(40) not null,
    client_ref  uuid not null references openplatform.oauth_client (id) on delete cascade,
    token_hash  varchar(64) not null unique,
    scopes      varchar(2000) not null,
    expires_at  timestamptz not null,
    created_at  timestamptz not null
);

create index oauth_token_expiry on openplatform.oauth_token (expires_at);

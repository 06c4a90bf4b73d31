-- Single sign-on per tenant (ADR 0039). Secrets are sealed with the installation's personal-data key, like the
-- tenants' signing keys; the plain secret never reaches a table and is never returned by the API.

-- The tenant's own OpenID Connect provider: its users sign in there and are matched to their Renloop login by the
-- work e-mail or the employee number in the ID token.
create table platform.sso_oidc (
    tenant_id        varchar(40)  primary key references platform.tenant(id),
    provider_name    varchar(100) not null,
    issuer           varchar(500) not null,
    client_id        varchar(200) not null,
    client_secret    bytea        not null,
    match_claim      varchar(20)  not null,
    claim_name       varchar(100) not null,
    create_accounts  boolean      not null default false,
    updated_at       timestamptz  not null
);

-- WeCom (企业微信) web authorization and DingTalk (钉钉) in-app login: the corp id / app key and the secret of the
-- tenant's self-built application.
create table platform.sso_chat_app (
    tenant_id   varchar(40)  not null references platform.tenant(id),
    provider    varchar(20)  not null,
    app_id      varchar(200) not null,
    agent_id    varchar(50),
    secret      bytea        not null,
    updated_at  timestamptz  not null,
    primary key (tenant_id, provider)
);

-- Which login an outside identity signs in as: set by the first sign-in that matched it, or by the tenant admin.
create table platform.sso_link (
    tenant_id    varchar(40)  not null,
    provider     varchar(20)  not null,
    external_id  varchar(200) not null,
    user_id      uuid         not null references platform.user_account(id) on delete cascade,
    linked_at    timestamptz  not null,
    primary key (tenant_id, provider, external_id)
);
create index sso_link_user_ix on platform.sso_link (user_id);

-- A tenant that requires single sign-on: passwords are refused for its logins other than tenant administrators.
alter table platform.tenant add column passwords_off boolean not null default false;

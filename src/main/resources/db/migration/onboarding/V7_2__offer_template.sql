-- A tenant's own offer letter text per language; without one the built-in default is used.
create table onboarding.offer_template (
    id          uuid primary key,
    tenant_id   varchar(40) not null,
    language    varchar(2) not null check (language in ('zh', 'en')),
    title       varchar(200) not null,
    body        text not null,
    updated_by  varchar(254) not null,
    updated_at  timestamptz not null,
    version     bigint not null default 0,
    constraint offer_template_language_uk unique (tenant_id, language)
);

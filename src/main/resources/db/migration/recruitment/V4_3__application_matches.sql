-- Stored match scores: computed once when an application arrives and again when the requisition's competency
-- model changes or the requisition is (re)opened, so that reading a ranked list never runs the embedding model.
-- Factors keep their evidence in Chinese and English; the API answers in the reader's language.

create table recruitment.application_match (
    application_id  uuid primary key references recruitment.application(id) on delete cascade,
    tenant_id       varchar(40) not null,
    requisition_id  uuid not null,
    candidate_id    uuid not null,
    score           numeric(4, 1) not null,
    must_haves_met  boolean not null,
    factors         jsonb not null,
    requirements    varchar(64) not null,
    scored_at       timestamptz not null,
    version         bigint not null default 0
);
create index application_match_requisition_ix on recruitment.application_match (tenant_id, requisition_id, score desc);

-- Identifies this database to the talent-pool index on disk: an index built from another database (or by an
-- older index format) is rebuilt on start-up. One row, not tenant data.
create table recruitment.talent_pool_state (
    id           smallint primary key check (id = 1),
    database_id  uuid not null
);
insert into recruitment.talent_pool_state (id, database_id) values (1, gen_random_uuid());

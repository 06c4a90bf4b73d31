-- Every change that may alter a candidate's place in the talent pool, numbered in insert order. Each app node
-- applies the changes to its own Lucene index in that order (ADR 0021): a candidate received on one node is found by
-- a search on any node a moment later. Rows older than a week are pruned, the newest row is always kept.
create table recruitment.talent_pool_change (
    seq          bigserial   primary key,
    tenant_id    varchar(40) not null,
    candidate_id uuid        not null,
    changed_at   timestamptz not null default now()
);
create index talent_pool_change_changed_ix on recruitment.talent_pool_change (changed_at);

-- Erasure of a candidate's personal data (on request, or when the retention period ends): the person row
-- stays as an anonymous shell so that applications and their stage history, and with them the channel
-- statistics, remain true. Applications are counted by channel and arrival date.

alter table recruitment.candidate alter column name drop not null;
alter table recruitment.candidate add column erased_at timestamptz;
alter table recruitment.candidate add constraint candidate_erased_ck check (erased_at is not null or name is not null);

create index candidate_retention_ix on recruitment.candidate (retain_until) where erased_at is null;
create index application_arrival_ix on recruitment.application (tenant_id, created_at);

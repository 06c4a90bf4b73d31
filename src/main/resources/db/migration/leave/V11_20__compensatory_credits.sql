-- Compensatory leave (调休假) credited from approved rest-day overtime: the grant names the overtime request it comes
-- from, once per request, so a redelivered announcement credits nothing twice.
alter table leave.balance_grant add column source_id uuid;
create unique index balance_grant_source_ux on leave.balance_grant (tenant_id, source_id) where source_id is not null;

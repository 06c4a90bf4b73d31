-- GET /api/v1/audit/events lists newest first (order by id desc) with optional entity_type and entity_id filters.
-- V1_1's (tenant_id, entity_type, entity_id) left a sort of every matching event before the first page; with id
-- at the end these indexes return a filtered page in list order, and its capped count from the index alone.
create index audit_event_tenant_type_id_ix on platform.audit_event (tenant_id, entity_type, id);
create index audit_event_tenant_entity_id_ix on platform.audit_event (tenant_id, entity_type, entity_id, id);
drop index platform.audit_event_entity_ix;

-- The compliance page lists the lines that need action first: those without a certificate and those expiring within
-- the next 30 days or already expired, a few percent of a tenant's lines. These indexes let it read only them.
create index compliance_line_expiry_ix on training.compliance_line (tenant_id, expires_on);
create index compliance_line_missing_ix on training.compliance_line (tenant_id, department_id) where certificate_id is null;

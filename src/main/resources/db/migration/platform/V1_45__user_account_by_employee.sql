-- Approval chains look up the login of each manager; one indexed read instead of every login of the tenant.
create index user_account_employee on platform.user_account (tenant_id, employee_id) where employee_id is not null;

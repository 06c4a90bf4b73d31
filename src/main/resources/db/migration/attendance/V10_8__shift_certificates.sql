-- The certificates (training's type codes, e.g. SPECIAL_OPERATION) a shift requires: scheduling someone who does not
-- hold a valid one warns the scheduler, it does not refuse.
create table attendance.shift_certificate (
    tenant_id         varchar(40) not null,
    shift_code        varchar(20) not null,
    certificate_type  varchar(40) not null,
    primary key (tenant_id, shift_code, certificate_type)
);

-- What attendance knows of employees' certificates, learnt from training's events (CertificateRecorded,
-- CertificateExpired): per employee and type, the last day of the longest-lasting one (null: never expires).
create table attendance.certificate_validity (
    tenant_id         varchar(40) not null,
    employee_id       uuid not null,
    certificate_type  varchar(40) not null,
    expires_on        date,
    updated_at        timestamptz not null,
    primary key (tenant_id, employee_id, certificate_type)
);

-- Attrition risk models of a tenant: models trained on an uploaded table (source UPLOAD) and the tenant's own model
-- trained on its history (source TENANT). A model is plain numbers in JSON (column encodings, standardisation,
-- coefficients), never serialised Java objects; the card holds what the model card page shows.
create table analytics.attrition_model (
    tenant_id varchar(64) not null,
    id uuid not null,
    source varchar(10) not null,
    file_name varchar(255),
    target varchar(200) not null,
    positive_value varchar(200) not null,
    trained_at timestamptz not null,
    trained_by varchar(320),
    people int not null,
    leavers int not null,
    auc numeric(5, 4) not null,
    coefficients jsonb not null,
    card jsonb not null,
    primary key (tenant_id, id)
);
create index attrition_model_latest_ix on analytics.attrition_model (tenant_id, source, trained_at desc);

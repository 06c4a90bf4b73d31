-- A cycle may give some positions or departments a template of their own (miners KPI, engineers OKR in one cycle);
-- each review keeps the template it follows (null: the cycle's).
alter table performance.cycle add column template_rules jsonb not null default '[]'::jsonb;
alter table performance.review add column template_id uuid references performance.template (id);

-- The tenants' signing keys now live in platform.signing_key (platform V1_10, ADR 0032): the rows move, so that
-- documents signed before keep verifying against the same certificate, and onboarding's table goes.
insert into platform.signing_key (tenant_id, algorithm, private_key, certificate, created_at)
select tenant_id, algorithm, private_key, certificate, created_at from onboarding.signing_key
on conflict (tenant_id) do nothing;

drop table onboarding.signing_key;

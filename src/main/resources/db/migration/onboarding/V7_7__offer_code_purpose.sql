-- A candidate's one-time code confirms either accepting or declining the offer, never the other.
alter table onboarding.offer add column code_purpose varchar(10)
    check (code_purpose in ('ACCEPT', 'DECLINE'));
-- codes sent before declining needed one were all sent to accept
update onboarding.offer set code_purpose = 'ACCEPT' where code_hash is not null;

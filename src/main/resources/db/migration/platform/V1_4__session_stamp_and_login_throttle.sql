-- A page session remembers its login's stamp from sign-in. Changing the login's roles, data scope, links, enabled
-- state or password raises the stamp, and every app node ends the sessions whose stamp is out of date.
alter table platform.user_account add column security_stamp bigint not null default 0;

-- Wrong passwords are counted per login and source address, so that a stranger's guesses delay only the stranger
-- and never lock the login itself (nor its API tokens).
alter table platform.user_account drop column failed_logins;
alter table platform.user_account drop column locked_until;

create table platform.login_throttle (
    user_id         uuid        not null references platform.user_account(id) on delete cascade,
    source          varchar(64) not null,
    failures        int         not null,
    last_failure_at timestamptz not null,
    delayed_until   timestamptz,
    primary key (user_id, source)
);

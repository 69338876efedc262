-- Support plans, written in the person's words. A person has at most one current draft; when the worker and the
-- person have both agreed it, it becomes an agreed version, numbered 1, 2, ... and kept for ever. Goals keep their
-- id from version to version, so progress recorded against a goal follows it. Nothing here is deleted.

create table support_plan_draft (
    alliance_id         uuid not null references alliance (id),
    id                  uuid not null,
    person_id           uuid not null,
    -- The plan's words: what matters, strengths, goals, support, positive risk-taking, crisis plan, review date.
    content             jsonb not null,
    -- The agreed version it started from, none for a first plan.
    started_from        integer,
    version             integer not null default 0,
    changed_by          text not null,
    changed_name        text not null,
    changed_at          timestamptz not null default now(),
    worker_agreed_by    text,
    worker_agreed_name  text,
    worker_agreed_at    timestamptz,
    person_agreed_by    text,
    person_agreed_name  text,
    person_agreed_at    timestamptz,
    -- The number of the agreed version this draft became, once both agreed; until then the current draft.
    agreed_as           integer,
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    constraint support_plan_draft_worker_agreement check ((worker_agreed_by is null) = (worker_agreed_at is null)),
    constraint support_plan_draft_person_agreement check ((person_agreed_by is null) = (person_agreed_at is null)),
    constraint support_plan_draft_agreed_by_both check (agreed_as is null
        or (worker_agreed_at is not null and person_agreed_at is not null))
);
-- One current draft per person.
create unique index support_plan_current_draft on support_plan_draft (alliance_id, person_id) where agreed_as is null;

create table support_plan_version (
    alliance_id         uuid not null references alliance (id),
    person_id           uuid not null,
    number              integer not null check (number >= 1),
    content             jsonb not null,
    review_on           date not null,
    drafted_by          text not null,
    drafted_name        text not null,
    worker_agreed_by    text not null,
    worker_agreed_name  text not null,
    worker_agreed_at    timestamptz not null,
    person_agreed_by    text not null,
    person_agreed_name  text not null,
    person_agreed_at    timestamptz not null,
    agreed_at           timestamptz not null default now(),
    primary key (alliance_id, person_id, number),
    foreign key (alliance_id, person_id) references person (alliance_id, id)
);
-- Reviews due: the latest version of each person by review date.
create index support_plan_version_review on support_plan_version (alliance_id, review_on);

-- Progress towards a goal over time, on a scale of four plain steps.
create table support_plan_progress (
    alliance_id   uuid not null references alliance (id),
    id            uuid not null,
    person_id     uuid not null,
    goal_id       uuid not null,
    recorded_on   date not null,
    progress      text not null check (progress in ('NOT_STARTED', 'SOME_PROGRESS', 'GOOD_PROGRESS', 'ACHIEVED')),
    note          text check (length(note) <= 2000),
    by_person     boolean not null,
    recorded_by   text not null,
    recorded_name text not null,
    recorded_at   timestamptz not null default now(),
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id)
);
create index support_plan_progress_goal on support_plan_progress (alliance_id, person_id, goal_id, recorded_on);

-- Day services and activities: the sessions a day service publishes (each with its repetition as an RFC 5545
-- rule), the people registered with a service (direct access, no referral), and the attendance registers taken
-- for each occurrence of a session: one row per person and occurrence, so two registers taken at once merge,
-- and an anonymous head count per occurrence for drop-in visitors. Nothing is deleted.

create table day_session (
    alliance_id    uuid not null references alliance (id),
    id             uuid not null,
    service_id     uuid not null,
    kind           text not null check (kind in ('DROP_IN', 'GROUP', 'THERAPEUTIC_GROUP', 'WORKSHOP', 'EXHIBITION',
                       'COMMUNITY_EVENT')),
    title          text not null check (length(title) between 1 and 200),
    place          text,
    facilitators   text,
    capacity       integer check (capacity between 1 and 1000),
    user_led       boolean not null,
    first_date     date not null,
    start_time     time not null,
    end_time       time not null,
    -- An RFC 5545 recurrence rule (for example FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270331); none for a single day.
    repeat_rule    text,
    cancelled_at   timestamptz,
    cancel_reason  text,
    version        integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id),
    constraint day_session_times check (end_time > start_time),
    constraint day_session_cancelled_with_reason check ((cancelled_at is null) = (cancel_reason is null))
);
create index day_session_service on day_session (alliance_id, service_id);

-- A registration covers the days from its start up to the day before its end; an open one has no end.
create table day_registration (
    alliance_id  uuid not null references alliance (id),
    id           uuid not null,
    service_id   uuid not null,
    person_id    uuid not null,
    start_date   date not null,
    end_date     date,
    end_reason   text,
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    primary key (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    constraint day_registration_dates check (end_date is null or end_date >= start_date),
    constraint day_registration_ended_with_reason check ((end_date is null) = (end_reason is null))
);
create index day_registration_service on day_registration (alliance_id, service_id, start_date);
create index day_registration_person on day_registration (alliance_id, person_id);

-- One entry per person and occurrence (a session on a date).
create table day_attendance (
    alliance_id  uuid not null references alliance (id),
    session_id   uuid not null,
    occurs_on    date not null,
    person_id    uuid not null,
    present      boolean not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    primary key (alliance_id, session_id, occurs_on, person_id),
    foreign key (alliance_id, session_id) references day_session (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id)
);
create index day_attendance_day on day_attendance (alliance_id, occurs_on) include (person_id, session_id)
    where present;
create index day_attendance_person on day_attendance (alliance_id, person_id, occurs_on);

-- Visitors who were not named: a count, never people.
create table day_head_count (
    alliance_id  uuid not null references alliance (id),
    session_id   uuid not null,
    occurs_on    date not null,
    head_count   integer not null check (head_count between 0 and 10000),
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    primary key (alliance_id, session_id, occurs_on),
    foreign key (alliance_id, session_id) references day_session (alliance_id, id)
);

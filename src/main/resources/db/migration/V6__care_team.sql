-- The team around the person: a named key worker and care team members from any partner, with dates.
-- Membership is also what gives a worker the right to open the person's record.

create table care_team_member (
    alliance_id   uuid not null references alliance (id),
    id            uuid not null,
    person_id     uuid not null,
    staff_id      uuid not null,
    team_role     text not null,
    key_worker    boolean not null default false,
    start_date    date not null,
    end_date      date,
    end_reason    text,
    added_by      text not null,
    added_at      timestamptz not null default now(),
    version       integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    foreign key (alliance_id, staff_id) references staff (alliance_id, id),
    constraint care_team_dates check (end_date is null or end_date >= start_date)
);
create index care_team_person on care_team_member (alliance_id, person_id);
create index care_team_staff on care_team_member (alliance_id, staff_id) where end_date is null;
create unique index care_team_one_key_worker on care_team_member (alliance_id, person_id)
    where key_worker and end_date is null;

-- The pathway ladder per alliance, and move plans with their introductory visits.

-- Each alliance places the kinds of setting where a person lives on its own ladder: level 1 is the most
-- restrictive; a higher level is less restrictive. Two kinds may share a level. Every alliance has one row per
-- kind on the ladder, seeded with the usual order when the alliance is created.
create table ladder_level (
    alliance_id uuid    not null references alliance (id),
    kind        text    not null check (kind in ('INPATIENT_REHABILITATION', 'NURSING_CARE', 'RESIDENTIAL_CARE',
                            'COMMUNITY_RECOVERY', 'STAFFED_FLATS', 'SUPPORTED_LIVING', 'FLOATING_SUPPORT', 'OWN_HOME')),
    level       integer not null check (level between 1 and 20),
    changed_by  text,
    changed_at  timestamptz not null default now(),
    version     integer not null default 0,
    primary key (alliance_id, kind)
);

create function seed_ladder() returns trigger language plpgsql as $$
begin
    insert into ladder_level (alliance_id, kind, level)
    values (new.id, 'INPATIENT_REHABILITATION', 1), (new.id, 'NURSING_CARE', 2), (new.id, 'RESIDENTIAL_CARE', 3),
           (new.id, 'COMMUNITY_RECOVERY', 4), (new.id, 'STAFFED_FLATS', 5), (new.id, 'SUPPORTED_LIVING', 6),
           (new.id, 'FLOATING_SUPPORT', 7), (new.id, 'OWN_HOME', 8);
    return new;
end $$;

create trigger alliance_ladder after insert on alliance for each row execute function seed_ladder();

insert into ladder_level (alliance_id, kind, level)
select a.id, k.kind, k.level from alliance a
cross join (values ('INPATIENT_REHABILITATION', 1), ('NURSING_CARE', 2), ('RESIDENTIAL_CARE', 3),
                   ('COMMUNITY_RECOVERY', 4), ('STAFFED_FLATS', 5), ('SUPPORTED_LIVING', 6),
                   ('FLOATING_SUPPORT', 7), ('OWN_HOME', 8)) as k (kind, level);

-- A plan to move a person from one setting (their stay there, if Bridgeway knows it) to a service. Readiness
-- moves from not yet ready to ready; a ready plan that has not happened is waiting, and is delayed when the
-- receiving service has no place. Completing the plan ends the old stay and starts the new one on the day of
-- the move. Plans are completed or cancelled with a reason, never deleted.
create table move_plan (
    alliance_id          uuid not null references alliance (id),
    id                   uuid not null,
    person_id            uuid not null,
    from_stay_id         uuid,
    to_service_id        uuid not null,
    target_date          date,
    readiness            text not null default 'NOT_YET_READY' check (readiness in ('NOT_YET_READY', 'READY')),
    ready_since          date,
    decided_by           text not null,
    status               text not null default 'PLANNED' check (status in ('PLANNED', 'COMPLETED', 'CANCELLED')),
    moved_on             date,
    new_stay_id          uuid,
    cancel_reason        text,
    handover_plan_shared boolean not null default false,
    handover_on          date,
    handover_strengths   text,
    handover_notes       text,
    recorded_by          text not null,
    recorded_at          timestamptz not null default now(),
    version              integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    foreign key (alliance_id, from_stay_id) references stay (alliance_id, id),
    foreign key (alliance_id, to_service_id) references service (alliance_id, id),
    foreign key (alliance_id, new_stay_id) references stay (alliance_id, id),
    constraint move_plan_ready check ((readiness = 'READY') = (ready_since is not null)),
    constraint move_plan_completed check ((status = 'COMPLETED') = (moved_on is not null and new_stay_id is not null)),
    constraint move_plan_cancelled check ((status = 'CANCELLED') = (cancel_reason is not null))
);
create index move_plan_person on move_plan (alliance_id, person_id, recorded_at);
-- Open plans, for the capacity board: who is waiting to move and where to.
create index move_plan_open on move_plan (alliance_id, to_service_id) where status = 'PLANNED';

-- The "getting to know you" visits and meetings with the receiving service before a move. A visit recorded in
-- error is voided with a reason and stays on record.
create table move_visit (
    alliance_id  uuid not null references alliance (id),
    id           uuid not null,
    move_plan_id uuid not null,
    visit_date   date not null,
    kind         text not null check (kind in ('VISIT', 'MEETING', 'MEAL', 'OVERNIGHT_STAY', 'TASTER_DAY', 'OTHER')),
    with_whom    text,
    notes        text,
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    voided_by    text,
    voided_at    timestamptz,
    void_reason  text,
    primary key (alliance_id, id),
    foreign key (alliance_id, move_plan_id) references move_plan (alliance_id, id),
    constraint move_visit_void check ((void_reason is null) = (voided_at is null))
);
create index move_visit_plan on move_visit (alliance_id, move_plan_id, visit_date);

-- Work, learning and volunteering: each person's vocational status over time (MHSDS employment status codes),
-- the employment team's caseload, vocational profiles, employer contacts, jobs with their endings and in-work
-- support, and IPS fidelity reviews of a team. Nothing is deleted.

create table vocational_status (
    alliance_id    uuid not null references alliance (id),
    id             uuid not null,
    person_id      uuid not null,
    status_date    date not null,
    code           text not null check (code in ('01', '02', '03', '04', '05', '06', '07', '08', 'ZZ')),
    volunteering   boolean not null default false,
    education      boolean not null default false,
    training       boolean not null default false,
    hours_a_week   numeric(5, 1) check (hours_a_week is null or hours_a_week between 0 and 168),
    place          text,
    recorded_by    text not null,
    recorded_at    timestamptz not null default now(),
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id)
);
create index vocational_status_person on vocational_status (alliance_id, person_id, status_date);

create table work_caseload (
    alliance_id    uuid not null references alliance (id),
    id             uuid not null,
    service_id     uuid not null,
    person_id      uuid not null,
    specialist_id  uuid not null,
    start_date     date not null,
    end_date       date,
    recorded_by    text not null,
    recorded_at    timestamptz not null default now(),
    primary key (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    foreign key (alliance_id, specialist_id) references staff (alliance_id, id),
    constraint work_caseload_dates check (end_date is null or end_date >= start_date)
);
create index work_caseload_service on work_caseload (alliance_id, service_id, start_date);

create table vocational_profile (
    alliance_id           uuid not null references alliance (id),
    person_id             uuid not null,
    work_history          text,
    skills                text,
    preferences           text,
    hours_wanted          integer check (hours_wanted is null or hours_wanted between 0 and 168),
    benefits_advice_given date,
    disclosure            text check (disclosure in ('DISCLOSE', 'NOT_DISCLOSE', 'UNDECIDED')),
    updated_by            text not null,
    updated_at            timestamptz not null default now(),
    version               integer not null default 0,
    primary key (alliance_id, person_id),
    foreign key (alliance_id, person_id) references person (alliance_id, id)
);

create table employer_contact (
    alliance_id    uuid not null references alliance (id),
    id             uuid not null,
    service_id     uuid not null,
    specialist_id  uuid,
    employer       text not null,
    contact_date   date not null,
    kind           text not null check (kind in ('FIRST_MEETING', 'FOLLOW_UP', 'JOB_DEVELOPMENT', 'ON_BEHALF_OF_PERSON')),
    notes          text,
    recorded_by    text not null,
    recorded_at    timestamptz not null default now(),
    primary key (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id),
    foreign key (alliance_id, specialist_id) references staff (alliance_id, id)
);
create index employer_contact_service on employer_contact (alliance_id, service_id, contact_date);

create table job (
    alliance_id       uuid not null references alliance (id),
    id                uuid not null,
    person_id         uuid not null,
    employer          text not null,
    role              text not null,
    hours_a_week      numeric(5, 1) not null check (hours_a_week between 0 and 168),
    hourly_pay_pence  bigint check (hourly_pay_pence is null or hourly_pay_pence >= 0),
    competitive       boolean not null,
    start_date        date not null,
    end_date          date,
    end_reason        text check (end_reason in ('RESIGNED', 'DISMISSED', 'CONTRACT_ENDED', 'BETTER_JOB', 'OTHER')),
    recorded_by       text not null,
    recorded_at       timestamptz not null default now(),
    version           integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    constraint job_dates check (end_date is null or end_date >= start_date),
    constraint job_ended_with_reason check ((end_date is null) = (end_reason is null))
);
create index job_person on job (alliance_id, person_id, start_date);

create table in_work_support (
    alliance_id   uuid not null references alliance (id),
    id            uuid not null,
    job_id        uuid not null,
    contact_date  date not null,
    notes         text not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null default now(),
    primary key (alliance_id, id),
    foreign key (alliance_id, job_id) references job (alliance_id, id)
);
create index in_work_support_job on in_work_support (alliance_id, job_id, contact_date);

create table fidelity_review (
    alliance_id   uuid not null references alliance (id),
    id            uuid not null,
    service_id    uuid not null,
    review_date   date not null,
    reviewers     text not null,
    total         integer not null check (total between 25 and 125),
    recorded_by   text not null,
    recorded_at   timestamptz not null default now(),
    primary key (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id)
);
create index fidelity_review_service on fidelity_review (alliance_id, service_id, review_date);

create table fidelity_score (
    alliance_id   uuid not null references alliance (id),
    review_id     uuid not null,
    item          integer not null check (item between 1 and 25),
    score         integer not null check (score between 1 and 5),
    primary key (alliance_id, review_id, item),
    foreign key (alliance_id, review_id) references fidelity_review (alliance_id, id)
);

-- People who use services: identity, demographics and equality monitoring, and their circle of support.

create table person (
    alliance_id            uuid not null references alliance (id),
    id                     uuid not null,
    local_id               text not null,
    nhs_number             char(10),
    given_name             text not null,
    family_name            text not null,
    preferred_name         text,
    date_of_birth          date not null,
    gender                 text,
    ethnicity              text,
    religion               text,
    sexual_orientation     text,
    disability             text,
    first_language         text,
    interpreter_needed     boolean not null default false,
    communication_needs    text,
    address                text,
    postcode               text,
    phone                  text,
    gp_practice_name       text,
    gp_practice_code       text,
    funding                text,
    legal_status           text,
    strengths              text,
    interests              text,
    created_at             timestamptz not null default now(),
    created_by             text not null,
    updated_at             timestamptz not null default now(),
    updated_by             text not null,
    version                integer not null default 0,
    primary key (alliance_id, id),
    constraint person_local_id_unique unique (alliance_id, local_id),
    constraint person_nhs_number_format check (nhs_number is null or nhs_number ~ '^[0-9]{10}$')
);
create unique index person_nhs_number_unique on person (alliance_id, nhs_number) where nhs_number is not null;
create index person_family_name on person (alliance_id, lower(family_name) text_pattern_ops);
create index person_given_name on person (alliance_id, lower(given_name) text_pattern_ops);
create index person_preferred_name on person (alliance_id, lower(preferred_name) text_pattern_ops);
create index person_date_of_birth on person (alliance_id, date_of_birth);

create sequence person_local_number;

create table support_contact (
    alliance_id   uuid not null references alliance (id),
    person_id     uuid not null,
    id            uuid not null,
    name          text not null,
    relationship  text not null,
    carer         boolean not null default false,
    phone         text,
    notes         text,
    created_at    timestamptz not null default now(),
    created_by    text not null,
    voided_at     timestamptz,
    voided_by     text,
    void_reason   text,
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    constraint support_contact_void check ((voided_at is null) = (void_reason is null))
);
create index support_contact_person on support_contact (alliance_id, person_id);

-- A vocational status can be changed (at the version read) or voided with a reason; a voided status stays on
-- the record but counts in no figure. An allocation to an employment specialist ends with a reason.
alter table vocational_status
    add column version      integer not null default 0,
    add column changed_by   text,
    add column changed_at   timestamptz,
    add column voided_at    timestamptz,
    add column voided_by    text,
    add column void_reason  text,
    add constraint vocational_status_void_reason check ((voided_at is null) = (void_reason is null));

alter table work_caseload
    add column end_reason   text,
    add column ended_by     text,
    add constraint work_caseload_end_reason check (end_date is not null or end_reason is null);

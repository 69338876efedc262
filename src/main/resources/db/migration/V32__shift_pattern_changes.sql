-- A shift pattern can be changed and switched off. days holds the days of the week it runs on, Monday as 1,
-- Tuesday as 2, Wednesday as 4 and so on to Sunday as 64 (127 is every day). A pattern switched off from a day
-- makes no shifts on or after it; the shifts already made stay, and the pattern is never deleted.
alter table shift_pattern add column days smallint not null default 127
    constraint shift_pattern_days check (days between 1 and 127);
alter table shift_pattern add column off_from date;
alter table shift_pattern add column off_reason text;
alter table shift_pattern add column off_by text;
alter table shift_pattern add constraint shift_pattern_off check ((off_from is null) = (off_reason is null));

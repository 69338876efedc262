-- The panel's decisions say in words what they allocated (services, key worker, team, start date), so the
-- minutes read whole; actions say who marked them done.
alter table panel_decision add column detail text;
alter table panel_action add column done_by text;
create index panel_action_panel on panel_action (alliance_id, panel_id);
create index allocation_referral on allocation (alliance_id, referral_id);

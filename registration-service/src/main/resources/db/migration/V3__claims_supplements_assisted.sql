-- Claims the family declares beyond the hukou address (SPEC §1), each optional. The disability
-- certificate number embeds an ID number, so it is stored like one: AES-GCM ciphertext only.
alter table application
    add column residence_address             varchar(200),
    add column property_address              varchar(200),
    add column property_certificate_number   varchar(50),
    add column residence_permit_declared     boolean     not null default false,
    add column social_insurance_declared     boolean     not null default false,
    add column preferential_group            varchar(30),
    add column preferential_basis_document   varchar(200),
    add column disability_declared           boolean     not null default false,
    add column disability_certificate_cipher text,
    add column disability_expert_assessment  boolean     not null default false,
    add column sibling_name                  varchar(50),
    add column sibling_school_code           varchar(9),
    add column direct_promotion_school_code  varchar(9),
    add column school_preferences            text        not null default '';

-- Supplement rounds, and the time of the last change: verification events older than it are stale.
alter table application
    add column supplement_round int not null default 0,
    add column last_change_at   timestamptz;
update application set last_change_at = updated_at;
alter table application alter column last_change_at set not null;

-- Assisted mode: the parent's phone as given to collection-point staff, and the one-time claim code
-- (ciphertext, so the staff can reprint it; HMAC index to find it). Both cleared once claimed.
alter table application
    add column assisted_parent_phone varchar(20),
    add column claim_code_cipher     text,
    add column claim_code_index      varchar(64),
    add column claimed_at            timestamptz;
create unique index application_claim_code on application (claim_code_index) where claim_code_index is not null;
create index application_assisted on application (district_code, submitted_at desc) where assisted;

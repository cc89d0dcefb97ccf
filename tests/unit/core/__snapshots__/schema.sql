-- Schema guard snapshot: the fully migrated Språkbro schema, as stored in sqlite_schema
-- (ordered by name, whitespace folded). Checked by tests/unit/core/schema-guard.test.ts.
-- Do not edit by hand. Change the schema only with a new migration
-- (electron/core/db/migrations/NNNN-name.ts and tests/unit/core/migrations/NNNN-name.test.ts),
-- never by editing an old one, then regenerate this file and review the diff:
--   npx vitest run --config tests/vitest.config.ts tests/unit/core/schema-guard.test.ts --update
--
-- user_version = 19

-- table assessment on assessment
CREATE TABLE assessment (id TEXT PRIMARY KEY, participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, skill TEXT NOT NULL CHECK (skill IN ('lese', 'lytte', 'skrive', 'muntlig')), level TEXT NOT NULL CHECK (level IN ('ikke-grunnlag', 'ikke-bestatt', 'under-A1', 'A1', 'A1/A2', 'A2', 'A2/B1', 'B1', 'B1/B2', 'B2', 'B2/C1', 'C1')), source TEXT NOT NULL CHECK (source IN ('observation', 'mock', 'official', 'self')), date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), sitting_id TEXT REFERENCES norskproven_sitting(id) ON DELETE CASCADE CHECK ((source = 'official') = (sitting_id IS NOT NULL)), level_pair TEXT CHECK (level_pair IS NULL OR (source = 'official' AND level_pair IN ('A1-A2', 'A2-B1', 'B1-B2'))), checklist TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(checklist) AND json_type(checklist) = 'array'), comment TEXT NOT NULL DEFAULT '', recorded_by TEXT REFERENCES staff(id) ON DELETE SET NULL, corrected INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, -- Official results never sit between two levels. CHECK (source = 'observation' OR level NOT GLOB '*/*')) STRICT;
-- index assessment_by_participant on assessment
CREATE INDEX assessment_by_participant ON assessment(participant_id, skill, date);
-- table assessment_lesson on assessment_lesson
CREATE TABLE assessment_lesson (assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE, lesson_id TEXT NOT NULL REFERENCES lesson(id) ON DELETE CASCADE, created_at TEXT NOT NULL, PRIMARY KEY (assessment_id, lesson_id)) STRICT;
-- index assessment_lesson_by_lesson on assessment_lesson
CREATE INDEX assessment_lesson_by_lesson ON assessment_lesson(lesson_id);
-- table assessment_material on assessment_material
CREATE TABLE assessment_material (assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE, material_id TEXT NOT NULL REFERENCES material(id) ON DELETE CASCADE, created_at TEXT NOT NULL, PRIMARY KEY (assessment_id, material_id)) STRICT;
-- index assessment_material_by_material on assessment_material
CREATE INDEX assessment_material_by_material ON assessment_material(material_id);
-- index assessment_one_part_per_sitting on assessment
CREATE UNIQUE INDEX assessment_one_part_per_sitting ON assessment(sitting_id, skill) WHERE sitting_id IS NOT NULL AND deleted_at IS NULL;
-- table attendance on attendance
CREATE TABLE attendance (id TEXT PRIMARY KEY, lesson_id TEXT NOT NULL REFERENCES lesson(id) ON DELETE CASCADE, participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'valid_absence', 'partial')), minutes_attended INTEGER CHECK ((status = 'partial' AND minutes_attended IS NOT NULL AND minutes_attended > 0) OR (status <> 'partial' AND minutes_attended IS NULL)), note TEXT NOT NULL DEFAULT '', recorded_by TEXT REFERENCES staff(id) ON DELETE SET NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, UNIQUE (lesson_id, participant_id)) STRICT;
-- index attendance_by_participant on attendance
CREATE INDEX attendance_by_participant ON attendance(participant_id, lesson_id);
-- table buddy_task on buddy_task
CREATE TABLE buddy_task (id TEXT PRIMARY KEY, placement_id TEXT NOT NULL REFERENCES placement(id) ON DELETE CASCADE, text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000), given_on TEXT NOT NULL, due_on TEXT CHECK (due_on IS NULL OR due_on >= given_on), status TEXT NOT NULL DEFAULT 'given' CHECK (status IN ('given', 'answered', 'dropped')), answered_on TEXT CHECK (answered_on IS NULL OR (status = 'answered' AND answered_on >= given_on)), answer TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- index buddy_task_by_placement on buddy_task
CREATE INDEX buddy_task_by_placement ON buddy_task(placement_id, given_on);
-- table closure on closure
CREATE TABLE closure (id TEXT PRIMARY KEY, school_year_id TEXT NOT NULL REFERENCES school_year(id) ON DELETE CASCADE, start_date TEXT NOT NULL, end_date TEXT NOT NULL CHECK (end_date >= start_date), kind TEXT NOT NULL CHECK (kind IN ('break', 'closure')), name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200), course_id TEXT REFERENCES course(id) ON DELETE CASCADE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- index closure_by_course on closure
CREATE INDEX closure_by_course ON closure(course_id) WHERE course_id IS NOT NULL;
-- index closure_by_dates on closure
CREATE INDEX closure_by_dates ON closure(start_date, end_date);
-- index closure_by_school_year on closure
CREATE INDEX closure_by_school_year ON closure(school_year_id);
-- table course on course
CREATE TABLE course (id TEXT PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200), start_date TEXT NOT NULL, end_date TEXT NOT NULL CHECK (end_date >= start_date), level_from TEXT NOT NULL, level_to TEXT NOT NULL, track INTEGER NOT NULL CHECK (track IN (1, 2, 3)), week_pattern TEXT NOT NULL CHECK (json_valid(week_pattern)), note TEXT NOT NULL DEFAULT '', search_text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- table course_staff on course_staff
CREATE TABLE course_staff (course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE, staff_id TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE, role TEXT NOT NULL CHECK (role IN ('teacher', 'assistant')), position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (course_id, staff_id, role)) STRICT;
-- index course_staff_by_staff on course_staff
CREATE INDEX course_staff_by_staff ON course_staff(staff_id);
-- table document_credential on document_credential
CREATE TABLE document_credential (document_id TEXT PRIMARY KEY REFERENCES issued_document(id) ON DELETE CASCADE, serial TEXT NOT NULL UNIQUE, issuer_did TEXT NOT NULL CHECK (issuer_did GLOB 'did:key:z6Mk*'), unsigned TEXT NOT NULL CHECK (json_valid(unsigned) AND json_type(unsigned) = 'object'), signed TEXT CHECK (signed IS NULL OR (json_valid(signed) AND json_type(signed) = 'object')), created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
-- index document_credential_waiting on document_credential
CREATE INDEX document_credential_waiting ON document_credential(created_at) WHERE signed IS NULL;
-- table document_text on document_text
CREATE TABLE document_text (kind TEXT NOT NULL CHECK (kind IN ('course', 'diploma', 'practice', 'endLetter')), language TEXT NOT NULL CHECK (language IN ('nb', 'nn', 'en')), texts TEXT NOT NULL CHECK (json_valid(texts) AND json_type(texts) = 'object'), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (kind, language)) STRICT;
-- table enrolment on enrolment
CREATE TABLE enrolment (id TEXT PRIMARY KEY, course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE, participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, UNIQUE (course_id, participant_id)) STRICT;
-- index enrolment_by_participant on enrolment
CREATE INDEX enrolment_by_participant ON enrolment(participant_id);
-- table exchange_base_translation on exchange_base_translation
CREATE TABLE exchange_base_translation (package_id TEXT NOT NULL REFERENCES exchange_package_sent(id) ON DELETE CASCADE, term_id TEXT NOT NULL, language TEXT NOT NULL, text TEXT NOT NULL, transliteration TEXT NOT NULL, example TEXT NOT NULL, direction TEXT NOT NULL, status TEXT NOT NULL, PRIMARY KEY (package_id, term_id, language)) STRICT, WITHOUT ROWID;
-- table exchange_identity on exchange_identity
CREATE TABLE exchange_identity (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), install_id TEXT NOT NULL, created_at TEXT NOT NULL) STRICT;
-- table exchange_merge on exchange_merge
CREATE TABLE exchange_merge (id TEXT PRIMARY KEY, package_id TEXT NOT NULL REFERENCES exchange_package_sent(id) ON DELETE CASCADE, changes TEXT NOT NULL, undone_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
-- index exchange_merge_by_package on exchange_merge
CREATE INDEX exchange_merge_by_package ON exchange_merge(package_id);
-- table exchange_package_received on exchange_package_received
CREATE TABLE exchange_package_received (id TEXT PRIMARY KEY, centre_id TEXT NOT NULL, secret TEXT NOT NULL CHECK (length(secret) = 43), course_name TEXT NOT NULL, assistant_name TEXT NOT NULL, from_date TEXT NOT NULL, to_date TEXT NOT NULL, plans TEXT NOT NULL, term_ids TEXT NOT NULL DEFAULT '[]', received_at TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- table exchange_package_sent on exchange_package_sent
CREATE TABLE exchange_package_sent (id TEXT PRIMARY KEY, course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE, assistant_id TEXT REFERENCES staff(id) ON DELETE SET NULL, assistant_name TEXT NOT NULL, secret TEXT NOT NULL CHECK (length(secret) = 43), from_date TEXT NOT NULL, to_date TEXT NOT NULL CHECK (to_date >= from_date), contents TEXT NOT NULL DEFAULT '{}', merged_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- index exchange_package_sent_by_course on exchange_package_sent
CREATE INDEX exchange_package_sent_by_course ON exchange_package_sent(course_id, created_at);
-- table glossary_term on glossary_term
CREATE TABLE glossary_term (id TEXT PRIMARY KEY, term TEXT NOT NULL CHECK (length(term) BETWEEN 1 AND 200), word_class TEXT CHECK (word_class IS NULL OR word_class IN ('noun', 'verb', 'adjective', 'adverb', 'preposition', 'pronoun', 'conjunction', 'interjection', 'phrase', 'other')), example TEXT NOT NULL DEFAULT '', material_id TEXT REFERENCES material(id) ON DELETE SET NULL, search_text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, audio_material_id TEXT REFERENCES material(id) ON DELETE SET NULL) STRICT;
-- table glossary_term_lesson on glossary_term_lesson
CREATE TABLE glossary_term_lesson (term_id TEXT NOT NULL REFERENCES glossary_term(id) ON DELETE CASCADE, lesson_id TEXT NOT NULL REFERENCES lesson(id) ON DELETE CASCADE, PRIMARY KEY (term_id, lesson_id)) STRICT, WITHOUT ROWID;
-- index glossary_term_lesson_by_lesson on glossary_term_lesson
CREATE INDEX glossary_term_lesson_by_lesson ON glossary_term_lesson(lesson_id);
-- table glossary_term_theme on glossary_term_theme
CREATE TABLE glossary_term_theme (term_id TEXT NOT NULL REFERENCES glossary_term(id) ON DELETE CASCADE, theme_id TEXT NOT NULL REFERENCES theme(id) ON DELETE CASCADE, PRIMARY KEY (term_id, theme_id)) STRICT, WITHOUT ROWID;
-- index glossary_term_theme_by_theme on glossary_term_theme
CREATE INDEX glossary_term_theme_by_theme ON glossary_term_theme(theme_id);
-- table glossary_translation on glossary_translation
CREATE TABLE glossary_translation (id TEXT PRIMARY KEY, term_id TEXT NOT NULL REFERENCES glossary_term(id) ON DELETE CASCADE, language TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 12), text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 200), transliteration TEXT NOT NULL DEFAULT '', example TEXT NOT NULL DEFAULT '', direction TEXT NOT NULL DEFAULT 'auto' CHECK (direction IN ('auto', 'ltr', 'rtl')), status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'checked')), author_id TEXT REFERENCES staff(id) ON DELETE SET NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- index glossary_translation_by_language on glossary_translation
CREATE UNIQUE INDEX glossary_translation_by_language ON glossary_translation(term_id, language) WHERE deleted_at IS NULL;
-- table goal on goal
CREATE TABLE goal (id TEXT PRIMARY KEY, source TEXT NOT NULL CHECK (source IN ('catalogue', 'teacher', 'import')), catalogue_version TEXT CHECK ((source = 'catalogue') = (catalogue_version IS NOT NULL)), level TEXT NOT NULL CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1')), skill TEXT NOT NULL CHECK (skill IN ('lese', 'lytte', 'skrive', 'muntlig-samhandling', 'muntlig-produksjon', 'mediering')), domain TEXT NOT NULL CHECK (domain IN ('arbeidsliv', 'helse', 'bolig', 'barnehage-og-skole', 'offentlige-tjenester', 'hverdagsliv', 'samfunn')), trade TEXT CHECK (trade IS NULL OR trade IN ('helse-og-omsorg', 'renhold', 'barnehage', 'butikk', 'lager-og-logistikk', 'restaurant-og-kjokken', 'bygg-og-anlegg')), text_nb TEXT NOT NULL CHECK (length(text_nb) BETWEEN 1 AND 500), text_en TEXT NOT NULL DEFAULT '' CHECK (length(text_en) <= 500), status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')), grep_code TEXT, grep_id TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- table goal_achievement on goal_achievement
CREATE TABLE goal_achievement (participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, goal_id TEXT NOT NULL REFERENCES goal(id), achieved_on TEXT NOT NULL CHECK (achieved_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), recorded_by TEXT REFERENCES staff(id) ON DELETE SET NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (participant_id, goal_id)) STRICT;
-- index goal_by_grep_id on goal
CREATE UNIQUE INDEX goal_by_grep_id ON goal(grep_id) WHERE grep_id IS NOT NULL AND deleted_at IS NULL;
-- index goal_by_level on goal
CREATE INDEX goal_by_level ON goal(level, skill, domain);
-- table goal_catalogue_state on goal_catalogue_state
CREATE TABLE goal_catalogue_state (id INTEGER PRIMARY KEY CHECK (id = 1), catalogue_version TEXT NOT NULL, fingerprint TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;
-- table goal_fts on goal_fts
CREATE VIRTUAL TABLE goal_fts USING fts5(text_nb, text_en, code, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4');
-- trigger goal_fts_after_insert on goal
CREATE TRIGGER goal_fts_after_insert AFTER INSERT ON goal BEGIN INSERT INTO goal_search_key (goal_id) VALUES (new.id); INSERT INTO goal_fts (rowid, text_nb, text_en, code) VALUES ((SELECT rowid FROM goal_search_key WHERE goal_id = new.id), new.text_nb, new.text_en, coalesce(new.grep_code, CASE WHEN new.source = 'catalogue' THEN new.id ELSE '' END)); END;
-- trigger goal_fts_after_update on goal
CREATE TRIGGER goal_fts_after_update AFTER UPDATE OF text_nb, text_en, grep_code ON goal BEGIN UPDATE goal_fts SET text_nb = new.text_nb, text_en = new.text_en, code = coalesce(new.grep_code, CASE WHEN new.source = 'catalogue' THEN new.id ELSE '' END) WHERE rowid = (SELECT rowid FROM goal_search_key WHERE goal_id = new.id); END;
-- trigger goal_fts_before_delete on goal
CREATE TRIGGER goal_fts_before_delete BEFORE DELETE ON goal BEGIN DELETE FROM goal_fts WHERE rowid = (SELECT rowid FROM goal_search_key WHERE goal_id = old.id); DELETE FROM goal_search_key WHERE goal_id = old.id; END;
-- table goal_fts_config on goal_fts_config
CREATE TABLE 'goal_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
-- table goal_fts_content on goal_fts_content
CREATE TABLE 'goal_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2);
-- table goal_fts_data on goal_fts_data
CREATE TABLE 'goal_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
-- table goal_fts_docsize on goal_fts_docsize
CREATE TABLE 'goal_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
-- table goal_fts_idx on goal_fts_idx
CREATE TABLE 'goal_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
-- table goal_search_key on goal_search_key
CREATE TABLE goal_search_key (rowid INTEGER PRIMARY KEY, goal_id TEXT NOT NULL UNIQUE REFERENCES goal(id)) STRICT;
-- table issued_document on issued_document
CREATE TABLE issued_document (id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE CHECK (seq > 0), serial TEXT NOT NULL UNIQUE CHECK (serial GLOB 'SB-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]*'), kind TEXT NOT NULL CHECK (kind IN ('course', 'diploma', 'practice', 'endLetter')), language TEXT NOT NULL CHECK (language IN ('nb', 'nn', 'en')), participant_id TEXT REFERENCES participant(id) ON DELETE CASCADE, course_id TEXT REFERENCES course(id) ON DELETE SET NULL, participant_name TEXT NOT NULL, course_name TEXT NOT NULL DEFAULT '', search_text TEXT NOT NULL DEFAULT '', snapshot TEXT NOT NULL CHECK (json_valid(snapshot)), issued_on TEXT NOT NULL CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), revoked_at TEXT, revoke_reason TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))) STRICT;
-- index issued_document_by_course on issued_document
CREATE INDEX issued_document_by_course ON issued_document(course_id, kind);
-- index issued_document_by_participant on issued_document
CREATE INDEX issued_document_by_participant ON issued_document(participant_id);
-- table lesson on lesson
CREATE TABLE lesson (id TEXT PRIMARY KEY, course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE, theme_id TEXT REFERENCES theme(id) ON DELETE SET NULL, date TEXT NOT NULL, start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'), end_time TEXT NOT NULL CHECK (end_time GLOB '[0-2][0-9]:[0-5][0-9]' AND end_time > start_time), title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200), body_html TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')), locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)), slot_index INTEGER NOT NULL DEFAULT 0 CHECK (slot_index >= 0), mother_tongue_support TEXT CHECK (mother_tongue_support IS NULL OR json_valid(mother_tongue_support)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- index lesson_by_course_date on lesson
CREATE INDEX lesson_by_course_date ON lesson(course_id, date, slot_index);
-- index lesson_by_theme on lesson
CREATE INDEX lesson_by_theme ON lesson(theme_id) WHERE theme_id IS NOT NULL;
-- table lesson_goal on lesson_goal
CREATE TABLE lesson_goal (lesson_id TEXT NOT NULL REFERENCES lesson(id) ON DELETE CASCADE, goal_id TEXT NOT NULL REFERENCES goal(id), position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (lesson_id, goal_id)) STRICT;
-- index lesson_goal_by_goal on lesson_goal
CREATE INDEX lesson_goal_by_goal ON lesson_goal(goal_id);
-- table lesson_material on lesson_material
CREATE TABLE lesson_material (lesson_id TEXT NOT NULL REFERENCES lesson(id) ON DELETE CASCADE, material_id TEXT NOT NULL REFERENCES material(id) ON DELETE CASCADE, created_at TEXT NOT NULL, PRIMARY KEY (lesson_id, material_id)) STRICT;
-- index lesson_material_by_material on lesson_material
CREATE INDEX lesson_material_by_material ON lesson_material(material_id);
-- index lesson_supported_by_date on lesson
CREATE INDEX lesson_supported_by_date ON lesson(date) WHERE mother_tongue_support IS NOT NULL AND deleted_at IS NULL;
-- table lesson_version on lesson_version
CREATE TABLE lesson_version (id TEXT PRIMARY KEY, lesson_id TEXT NOT NULL REFERENCES lesson(id) ON DELETE CASCADE, body_html TEXT NOT NULL, created_at TEXT NOT NULL) STRICT;
-- index lesson_version_by_lesson on lesson_version
CREATE INDEX lesson_version_by_lesson ON lesson_version(lesson_id, created_at);
-- table level_audit on level_audit
CREATE TABLE level_audit (id TEXT PRIMARY KEY, assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE, participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, action TEXT NOT NULL CHECK (action IN ('create', 'correct', 'delete', 'restore')), old_level TEXT CHECK (old_level IS NULL OR old_level IN ('ikke-grunnlag', 'ikke-bestatt', 'under-A1', 'A1', 'A1/A2', 'A2', 'A2/B1', 'B1', 'B1/B2', 'B2', 'B2/C1', 'C1')), new_level TEXT CHECK (new_level IS NULL OR new_level IN ('ikke-grunnlag', 'ikke-bestatt', 'under-A1', 'A1', 'A1/A2', 'A2', 'A2/B1', 'B1', 'B1/B2', 'B2', 'B2/C1', 'C1')), old_date TEXT, new_date TEXT, reason TEXT NOT NULL DEFAULT '', changed_by TEXT REFERENCES staff(id) ON DELETE SET NULL, changed_at TEXT NOT NULL) STRICT;
-- index level_audit_by_participant on level_audit
CREATE INDEX level_audit_by_participant ON level_audit(participant_id, changed_at);
-- table level_target on level_target
CREATE TABLE level_target (id TEXT PRIMARY KEY, participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, skill TEXT NOT NULL CHECK (skill IN ('lese', 'lytte', 'skrive', 'muntlig')), level TEXT NOT NULL CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1')), due_date TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), note TEXT NOT NULL DEFAULT '', dropped INTEGER NOT NULL DEFAULT 0 CHECK (dropped IN (0, 1)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- index level_target_by_participant on level_target
CREATE INDEX level_target_by_participant ON level_target(participant_id, due_date);
-- table material on material
CREATE TABLE material (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'), kind TEXT NOT NULL CHECK (kind IN ('image', 'audio', 'video', 'pdf', 'document')), media_type TEXT NOT NULL CHECK (length(media_type) BETWEEN 3 AND 100), original_name TEXT NOT NULL CHECK (length(original_name) BETWEEN 1 AND 255), size INTEGER NOT NULL CHECK (size > 0), width INTEGER CHECK (width IS NULL OR width > 0), height INTEGER CHECK (height IS NULL OR height > 0), date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), date_from_exif INTEGER NOT NULL DEFAULT 0 CHECK (date_from_exif IN (0, 1)), participant_id TEXT REFERENCES participant(id) ON DELETE CASCADE, placement_id TEXT REFERENCES placement(id) ON DELETE SET NULL, site_id TEXT REFERENCES practice_site(id) ON DELETE SET NULL, caption TEXT NOT NULL DEFAULT '', transcript TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'), others_appear INTEGER NOT NULL DEFAULT 0 CHECK (others_appear IN (0, 1)), others_consent INTEGER NOT NULL DEFAULT 0 CHECK (others_consent IN (0, 1)), has_thumbnail INTEGER NOT NULL DEFAULT 0 CHECK (has_thumbnail IN (0, 1)), search_text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- index material_by_kind on material
CREATE INDEX material_by_kind ON material(kind);
-- index material_by_newest on material
CREATE INDEX material_by_newest ON material(coalesce(date, substr(created_at, 1, 10)) DESC, created_at DESC, id DESC) WHERE deleted_at IS NULL;
-- index material_by_participant on material
CREATE INDEX material_by_participant ON material(participant_id, date);
-- index material_by_placement on material
CREATE INDEX material_by_placement ON material(placement_id);
-- index material_by_sha256 on material
CREATE UNIQUE INDEX material_by_sha256 ON material(sha256);
-- index material_by_site on material
CREATE INDEX material_by_site ON material(site_id);
-- table material_goal on material_goal
CREATE TABLE material_goal (material_id TEXT NOT NULL REFERENCES material(id) ON DELETE CASCADE, goal_id TEXT NOT NULL REFERENCES goal(id), position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (material_id, goal_id)) STRICT;
-- index material_goal_by_goal on material_goal
CREATE INDEX material_goal_by_goal ON material_goal(goal_id);
-- table norskproven_sitting on norskproven_sitting
CREATE TABLE norskproven_sitting (id TEXT PRIMARY KEY, participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), test TEXT NOT NULL CHECK (test IN ('a1-b2', 'c1')), note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- index norskproven_sitting_by_participant on norskproven_sitting
CREATE INDEX norskproven_sitting_by_participant ON norskproven_sitting(participant_id, date);
-- table participant on participant
CREATE TABLE participant (id TEXT PRIMARY KEY, given_name TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 200), family_name TEXT NOT NULL DEFAULT '', mother_tongues TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(mother_tongues)), programme TEXT NOT NULL, start_date TEXT, end_date TEXT CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date), consent_photo INTEGER NOT NULL DEFAULT 0 CHECK (consent_photo IN (0, 1)), consent_share_with_site INTEGER NOT NULL DEFAULT 0 CHECK (consent_share_with_site IN (0, 1)), note TEXT NOT NULL DEFAULT '', search_text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- table placement on placement
CREATE TABLE placement (id TEXT PRIMARY KEY, participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, site_id TEXT NOT NULL REFERENCES practice_site(id) ON DELETE CASCADE, start_date TEXT NOT NULL, end_date TEXT NOT NULL CHECK (end_date >= start_date), weekdays TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(weekdays) AND json_type(weekdays) = 'array'), note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, hours_per_day REAL NOT NULL DEFAULT 6 CHECK (hours_per_day > 0 AND hours_per_day <= 24)) STRICT;
-- index placement_by_participant on placement
CREATE INDEX placement_by_participant ON placement(participant_id, start_date);
-- index placement_by_site on placement
CREATE INDEX placement_by_site ON placement(site_id, start_date);
-- table practice_site on practice_site
CREATE TABLE practice_site (id TEXT PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200), org_number TEXT CHECK (org_number IS NULL OR (length(org_number) = 9 AND org_number NOT GLOB '*[^0-9]*')), address TEXT NOT NULL DEFAULT '', trade TEXT, contacts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(contacts) AND json_type(contacts) = 'array'), note TEXT NOT NULL DEFAULT '', search_text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- table privacy_log on privacy_log
CREATE TABLE privacy_log (id TEXT PRIMARY KEY, action TEXT NOT NULL CHECK (action IN ('export', 'export_sensitive', 'delete')), participant_id TEXT REFERENCES participant(id) ON DELETE SET NULL, detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail) AND json_type(detail) = 'object'), role TEXT NOT NULL, at TEXT NOT NULL, CHECK (action <> 'delete' OR participant_id IS NULL)) STRICT;
-- index privacy_log_by_participant on privacy_log
CREATE INDEX privacy_log_by_participant ON privacy_log(participant_id, at);
-- table profile_state on profile_state
CREATE TABLE profile_state (id INTEGER PRIMARY KEY CHECK (id = 1), last_staff_id TEXT REFERENCES staff(id) ON DELETE SET NULL, updated_at TEXT NOT NULL) STRICT;
-- table school_year on school_year
CREATE TABLE school_year (id TEXT PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200), start_date TEXT NOT NULL, end_date TEXT NOT NULL CHECK (end_date >= start_date), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- index school_year_by_dates on school_year
CREATE INDEX school_year_by_dates ON school_year(start_date, end_date);
-- table sensitive_note on sensitive_note
CREATE TABLE sensitive_note (id TEXT PRIMARY KEY, participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, category TEXT NOT NULL CHECK (category IN ('health', 'family', 'social_control', 'other')), ciphertext BLOB NOT NULL CHECK (length(ciphertext) > 28), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- index sensitive_note_by_participant on sensitive_note
CREATE INDEX sensitive_note_by_participant ON sensitive_note(participant_id, created_at);
-- table sensitive_note_log on sensitive_note_log
CREATE TABLE sensitive_note_log (id TEXT PRIMARY KEY, note_id TEXT NOT NULL REFERENCES sensitive_note(id) ON DELETE CASCADE, participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, action TEXT NOT NULL CHECK (action IN ('create', 'open', 'update', 'delete', 'restore')), role TEXT NOT NULL, staff_id TEXT REFERENCES staff(id) ON DELETE SET NULL, at TEXT NOT NULL) STRICT;
-- index sensitive_note_log_by_participant on sensitive_note_log
CREATE INDEX sensitive_note_log_by_participant ON sensitive_note_log(participant_id, at);
-- table setting on setting
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
-- table site_visit on site_visit
CREATE TABLE site_visit (id TEXT PRIMARY KEY, placement_id TEXT NOT NULL REFERENCES placement(id) ON DELETE CASCADE, date TEXT NOT NULL, observed TEXT NOT NULL DEFAULT '', material TEXT NOT NULL DEFAULT '', follow_up TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- index site_visit_by_placement on site_visit
CREATE INDEX site_visit_by_placement ON site_visit(placement_id, date);
-- index sqlite_autoindex_assessment_1 on assessment (made by SQLite)
-- index sqlite_autoindex_assessment_lesson_1 on assessment_lesson (made by SQLite)
-- index sqlite_autoindex_assessment_material_1 on assessment_material (made by SQLite)
-- index sqlite_autoindex_attendance_1 on attendance (made by SQLite)
-- index sqlite_autoindex_attendance_2 on attendance (made by SQLite)
-- index sqlite_autoindex_buddy_task_1 on buddy_task (made by SQLite)
-- index sqlite_autoindex_closure_1 on closure (made by SQLite)
-- index sqlite_autoindex_course_1 on course (made by SQLite)
-- index sqlite_autoindex_course_staff_1 on course_staff (made by SQLite)
-- index sqlite_autoindex_document_credential_1 on document_credential (made by SQLite)
-- index sqlite_autoindex_document_credential_2 on document_credential (made by SQLite)
-- index sqlite_autoindex_document_text_1 on document_text (made by SQLite)
-- index sqlite_autoindex_enrolment_1 on enrolment (made by SQLite)
-- index sqlite_autoindex_enrolment_2 on enrolment (made by SQLite)
-- index sqlite_autoindex_exchange_merge_1 on exchange_merge (made by SQLite)
-- index sqlite_autoindex_exchange_package_received_1 on exchange_package_received (made by SQLite)
-- index sqlite_autoindex_exchange_package_sent_1 on exchange_package_sent (made by SQLite)
-- index sqlite_autoindex_glossary_term_1 on glossary_term (made by SQLite)
-- index sqlite_autoindex_glossary_translation_1 on glossary_translation (made by SQLite)
-- index sqlite_autoindex_goal_1 on goal (made by SQLite)
-- index sqlite_autoindex_goal_achievement_1 on goal_achievement (made by SQLite)
-- index sqlite_autoindex_goal_search_key_1 on goal_search_key (made by SQLite)
-- index sqlite_autoindex_issued_document_1 on issued_document (made by SQLite)
-- index sqlite_autoindex_issued_document_2 on issued_document (made by SQLite)
-- index sqlite_autoindex_issued_document_3 on issued_document (made by SQLite)
-- index sqlite_autoindex_lesson_1 on lesson (made by SQLite)
-- index sqlite_autoindex_lesson_goal_1 on lesson_goal (made by SQLite)
-- index sqlite_autoindex_lesson_material_1 on lesson_material (made by SQLite)
-- index sqlite_autoindex_lesson_version_1 on lesson_version (made by SQLite)
-- index sqlite_autoindex_level_audit_1 on level_audit (made by SQLite)
-- index sqlite_autoindex_level_target_1 on level_target (made by SQLite)
-- index sqlite_autoindex_material_1 on material (made by SQLite)
-- index sqlite_autoindex_material_goal_1 on material_goal (made by SQLite)
-- index sqlite_autoindex_norskproven_sitting_1 on norskproven_sitting (made by SQLite)
-- index sqlite_autoindex_participant_1 on participant (made by SQLite)
-- index sqlite_autoindex_placement_1 on placement (made by SQLite)
-- index sqlite_autoindex_practice_site_1 on practice_site (made by SQLite)
-- index sqlite_autoindex_privacy_log_1 on privacy_log (made by SQLite)
-- index sqlite_autoindex_school_year_1 on school_year (made by SQLite)
-- index sqlite_autoindex_sensitive_note_1 on sensitive_note (made by SQLite)
-- index sqlite_autoindex_sensitive_note_log_1 on sensitive_note_log (made by SQLite)
-- index sqlite_autoindex_setting_1 on setting (made by SQLite)
-- index sqlite_autoindex_site_visit_1 on site_visit (made by SQLite)
-- index sqlite_autoindex_staff_1 on staff (made by SQLite)
-- index sqlite_autoindex_staff_pin_1 on staff_pin (made by SQLite)
-- index sqlite_autoindex_status_meeting_1 on status_meeting (made by SQLite)
-- index sqlite_autoindex_theme_1 on theme (made by SQLite)
-- index sqlite_autoindex_theme_goal_1 on theme_goal (made by SQLite)
-- index sqlite_autoindex_training_plan_1 on training_plan (made by SQLite)
-- index sqlite_autoindex_training_plan_goal_1 on training_plan_goal (made by SQLite)
-- index sqlite_autoindex_translation_task_1 on translation_task (made by SQLite)
-- index sqlite_autoindex_user_language_1 on user_language (made by SQLite)
-- table staff on staff
CREATE TABLE staff (id TEXT PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200), role TEXT NOT NULL CHECK (role IN ('teacher', 'assistant', 'admin')), languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)), position_percent INTEGER NOT NULL CHECK (position_percent BETWEEN 0 AND 100), email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', search_text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- table staff_pin on staff_pin
CREATE TABLE staff_pin (staff_id TEXT PRIMARY KEY REFERENCES staff(id) ON DELETE CASCADE, hash BLOB NOT NULL CHECK (length(hash) = 32), salt BLOB NOT NULL CHECK (length(salt) = 16), cost INTEGER NOT NULL CHECK (cost >= 1024), created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
-- table status_meeting on status_meeting
CREATE TABLE status_meeting (id TEXT PRIMARY KEY, placement_id TEXT NOT NULL REFERENCES placement(id) ON DELETE CASCADE, date TEXT NOT NULL, attendees TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attendees) AND json_type(attendees) = 'array'), other_attendees TEXT NOT NULL DEFAULT '', agreed TEXT NOT NULL DEFAULT '', next_steps TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- index status_meeting_by_placement on status_meeting
CREATE INDEX status_meeting_by_placement ON status_meeting(placement_id, date);
-- table theme on theme
CREATE TABLE theme (id TEXT PRIMARY KEY, course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE, name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200), start_date TEXT NOT NULL, end_date TEXT NOT NULL CHECK (end_date >= start_date), key_words TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(key_words) AND json_type(key_words) = 'array'), note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- index theme_by_course on theme
CREATE INDEX theme_by_course ON theme(course_id, start_date);
-- table theme_goal on theme_goal
CREATE TABLE theme_goal (theme_id TEXT NOT NULL REFERENCES theme(id) ON DELETE CASCADE, goal_id TEXT NOT NULL REFERENCES goal(id), position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (theme_id, goal_id)) STRICT;
-- table training_plan on training_plan
CREATE TABLE training_plan (placement_id TEXT PRIMARY KEY REFERENCES placement(id) ON DELETE CASCADE, agreed_on TEXT, agreed_with TEXT NOT NULL DEFAULT '', tasks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tasks) AND json_type(tasks) = 'array'), note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
-- table training_plan_goal on training_plan_goal
CREATE TABLE training_plan_goal (placement_id TEXT NOT NULL REFERENCES placement(id) ON DELETE CASCADE, goal_id TEXT NOT NULL REFERENCES goal(id), position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (placement_id, goal_id)) STRICT;
-- index training_plan_goal_by_goal on training_plan_goal
CREATE INDEX training_plan_goal_by_goal ON training_plan_goal(goal_id);
-- table translation_task on translation_task
CREATE TABLE translation_task (id TEXT PRIMARY KEY, course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE, theme_id TEXT REFERENCES theme(id) ON DELETE CASCADE, lesson_id TEXT REFERENCES lesson(id) ON DELETE CASCADE, language TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 12), due_date TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'), due_fixed INTEGER NOT NULL DEFAULT 0 CHECK (due_fixed IN (0, 1)), status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'inProgress', 'done')), auto_done INTEGER NOT NULL DEFAULT 0 CHECK (auto_done IN (0, 1)), assignee_id TEXT REFERENCES staff(id) ON DELETE SET NULL, note TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual')), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, CHECK ((theme_id IS NULL) <> (lesson_id IS NULL))) STRICT;
-- index translation_task_by_course on translation_task
CREATE INDEX translation_task_by_course ON translation_task(course_id, due_date);
-- index translation_task_by_lesson on translation_task
CREATE INDEX translation_task_by_lesson ON translation_task(lesson_id);
-- index translation_task_by_subject on translation_task
CREATE UNIQUE INDEX translation_task_by_subject ON translation_task(ifnull(theme_id, ''), ifnull(lesson_id, ''), language);
-- index translation_task_by_theme on translation_task
CREATE INDEX translation_task_by_theme ON translation_task(theme_id);
-- table user_language on user_language
CREATE TABLE user_language (id TEXT PRIMARY KEY, code TEXT NOT NULL CHECK (code GLOB '[a-z][a-z]' OR code GLOB '[a-z][a-z][a-z]'), name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80), direction TEXT NOT NULL DEFAULT 'ltr' CHECK (direction IN ('ltr', 'rtl')), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;
-- index user_language_by_code on user_language
CREATE UNIQUE INDEX user_language_by_code ON user_language(code) WHERE deleted_at IS NULL;

-- Full-text search over releases (albums, EPs, singles) by title and artist, accents folded like the others.
CREATE VIRTUAL TABLE `releases_fts` USING fts5(title, artist, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO releases_fts(rowid, title, artist) SELECT r.rowid, r.title, p.name FROM releases r JOIN profiles p ON p.id = r.profile_id;
--> statement-breakpoint
CREATE TRIGGER `releases_fts_ai` AFTER INSERT ON `releases` BEGIN
  INSERT INTO releases_fts(rowid, title, artist) VALUES (new.rowid, new.title, (SELECT name FROM profiles WHERE id = new.profile_id));
END;
--> statement-breakpoint
CREATE TRIGGER `releases_fts_au` AFTER UPDATE OF title ON `releases` BEGIN
  DELETE FROM releases_fts WHERE rowid = old.rowid;
  INSERT INTO releases_fts(rowid, title, artist) VALUES (new.rowid, new.title, (SELECT name FROM profiles WHERE id = new.profile_id));
END;
--> statement-breakpoint
CREATE TRIGGER `releases_fts_ad` AFTER DELETE ON `releases` BEGIN
  DELETE FROM releases_fts WHERE rowid = old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `profiles_releases_fts_name_au` AFTER UPDATE OF name ON `profiles` BEGIN
  DELETE FROM releases_fts WHERE rowid IN (SELECT rowid FROM releases WHERE profile_id = new.id);
  INSERT INTO releases_fts(rowid, title, artist) SELECT rowid, title, new.name FROM releases WHERE profile_id = new.id;
END;

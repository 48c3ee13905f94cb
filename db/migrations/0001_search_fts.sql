-- Full-text search over profiles, tracks and concerts (FTS5).
-- unicode61 with remove_diacritics folds accents: "Beyonce" finds "Beyoncé".
-- Each index uses the source table's rowid so triggers update it by key.
CREATE VIRTUAL TABLE `profiles_fts` USING fts5(name, handle, details, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `tracks_fts` USING fts5(title, artist, genre, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `concerts_fts` USING fts5(venue, city, artist, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `profiles_fts_ai` AFTER INSERT ON `profiles` BEGIN
  INSERT INTO profiles_fts(rowid, name, handle, details) VALUES (new.rowid, new.name, new.handle, coalesce(new.city, '') || ' ' || new.bio);
END;
--> statement-breakpoint
CREATE TRIGGER `profiles_fts_au` AFTER UPDATE OF name, handle, city, bio ON `profiles` BEGIN
  DELETE FROM profiles_fts WHERE rowid = old.rowid;
  INSERT INTO profiles_fts(rowid, name, handle, details) VALUES (new.rowid, new.name, new.handle, coalesce(new.city, '') || ' ' || new.bio);
END;
--> statement-breakpoint
CREATE TRIGGER `profiles_fts_ad` AFTER DELETE ON `profiles` BEGIN
  DELETE FROM profiles_fts WHERE rowid = old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `profiles_fts_name_au` AFTER UPDATE OF name ON `profiles` BEGIN
  DELETE FROM tracks_fts WHERE rowid IN (SELECT rowid FROM tracks WHERE profile_id = new.id);
  INSERT INTO tracks_fts(rowid, title, artist, genre) SELECT rowid, title, new.name, coalesce(genre, '') FROM tracks WHERE profile_id = new.id;
  DELETE FROM concerts_fts WHERE rowid IN (SELECT rowid FROM concerts WHERE profile_id = new.id);
  INSERT INTO concerts_fts(rowid, venue, city, artist) SELECT rowid, venue_name, city, new.name FROM concerts WHERE profile_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `tracks_fts_ai` AFTER INSERT ON `tracks` BEGIN
  INSERT INTO tracks_fts(rowid, title, artist, genre) VALUES (new.rowid, new.title, (SELECT name FROM profiles WHERE id = new.profile_id), coalesce(new.genre, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `tracks_fts_au` AFTER UPDATE OF title, genre ON `tracks` BEGIN
  DELETE FROM tracks_fts WHERE rowid = old.rowid;
  INSERT INTO tracks_fts(rowid, title, artist, genre) VALUES (new.rowid, new.title, (SELECT name FROM profiles WHERE id = new.profile_id), coalesce(new.genre, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `tracks_fts_ad` AFTER DELETE ON `tracks` BEGIN
  DELETE FROM tracks_fts WHERE rowid = old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `concerts_fts_ai` AFTER INSERT ON `concerts` BEGIN
  INSERT INTO concerts_fts(rowid, venue, city, artist) VALUES (new.rowid, new.venue_name, new.city, (SELECT name FROM profiles WHERE id = new.profile_id));
END;
--> statement-breakpoint
CREATE TRIGGER `concerts_fts_au` AFTER UPDATE OF venue_name, city ON `concerts` BEGIN
  DELETE FROM concerts_fts WHERE rowid = old.rowid;
  INSERT INTO concerts_fts(rowid, venue, city, artist) VALUES (new.rowid, new.venue_name, new.city, (SELECT name FROM profiles WHERE id = new.profile_id));
END;
--> statement-breakpoint
CREATE TRIGGER `concerts_fts_ad` AFTER DELETE ON `concerts` BEGIN
  DELETE FROM concerts_fts WHERE rowid = old.rowid;
END;
--> statement-breakpoint
INSERT INTO profiles_fts(rowid, name, handle, details) SELECT rowid, name, handle, coalesce(city, '') || ' ' || bio FROM profiles;
--> statement-breakpoint
INSERT INTO tracks_fts(rowid, title, artist, genre) SELECT t.rowid, t.title, p.name, coalesce(t.genre, '') FROM tracks t JOIN profiles p ON p.id = t.profile_id;
--> statement-breakpoint
INSERT INTO concerts_fts(rowid, venue, city, artist) SELECT c.rowid, c.venue_name, c.city, p.name FROM concerts c JOIN profiles p ON p.id = c.profile_id;

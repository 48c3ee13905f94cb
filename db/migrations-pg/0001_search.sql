-- Search on PostgreSQL: accents folded with unaccent, prefix matching with tsquery ":*",
-- typo tolerance with pg_trgm. chorus_fold is IMMUTABLE so expression indexes can use it.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION chorus_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
--> statement-breakpoint
CREATE INDEX profiles_search_idx ON profiles USING gin (to_tsvector('simple', chorus_fold(name || ' ' || handle || ' ' || coalesce(city, '') || ' ' || bio)));
--> statement-breakpoint
CREATE INDEX profiles_name_trgm_idx ON profiles USING gin (chorus_fold(name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX tracks_search_idx ON tracks USING gin (to_tsvector('simple', chorus_fold(title || ' ' || coalesce(genre, ''))));
--> statement-breakpoint
CREATE INDEX releases_search_idx ON releases USING gin (to_tsvector('simple', chorus_fold(title)));
--> statement-breakpoint
CREATE INDEX concerts_search_idx ON concerts USING gin (to_tsvector('simple', chorus_fold(venue_name || ' ' || city)));
--> statement-breakpoint
CREATE INDEX concerts_city_fold_idx ON concerts (chorus_fold(city) text_pattern_ops);

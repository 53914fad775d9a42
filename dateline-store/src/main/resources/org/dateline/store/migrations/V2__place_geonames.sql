-- Dateline corpus store, schema version 2: find the mentions of one GeoNames place across the corpus.
CREATE INDEX places_geoname_id ON places(geoname_id);

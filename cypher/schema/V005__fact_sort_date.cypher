// Facts carry a stored sortable date: sortDate = coalesce(lastDate, firstDate, '') (partial
// dates sort chronologically as strings; '' puts undated facts last when newest come first).
// write/write-facts and ingest/refresh-facts keep it in step; this backfills facts written before it existed.
// The (relation, sortDate) index serves "facts of these types since <date>, newest first".
MATCH (f:Fact) WHERE f.sortDate IS NULL SET f.sortDate = coalesce(f.lastDate, f.firstDate, '');
CREATE INDEX fact_sort_date IF NOT EXISTS FOR (f:Fact) ON (f.sortDate);
CREATE INDEX fact_relation_sort_date IF NOT EXISTS FOR (f:Fact) ON (f.relation, f.sortDate);

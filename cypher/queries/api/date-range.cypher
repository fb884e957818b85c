// description: Earliest and latest date of any fact (first and last dates, validFrom and validTo), null when none is dated.
MATCH (f:Fact)
UNWIND [f.firstDate, f.lastDate, f.validFrom, f.validTo] AS date
WITH date WHERE date IS NOT NULL
RETURN min(date) AS min, max(date) AS max

// description: Number of articles in the graph (start-up seeds only an empty graph).
MATCH (a:Article) RETURN count(a) AS articles

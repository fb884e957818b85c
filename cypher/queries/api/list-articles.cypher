// description: One page of article ids, newest first (undated last), with the total.
// param skip: int - offset of the page
// param limit: int - page size
MATCH (a:Article)
WITH a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
WITH collect(a.id) AS matched
RETURN size(matched) AS totalCount, matched[$skip..$skip + $limit] AS ids

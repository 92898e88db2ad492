// description: Who wrote to the most people, and how many messages (EMAILED counts).
// param: limit=25
MATCH (a:Person)-[r:EMAILED]->(b:Entity)
RETURN a.name AS sender, count(r) AS correspondents, sum(r.count) AS messages
ORDER BY messages DESC, correspondents DESC, sender
LIMIT $limit

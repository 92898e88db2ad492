// description: Who endorsed the vendor or its products most often (PROMOTED), with their role.
// param: limit=25
MATCH (p:Person)-[r:PROMOTED]->(x:Entity)
RETURN p.name AS endorser, p.role AS role, count(r) AS endorsements
ORDER BY endorsements DESC, endorser
LIMIT $limit

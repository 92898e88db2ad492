// description: Every link of the entity named $name, with the messages and quotes that prove it (--param name="Det. Jane Doe").
// param: name=""
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.name = $name OR b.name = $name
RETURN type(r) AS relation, a.name AS source, b.name AS target, r.evidence_messages AS messages, r.evidence_quotes AS quotes
ORDER BY relation, source, target

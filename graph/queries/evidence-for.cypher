// description: Every link of the entity named $name (a name, surname, alias, e-mail or id, matched as --focus is), with the messages and quotes that prove it (--param name="Det. Jane Doe").
// param: name
// entity: name
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $name_ids OR b.id IN $name_ids
RETURN type(r) AS relation, a.name AS source, b.name AS target, r.evidence_messages AS messages, r.evidence_quotes AS quotes
ORDER BY relation, source, target

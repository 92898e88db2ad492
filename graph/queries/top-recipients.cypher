// description: Who received the most: gifts, devices and dollars per recipient (person, division or organisation), most dollars first.
// param: limit=25
MATCH (g:Entity)-[r:GIFT]->(p:Entity)
RETURN p.name AS recipient, p.kind AS kind, count(r) AS gifts, sum(r.devices) AS devices, sum(r.value_usd) AS total_usd
ORDER BY total_usd DESC, devices DESC, recipient
LIMIT $limit

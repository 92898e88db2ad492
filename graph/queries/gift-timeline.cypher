// description: Every gift in date order: date, giver, recipient, devices, dollars, purpose.
MATCH (g:Entity)-[r:GIFT]->(p:Entity)
RETURN r.date AS date, g.name AS giver, p.name AS recipient, r.devices AS devices, r.value_usd AS value_usd, r.purpose AS purpose
ORDER BY date, giver, recipient

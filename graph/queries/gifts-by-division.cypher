// description: Gifts per division: to the division itself or to its members; distinct gifts and recipients, devices, dollars.
// param: limit=50
// post: gifts_by_division
// The raw rows are one per (gift, division); giftgraph.graph.cypher.POSTPROCESSORS["gifts_by_division"]
// groups them the same way for both back ends (grand-cypher has no count(DISTINCT ...)).
MATCH (g:Entity)-[r:GIFT]->(x:Entity)-[:MEMBER_OF*0..1]->(d:Division)
RETURN r.key AS gift, x.name AS recipient, d.name AS division, r.value_usd AS value_usd, r.devices AS devices

// description: Gifts per division: to the division itself or to its members; distinct gifts and recipients, devices, dollars.
// param: limit=50
// A gift to a member of two divisions counts for both; a gift counts once per division.
MATCH (g:Entity)-[r:GIFT]->(x:Entity)-[:MEMBER_OF*0..1]->(d:Division)
WITH DISTINCT d.id AS division_id, d.name AS division, r.key AS gift, x.id AS recipient, r.devices AS devices,
     r.value_usd AS value_usd
RETURN division, count(gift) AS gifts, count(DISTINCT recipient) AS recipients, sum(devices) AS devices,
       sum(coalesce(value_usd, 0.0)) AS total_usd
ORDER BY total_usd DESC, devices DESC, division
LIMIT $limit

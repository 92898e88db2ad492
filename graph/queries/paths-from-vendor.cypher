// description: Vendor -> employee -> recipient: every gift given by a member of an organisation whose name contains $vendor (all organisations by default).
// param: vendor=""
MATCH (v:Organization)<-[:MEMBER_OF]-(e:Person)-[g:GIFT]->(x:Entity)
WHERE v.name CONTAINS $vendor
RETURN v.name AS vendor, e.name AS employee, x.name AS recipient, x.kind AS kind, g.devices AS devices, g.value_usd AS value_usd, g.date AS date
ORDER BY vendor, employee, date, recipient

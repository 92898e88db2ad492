// description: Referral codes by reported uses: promoter, code, uses, vendor.
// param: limit=25
MATCH (p:Entity)-[r:REFERRAL]->(v:Entity)
RETURN p.name AS promoter, coalesce(r.code_name, r.code) AS code, r.uses AS uses, v.name AS vendor
ORDER BY uses DESC, promoter, code
LIMIT $limit

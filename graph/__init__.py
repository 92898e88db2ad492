"""The graph model, the embedded case store, Neo4j, Cypher and the exporters (JSON, GraphML, GEXF, CSV, HTML)."""

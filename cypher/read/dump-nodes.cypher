// Every node with its labels and properties; the caller sorts them into a canonical dump.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props

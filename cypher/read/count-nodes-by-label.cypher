// How many nodes carry each label.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS total
ORDER BY label

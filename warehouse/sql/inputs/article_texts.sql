-- Normalised text of every article published by $as_of, for finding the chips it names.
SELECT article_id, normalised_text
FROM articles
WHERE normalised_text IS NOT NULL
  AND coalesce(published_date, make_date(published_year, 1, 1)) <= $as_of
ORDER BY article_id

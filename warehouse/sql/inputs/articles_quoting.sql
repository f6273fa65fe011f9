-- Articles published by $as_of whose normalised text contains $quote (a configured route quote).
SELECT article_id, path, published_year, source_url
FROM articles
WHERE strpos(normalised_text, $quote) > 0
  AND coalesce(published_date, make_date(published_year, 1, 1)) <= $as_of
ORDER BY article_id

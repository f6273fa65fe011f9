-- Articles published by $as_of whose normalised text contains $quote (a configured route quote).
SELECT article_id, path, published_year, source_url
FROM articles
WHERE strpos(normalised_text, $quote) > 0
    AND published_by(published_date, published_year, $as_of)
ORDER BY article_id

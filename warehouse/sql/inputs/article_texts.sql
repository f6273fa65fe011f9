-- Normalised text of every article published by $as_of, for finding the chips it names.
SELECT article_id, normalised_text
FROM articles
WHERE normalised_text IS NOT NULL
    AND published_by(published_date, published_year, $as_of)
ORDER BY article_id

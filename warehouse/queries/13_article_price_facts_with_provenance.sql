-- Every price an article states, with the sentence it comes from and its span in the raw text
SELECT
    a.title,
    f.subject,
    f.metric,
    f.value,
    f.unit,
    f.qualifier,
    substring(a.raw_text, f.raw_char_start + 1, f.raw_char_end - f.raw_char_start) AS raw_span,
    f.raw_char_start,
    f.quote
FROM article_facts AS f
JOIN articles AS a USING (article_id)
WHERE f.metric LIKE 'price%'
ORDER BY a.title, f.raw_char_start;

"""Articles: files and web pages → normalised text → quality spans, sentences, quantities → facts.

One module per table, named after it: `web_articles` (the article sources of the feeds YAML),
`articles`, `article_quality`, `article_sentences`, `article_quantities`, `article_facts`. Each
asset rebuilds its table from the tables upstream of it (`suanli.extraction` does the work), so a
change to the cue words only needs `article_facts` re-materialized. An article that breaks a
stage is reported by that stage's `every_article_processed` check; the others are written.
"""

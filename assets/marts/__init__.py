"""Marts: one module per mart table, named after it, holding its asset (function name = asset key
= table), its checks and its column lineage. Each asset rebuilds its table's as_of slice (the
partition date) with the pure logic of suanli.marts.<table>, attaches row counts, lineage, a
preview and, for the charted marts, the chart, then turns that module's check functions'
verdicts into asset check results.
"""

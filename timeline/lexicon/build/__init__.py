"""Scripts that generate lexicon data from outside sources (build time only, never imported at run time)."""

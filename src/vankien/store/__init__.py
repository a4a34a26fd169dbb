"""store: the corpus on disk — versions of records, their items, a full-text index.

:mod:`vankien.store.db` defines the :class:`~vankien.store.db.Store` interface the
:class:`vankien.corpus.Corpus` calls; :mod:`vankien.store.sqlite` is its embedded
SQLite backend. The other modules are pure logic over the rows a store returns.
"""

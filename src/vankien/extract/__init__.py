"""extract: one module per item kind, each a pure function of the document.

Every module has ``KIND`` (what it fills), ``REQUIRES`` (what earlier steps must have
filled) and ``extract(doc)``. :data:`EXTRACTORS` lists them in pipeline order.
"""

from __future__ import annotations

from vankien.extract import assignments, figures, meta, references, relations

EXTRACTORS = (meta, references, figures, assignments, relations)

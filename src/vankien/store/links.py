"""The citation graph: which stored document each citation points to.

A citation identifies a document by kind + number + issuer/level + term or year, because
numbers restart with each term and ``TU`` may be a Tỉnh ủy, a Thành ủy or a Thị ủy.
:func:`resolve` keeps the stored documents with the same number that nothing in the
citation contradicts (kind, issuing body, level, date/year, term, not later than the
citing document) and resolves only when one of them is left, or one is confirmed by more.
``Nghị quyết số 04-NQ/TU ngày 14/12/2022 của Thị ủy`` → the Thị ủy's 04-NQ/TU of 2022,
never the Tỉnh ủy's 04-NQ/TU nor the Thị ủy's 04-NQ/TU of an earlier term.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from vankien.folding import key
from vankien.vocab import table

if TYPE_CHECKING:
    from vankien.store.rows import DocRow, RefRow

RESOLVED, AMBIGUOUS, MISSING, UNNUMBERED = "resolved", "ambiguous", "missing", "unnumbered"
STATUS_VI = {
    RESOLVED: "đã xác định",
    AMBIGUOUS: "chưa phân biệt được",
    MISSING: "chưa có trong kho",
    UNNUMBERED: "không ghi số hiệu",
}

# Party numbers: "04-NQ/TU"; the part after "/" names the issuing committee.
_PARTY_SUFFIX = re.compile(r"^\d+-[a-z]+/([a-z]+)$")
_SUFFIX_LEVELS = {
    "tw": {"trung_uong"},
    "tu": {"tinh", "huyen"},
    "hu": {"huyen"},
    "qu": {"huyen"},
}


@cache
def _bodies() -> list[tuple[str, str, frozenset[str]]]:
    out = []
    for entry in table("synonyms")["bodies"]:
        for phrase in entry["phrases"]:
            out.append((key(phrase), entry["name"], frozenset(entry["levels"])))
    return out


@cache
def body(issuer: str | None) -> str | None:
    """The kind of body an issuer names, by the phrase written first.

    ``"Ban Thường vụ Tỉnh ủy"`` → ``"tinh_uy"``; ``"Ban Chấp hành Đảng bộ thị xã"`` → ``"thi_uy"``.
    """
    if not issuer:
        return None
    folded = f" {key(issuer)} "
    best: tuple[int, int, str] | None = None
    for phrase, name, _ in _bodies():
        at = folded.find(f" {phrase} ")
        if at < 0:
            at = folded.find(f" {phrase}")
            if at < 0:
                continue
        candidate = (at, -len(phrase), name)
        if best is None or candidate < best:
            best = candidate
    return best[2] if best else None


@cache
def body_levels(name: str) -> frozenset[str]:
    """The record levels a body can have (``"thanh_uy"`` → tỉnh or huyện)."""
    for _, body_name, levels in _bodies():
        if body_name == name:
            return levels
    return frozenset()


def suffix_levels(key_: str | None) -> set[str] | None:
    """Levels a Party number's issuer suffix allows: ``"4-nq/tu"`` → ``{"tinh", "huyen"}``."""
    match = _PARTY_SUFFIX.match(key_ or "")
    return _SUFFIX_LEVELS.get(match.group(1)) if match else None


def confirmation(ref: RefRow, citing: DocRow | None, cand: DocRow) -> int | None:
    """How strongly ``cand`` fits ``ref`` (``None``: something contradicts it).

    Contradictions: another kind; another body; a level the citation excludes; another
    year (or date); another term; issued after the citing document; the citing document
    itself. A citation that gives a date or a term must have it confirmed.
    """
    if citing is not None and cand.doc_id == citing.doc_id:
        return None
    if ref.doc_type and cand.doc_type and ref.doc_type != cand.doc_type:
        return None
    score = 0
    ref_body, cand_body = body(ref.issuer), body(cand.issuer)
    if ref_body and cand_body:
        if ref_body != cand_body:
            return None
        score += 1
    levels = suffix_levels(ref.number_key)
    if ref_body:
        allowed = body_levels(ref_body)
        levels = (levels & allowed) if levels is not None else set(allowed)
    if levels is not None and cand.level and cand.level not in levels:
        return None
    timed = confirmed = False
    if ref.date:
        timed = True
        if cand.issued_on and len(ref.date) == len(cand.issued_on) == 10:
            if ref.date != cand.issued_on:
                return None
            confirmed = True
            score += 3
        elif cand.date:
            if ref.date[:4] != cand.date[:4]:
                return None
            confirmed = True
            score += 1
    if ref.term:
        timed = True
        if cand.term:
            if ref.term != cand.term:
                return None
            confirmed = True
            score += 2
    if timed and not confirmed:
        return None
    if citing is not None and citing.date and cand.date and cand.date > citing.date:
        return None
    return score


@dataclass(frozen=True)
class Link:
    """A citation of ``citing`` and what it resolved to (``target``) or could (``candidates``)."""

    ref: RefRow
    citing: DocRow | None
    status: str
    target: DocRow | None = None
    candidates: tuple[DocRow, ...] = field(default_factory=tuple)


def resolve(ref: RefRow, citing: DocRow | None, candidates: list[DocRow]) -> Link:
    """Resolve ``ref`` among the stored ``candidates`` sharing its number key."""
    if not ref.number_key:
        return Link(ref, citing, UNNUMBERED)
    scored = [
        (score, cand)
        for cand in candidates
        if cand.number_key == ref.number_key
        and (score := confirmation(ref, citing, cand)) is not None
    ]
    if not scored:
        return Link(ref, citing, MISSING)
    if len(scored) == 1:
        return Link(ref, citing, RESOLVED, scored[0][1])
    scored.sort(key=lambda pair: -pair[0])
    if scored[0][0] > scored[1][0]:
        return Link(ref, citing, RESOLVED, scored[0][1])
    return Link(ref, citing, AMBIGUOUS, candidates=tuple(c for _, c in scored))


@dataclass
class Graph:
    """Documents (stored, or only cited) and the citations between them."""

    nodes: dict[str, dict[str, object]] = field(default_factory=dict)
    edges: list[dict[str, object]] = field(default_factory=list)


def _doc_node(row: DocRow) -> tuple[str, dict[str, object]]:
    return f"doc:{row.doc_id}", {
        "label": row.label,
        "stored": True,
        "doc_type": row.doc_type or "",
        "number": row.number or "",
        "issuer": row.issuer or "",
        "level": row.level or "",
        "date": row.date or "",
        "path": row.path,
    }


def graph(docs: list[DocRow], links: list[Link]) -> Graph:
    """The citation graph: a node per stored document and per cited document not stored."""
    out = Graph()
    for row in docs:
        node_id, attrs = _doc_node(row)
        out.nodes[node_id] = attrs
    for link in links:
        if link.citing is None:
            continue
        source = f"doc:{link.citing.doc_id}"
        if link.target is not None:
            target = f"doc:{link.target.doc_id}"
        else:
            ident = link.ref.number_key or key(link.ref.text)
            year = (link.ref.date or "")[:4] or link.ref.term or ""
            target = f"ref:{ident}@{year}" if year else f"ref:{ident}"
            out.nodes.setdefault(
                target,
                {
                    "label": link.ref.number or link.ref.text,
                    "stored": False,
                    "doc_type": link.ref.doc_type or "",
                    "number": link.ref.number or "",
                    "issuer": link.ref.issuer or "",
                    "level": "",
                    "date": link.ref.date or "",
                    "path": "",
                },
            )
        out.edges.append(
            {"source": source, "target": target, "text": link.ref.text, "status": link.status}
        )
    return out


def to_json(g: Graph) -> str:
    """networkx node-link JSON (``networkx.node_link_graph(data, edges="links")``)."""
    data = {
        "directed": True,
        "multigraph": True,
        "graph": {"name": "vankien"},
        "nodes": [{"id": node_id, **attrs} for node_id, attrs in g.nodes.items()],
        "links": [{**edge, "key": i} for i, edge in enumerate(g.edges)],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


_NODE_KEYS = ("label", "stored", "doc_type", "number", "issuer", "level", "date", "path")
_EDGE_KEYS = ("text", "status")


def to_graphml(g: Graph) -> str:
    """GraphML for Gephi, yEd or ``networkx.read_graphml``."""

    def attr(value: object) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        return escape(str(value))

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ]
    for name in _NODE_KEYS:
        kind = "boolean" if name == "stored" else "string"
        lines.append(f'  <key id="{name}" for="node" attr.name="{name}" attr.type="{kind}"/>')
    for name in _EDGE_KEYS:
        lines.append(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="string"/>')
    lines.append('  <graph id="vankien" edgedefault="directed">')
    for node_id, attrs in g.nodes.items():
        lines.append(f'    <node id="{escape(node_id, {chr(34): "&quot;"})}">')
        lines += [f'      <data key="{k}">{attr(attrs[k])}</data>' for k in _NODE_KEYS]
        lines.append("    </node>")
    for i, edge in enumerate(g.edges):
        source = escape(str(edge["source"]), {'"': "&quot;"})
        target = escape(str(edge["target"]), {'"': "&quot;"})
        lines.append(f'    <edge id="e{i}" source="{source}" target="{target}">')
        lines += [f'      <data key="e_{k}">{attr(edge[k])}</data>' for k in _EDGE_KEYS]
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>"]
    return "\n".join(lines) + "\n"

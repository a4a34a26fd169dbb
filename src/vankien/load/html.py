"""HTML reader: a saved page of a committee's site → the document it shows, nothing around it.

Menus, headers, footers, sidebars, scripts and forms are dropped; the main content is
``<article>``, ``<main>`` or the element holding most paragraph text (readability-style
scoring). Blocks (``p``, ``div``, ``h1``-``h6``, ``li``, ``br``) end lines; a table row is
a line with cells joined by `` | `` (a two-column layout table gives each cell its lines).

``<nav>Trang chủ</nav><article><p>NGHỊ QUYẾT</p>...</article>`` → ``"NGHỊ QUYẾT\\n..."``.
"""

from __future__ import annotations

import re

from vankien import regex_cache
from vankien.errors import InputError

from . import encodings
from .base import Decoded

BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
    ]
)
DROP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "iframe",
        "svg",
        "button",
        "select",
        "template",
        "object",
        "embed",
        "canvas",
    ]
)
_BOILERPLATE = regex_cache.compile(
    r"(?:^|[\s_-])(?:menu|nav|navbar|footer|header|sidebar|breadcrumbs?|banner|share|social|comments?|"
    r"related|widget|advert|ads|login|search|cookie|popup|modal|toolbar|pagination|tags)(?:$|[\s_-])",
    re.I,
)
_MAIN = regex_cache.compile(
    r"(?:^|[\s_-])(?:content|article|detail|post|entry|noi-?dung|main|van-?ban|body-?text)", re.I
)
_CHARSET = regex_cache.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
_XML_DECL = regex_cache.compile(r"^\s*<\?xml[^>]*\?>")


def _decode(data: bytes, name: str) -> tuple[str, str]:
    found = _CHARSET.search(data[:4096])
    declared = found.group(1).decode("ascii", "ignore").lower() if found else ""
    if declared and declared not in ("utf-8", "utf8"):
        try:
            text = data.decode(declared)
            fixed, legacy = encodings.fix_unicode(text)
            return fixed, legacy or (
                "cp1258" if declared in ("windows-1258", "cp1258") else declared
            )
        except (LookupError, UnicodeDecodeError):
            pass
    return encodings.decode(data, name)


def _classes(element) -> str:
    return f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"


def _prune(root) -> None:
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag in ("header", "footer") and element.xpath("ancestor::article|ancestor::main"):
            continue
        drop = tag in DROP or (
            tag in ("div", "section", "ul", "table", "span", "p", "td")
            and _BOILERPLATE.search(_classes(element))
            and not _MAIN.search(_classes(element))
        )
        if drop and element.getparent() is not None:
            tail = element.tail
            parent = element.getparent()
            parent.remove(element)
            if tail and tail.strip():
                parent.text = (parent.text or "") + " " + tail


def _main(root):
    """The element holding the document: ``<article>``, ``<main>``, else the best-scored block."""
    for path in ("//article", "//main", "//*[@role='main']"):
        found = [e for e in root.xpath(path) if len(e.text_content().strip()) > 200]
        if len(found) == 1:
            return found[0]
    scores: dict[object, float] = {}
    for element in root.iter("p", "div", "td", "pre", "li", "h1", "h2", "h3"):
        own = len((element.text or "").strip()) + sum(len((c.tail or "").strip()) for c in element)
        if own < 20:
            continue
        parent = element.getparent()
        for weight, node in (
            (1.0, parent),
            (0.5, parent.getparent() if parent is not None else None),
        ):
            if node is not None:
                bonus = 1.3 if _MAIN.search(_classes(node)) else 1.0
                scores[node] = scores.get(node, 0) + own * weight * bonus
    if not scores:
        return root
    best = max(scores, key=scores.get)
    total = len(root.text_content())
    # A page whose text is spread over sibling blocks: climb while the best holds too little.
    while best.getparent() is not None and len(best.text_content()) < 0.3 * total:
        best = best.getparent()
    return best


def _text(element) -> list[str]:
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(node) -> None:
        if not isinstance(node.tag, str):  # a comment or processing instruction
            return
        tag = node.tag.lower()
        if tag == "br":
            flush()
        elif tag == "table":
            flush()
            lines.extend(_table(node))
        else:
            block = tag in BLOCKS
            if block:
                flush()
            if node.text:
                current.append(node.text)
            for child in node:
                walk(child)
                if child.tail:
                    current.append(child.tail)
            if block:
                flush()

    walk(element)
    flush()
    return lines


def _table(table) -> list[str]:
    rows = [row for row in table.iter("tr") if row.xpath("ancestor::table[1]")[0] is table]
    cells = [
        [cell for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]
        for row in rows
    ]
    wide = max((len(c) for c in cells), default=0) >= 3 or len(rows) > 4
    lines: list[str] = []
    for row in cells:
        texts = [_text(cell) for cell in row]
        if wide:
            joined = " | ".join(" ".join(t) for t in texts)
            if joined.strip(" |"):
                lines.append(joined)
        else:
            for text in texts:
                lines.extend(text)
    return lines


def read_html(data: bytes, name: str) -> Decoded:
    """The main content of a saved web page, as lines."""
    import lxml.html
    from lxml import etree

    text, encoding = _decode(data, name)
    text = _XML_DECL.sub("", text)
    if not text.strip():
        raise InputError("V101", name)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise InputError("V103", name, format="HTML", detail="không phân tích được trang") from exc
    _prune(root)
    body = root.find("body")
    main = _main(body if body is not None else root)
    return Decoded(text="\n".join(_text(main)), format="html", encoding=encoding)

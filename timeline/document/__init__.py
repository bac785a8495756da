"""The analysed document: normalized text with its offset map, tokens with clitic readings,
sentences, clauses, lines, quotes and datelines, computed once per article.

>>> doc = analyse("اتصل ماكرون ببوتين. وبحثا الهدنة")
>>> [t.form for t in doc.tokens]
['اتصل', 'ماكرون', 'ببوتين', 'وبحثا', 'الهدنه']
>>> [(a.proclitics, a.stem) for a in doc.tokens[2].analyses]
[('', 'ببوتين'), ('ب', 'بوتين')]
>>> [doc.text[a:b] for a, b in doc.sentences]
['اتصل ماكرون ببوتين.', ' وبحثا الهدنة']
"""

from .analyse import analyse
from .model import Document, Span, Token
from .segment import CLITICS, Analysis, analyses

__all__ = ["CLITICS", "Analysis", "Document", "Span", "Token", "analyse", "analyses"]
